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
        PenaltyNotice notice,
        List<Respondent> respondents,
        boolean complainantIsParty) {

    /** a case whose complainants the rules do not ask about */
    public CaseSnapshot(CaseTrack track, Procedure procedure, CaseState state, String region, CaseFigures figures, List<String> handlingOfficers,
            boolean respondentsAllOrganisations, String caseNumber, Extensions extensions, DecisionKind decisionKind, Boolean infringementFound,
            Boolean majorDecision, BigDecimal fine, String decisionNumber, LocalDate decidedOn, LocalDate servedOn, LocalDate appealDeadline,
            LocalDate revokedOn, String mediationId, PenaltyNotice notice, List<Respondent> respondents) {
        this(track, procedure, state, region, figures, handlingOfficers, respondentsAllOrganisations, caseNumber, extensions, decisionKind,
                infringementFound, majorDecision, fine, decisionNumber, decidedOn, servedOn, appealDeadline, revokedOn, mediationId, notice, respondents,
                false);
    }

    /**
     * A respondent as the decision concerns it: who, whether it agreed to electronic service, when it was served; and,
     * the decision being in force for it from then, what it owes: a fine's payment period (null: nothing to pay), the
     * formal demand to perform (催告) and the period it gave (null: none made), the day it performed (null: not yet), and
     * whether its refusal to perform was recorded (docs/domain.md, "Service of a decision", "Performance").
     */
    public record Respondent(String subjectId, boolean eServiceConsent, LocalDate servedOn, LocalDate paymentDue, LocalDate demandedOn,
            LocalDate demandDue, LocalDate performedOn, boolean refused) {

        /** a respondent before the decision is in force for it */
        public Respondent(String subjectId, boolean eServiceConsent, LocalDate servedOn) {
            this(subjectId, eServiceConsent, servedOn, null, null, null, null, false);
        }

        public boolean performed() {
            return performedOn != null;
        }
    }

    /**
     * The notice of the intended penalty (行政处罚告知): served on, the last days to state one's case and to ask for a
     * hearing, and whether the party waived both in writing (null dates: no notice yet)
     */
    public record PenaltyNotice(LocalDate servedOn, LocalDate statementDue, LocalDate hearingRequestDue, boolean waived) {

        public static final PenaltyNotice NONE = new PenaltyNotice(null, null, null, false);

        public boolean given() {
            return servedOn != null;
        }

        /** the day the party's periods are over: the later of the two */
        public LocalDate periodsEnd() {
            return statementDue.isAfter(hearingRequestDue) ? statementDue : hearingRequestDue;
        }
    }

    /**
     * How often the head extended the closing term, the request waiting for the head (null: none), whether the lead check
     * was extended, and the days the heads' collective discussion added beyond the head's extensions.
     */
    public record Extensions(int granted, String pendingRequest, boolean leadCheckExtended, int collectiveDays) {

        public static final Extensions NONE = new Extensions(0, null, false, 0);
    }

    /**
     * Whether a step about performance still concerns a respondent: a demand one not yet made of a respondent that owes,
     * a refusal one not yet on record for such a respondent (with several respondents these steps recur, one each).
     */
    public boolean concernsARespondent(CaseAction action) {
        return switch (action) {
            case DEMAND_PERFORMANCE -> respondents.stream().anyMatch(r -> !r.performed() && r.demandedOn() == null);
            case RECORD_NON_PERFORMANCE -> respondents.stream().anyMatch(r -> !r.performed() && !r.refused());
            default -> true;
        };
    }

    /** A decision in force: issued and not revoked (only such a decision can be revoked). */
    public boolean hasDecision() {
        return decisionNumber != null && revokedOn == null;
    }
}
