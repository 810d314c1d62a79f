package io.ipcase.cases.domain;

import java.time.LocalDate;

/** The periods the rules need computed on the working-day calendar (docs/domain.md, "Case periods"). */
public interface CasePeriods {

    /** the last day a served decision can be challenged; on the day of service when a challenge does not stay it */
    LocalDate appealDeadline(CaseTrack track, LocalDate servedOn);

    /** the last day to pay a fine, counted from the day the decision was served (docs/domain.md, "Performance") */
    LocalDate paymentDue(LocalDate servedOn);

    /** the last day a formal demand to perform gives the party, counted from the day it was served (docs/domain.md, "Performance") */
    LocalDate demandDue(LocalDate demandServedOn);

    /** the last day to state one's case after the notice of an intended penalty (docs/domain.md, "Who decides on a case") */
    LocalDate statementDue(LocalDate noticeServedOn);

    /** the last day to ask for a hearing after the notice of an intended penalty */
    LocalDate hearingRequestDue(LocalDate noticeServedOn);

    /** how many times the head may extend the track's closing term; beyond that only a collective decision sets a new one */
    int maxExtensions(CaseTrack track);
}
