package io.ipcase.mediation.domain;

import java.util.List;

/** One move of a mediation: from one state to the next by an action, why, what it changes and its event (null: none). */
public record MediationStep(MediationAction action, MediationState before, MediationState after, String reason, List<MediationChange> changes,
        MediationEvent event) {
}
