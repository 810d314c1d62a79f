package io.ipcase.notification.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which respondents a case's event is told to (docs/domain.md, "Service of a decision"): each respondent on its own — a
 * step that concerns one of them (a demand, its performance or refusal) only that one; the mail that serves a decision
 * only a respondent who agreed in writing to electronic service, since for it that mail is the service.
 */
public final class Respondents {

    /** a respondent as the event names it */
    public record Respondent(String subjectId, String name, String email, boolean eServiceConsent) {
    }

    private Respondents() {
    }

    /**
     * @param respondents the event's respondents
     * @param concerned the respondent the step concerns ({@code respondentId}), or null when it concerns every one
     * @param servesTheDecision whether the mail is the service of the decision
     * @return each respondent to tell, once, in the event's order
     */
    public static List<Respondent> told(List<Respondent> respondents, String concerned, boolean servesTheDecision) {
        Set<String> seen = new LinkedHashSet<>();
        List<Respondent> told = new ArrayList<>();
        for (Respondent r : respondents) {
            if (r.subjectId() == null || concerned != null && !concerned.equals(r.subjectId())) {
                continue;
            }
            // 行政处罚法 Art. 61: electronic service only with the party's consent; the officers serve the others by other means
            if (servesTheDecision && !r.eServiceConsent()) {
                continue;
            }
            if (seen.add(r.subjectId())) {
                told.add(r);
            }
        }
        return told;
    }
}
