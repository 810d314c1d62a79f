package io.ipcase.cases.domain;

import java.time.LocalDate;

/**
 * Credit repair of a published penalty decision (信用修复, docs/domain.md, "Publication and display"): once the party has
 * performed the decision and the shortest display of its band is behind it, the head may take the publication down
 * before its display period ends.
 *
 * @param period the publication's display period
 * @param publishedOn the day it went public
 * @param lastDay its last day on display
 * @param withdrawn whether it came down already (a revocation, an earlier repair)
 */
public record PublicationRepair(DisplayPeriod period, LocalDate publishedOn, LocalDate lastDay, boolean withdrawn) {

    /**
     * @return the reason the publication comes down with
     * @throws CaseRefusal when it may not come down now
     */
    public String takeDown(boolean performed, String why, LocalDate today) {
        if (withdrawn || today.isAfter(lastDay)) {
            throw CaseRefusal.againstRule("not-on-display", "The decision is no longer on public display");
        }
        if (!performed) {
            throw CaseRefusal.againstRule("not-performed", "Credit repair takes the decision performed by every respondent: record its performance first");
        }
        LocalDate earliest = period.earliestRepair(publishedOn);
        if (today.isBefore(earliest)) {
            throw CaseRefusal.againstRule("shortest-display-running", "A " + period.labelEn() + " decision stays on display until "
                    + earliest.minusDays(1) + " at least; it can come down on repair from " + earliest);
        }
        return "信用修复 / credit repair: " + why;
    }
}
