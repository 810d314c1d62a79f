package io.ipcase.cases.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One move of a case: from one state to the next by an action, what it changes and the events it
 * publishes. An action may make two moves (a penalty decision served takes effect at once).
 */
public record CaseStep(String action, CaseState before, CaseState after, String reason, List<CaseChange> changes,
        List<CaseEventType> events) {

    /**
     * The one respondent this step concerns, when it concerns one and not every respondent: the one a demand was made of,
     * that performed or whose refusal was recorded (null: every respondent, or the step is not about one).
     */
    public String respondent() {
        Set<String> concerned = new HashSet<>();
        for (CaseChange change : changes) {
            if (change instanceof CaseChange.Demanded d) {
                concerned.add(d.subjectId());
            } else if (change instanceof CaseChange.RespondentPerformed p) {
                concerned.add(p.subjectId());
            } else if (change instanceof CaseChange.NotPerformed n) {
                if (n.subjectId() == null) {
                    return null;
                }
                concerned.add(n.subjectId());
            }
        }
        return concerned.size() == 1 ? concerned.iterator().next() : null;
    }
}
