package io.ipcase.cases.domain;

import java.util.List;

/**
 * One move of a case: from one state to the next by an action, what it changes and the events it
 * publishes. An action may make two moves (a penalty decision served takes effect at once).
 */
public record CaseStep(String action, CaseState before, CaseState after, String reason, List<CaseChange> changes,
        List<CaseEventType> events) {
}
