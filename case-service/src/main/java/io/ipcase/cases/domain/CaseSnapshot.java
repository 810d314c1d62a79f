package io.ipcase.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the case rules read of a case: its track and state, who handles it, and where its decision
 * stands. The stored case hands one over; a rule test writes one by hand.
 */
public record CaseSnapshot(
        CaseTrack track,
        Procedure procedure,
        CaseState state,
        String region,
        CaseFigures figures,
        List<String> handlingOfficers,
        boolean respondentsAllOrganisations,
        String caseNumber,
        Extensions extensions,
        DecisionKind decisionKind,
        Boolean infringementFound,
        Boolean majorDecision,
        BigDecimal fine,
        String decisionNumber,
        LocalDate decidedOn,
        LocalDate servedOn,
        LocalDate appealDeadline,
        LocalDate revokedOn,
        String mediationId,
        Performance performance) {

    /**
     * What the party owes once the decision is effective: a fine's payment period (null: no fine to pay), and the formal
     * demand to perform (催告) with the period it gave (null: none made yet)
     */
    public record Performance(LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue) {

        public static final Performance NONE = new Performance(null, null, null);
    }

    /** how often the closing term was extended, and the request waiting for the head (null: none) */
    public record Extensions(int granted, String pendingRequest) {

        public static final Extensions NONE = new Extensions(0, null);
    }

    /** A decision in force: issued and not revoked (only such a decision can be revoked). */
    public boolean hasDecision() {
        return decisionNumber != null && revokedOn == null;
    }
}
