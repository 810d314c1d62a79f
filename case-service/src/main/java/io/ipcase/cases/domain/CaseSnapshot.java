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
        List<String> handlingOfficers,
        boolean respondentsAllOrganisations,
        String caseNumber,
        DecisionKind decisionKind,
        Boolean infringementFound,
        Boolean majorDecision,
        BigDecimal fine,
        String decisionNumber,
        LocalDate decidedOn,
        LocalDate servedOn,
        LocalDate appealDeadline,
        LocalDate revokedOn,
        String mediationId) {

    /** A decision in force: issued and not revoked (only such a decision can be revoked). */
    public boolean hasDecision() {
        return decisionNumber != null && revokedOn == null;
    }
}
