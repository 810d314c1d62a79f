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
        Performance performance,
        PenaltyNotice notice,
        List<RespondentService> respondents) {

    /** a respondent as service of the decision concerns it: who, whether it agreed to electronic service, when it was served */
    public record RespondentService(String subjectId, boolean eServiceConsent, LocalDate servedOn) {
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
     * What the party owes once the decision is effective: a fine's payment period (null: no fine to pay), and the formal
     * demand to perform (催告) with the period it gave (null: none made yet)
     */
    public record Performance(LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue) {

        public static final Performance NONE = new Performance(null, null, null);
    }

    /**
     * How often the head extended the closing term, the request waiting for the head (null: none), whether the lead check
     * was extended, and the days the heads' collective discussion added beyond the head's extensions.
     */
    public record Extensions(int granted, String pendingRequest, boolean leadCheckExtended, int collectiveDays) {

        public static final Extensions NONE = new Extensions(0, null, false, 0);
    }

    /** A decision in force: issued and not revoked (only such a decision can be revoked). */
    public boolean hasDecision() {
        return decisionNumber != null && revokedOn == null;
    }
}
