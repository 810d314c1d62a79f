package io.ipcase.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One thing an action changes on a case; the stored case applies them in order. */
public sealed interface CaseChange {

    /** accepted: numbered, filed, the closing clock starts */
    record Filed(String caseNumber, LocalDate on) implements CaseChange {
    }

    record Refused(String reason) implements CaseChange {
    }

    record ExtensionRequested(String reason) implements CaseChange {
    }

    /** the head's decision on the pending request; granted, the term of its kind grows ({@code days}: a collective decision's) */
    record ExtensionDecided(boolean granted, ExtensionKind kind, int days) implements CaseChange {
    }

    /** handed over to the authority of another region (移送管辖): from now on the case is that region's */
    record JurisdictionTransferred(String from, String to) implements CaseChange {
    }

    /** joint handling with another region (it reads and adds evidence; it decides nothing) */
    record SharedWith(String region) implements CaseChange {
    }

    /** the figures corrected during the investigation, and whether they now reach a threshold for the police */
    record Amended(CaseFigures figures, boolean transferFlagged) implements CaseChange {
    }

    /** ended without a decision (withdrawn) or after one (closed): the clock stops for good */
    record Ended(LocalDate on, ClosedReason reason) implements CaseChange {
    }

    record PauseOpened(PauseReason reason, LocalDate on) implements CaseChange {
    }

    record PauseClosed(LocalDate on) implements CaseChange {
    }

    /** the officer entrusted the mediation to this organisation (委托调解): mediation-service opens it there */
    record MediationEntrusted(String organisationId) implements CaseChange {
    }

    record MediationLinked(String mediationId) implements CaseChange {
    }

    record TransferProposed(String reason, LocalDate on) implements CaseChange {
    }

    record TransferredToPolice(LocalDate on) implements CaseChange {
    }

    /** the decision's content, before it is issued; {@code proposal} is the officer's note to the reviewer */
    record DecisionDrafted(DecisionKind kind, Boolean infringementFound, Boolean intentional, boolean major, String orders,
            BigDecimal fine, BigDecimal confiscatedGain, Boolean revokesLicence, String proposal) implements CaseChange {
    }

    record Reviewed(String reviewer, String opinion) implements CaseChange {
    }

    record DecisionIssued(String decisionNumber, LocalDate on) implements CaseChange {
    }

    /**
     * the decision reached one respondent, on a day and in a way; a penalty being in force for it from then, a fine is
     * payable by it until {@code paymentDue} (null: nothing to pay yet)
     */
    record RespondentServed(String subjectId, LocalDate on, ServiceMethod method, LocalDate paymentDue) implements CaseChange {
    }

    /** served on every respondent: the last service dates the decision's own */
    record Served(LocalDate on, LocalDate appealDeadline) implements CaseChange {
    }

    /**
     * in force for every respondent; the last of the respondents' payment periods ends on {@code paymentDue} (null: nothing
     * to pay; each respondent's own began with its service, a penalty being in force for it from then)
     */
    record Effective(LocalDate on, LocalDate paymentDue) implements CaseChange {
    }

    /** the notice of the intended penalty was served; the party's periods, or its written waiver of them */
    record PenaltyNoticed(LocalDate servedOn, LocalDate statementDue, LocalDate hearingRequestDue, boolean waived) implements CaseChange {
    }

    /** the formal demand to perform (催告) was served on the respondent {@code subjectId} on {@code on}; it has until {@code due} */
    record Demanded(String subjectId, LocalDate on, LocalDate due) implements CaseChange {
    }

    /** the respondent {@code subjectId} performed the decision */
    record RespondentPerformed(String subjectId, LocalDate on) implements CaseChange {
    }

    /** every respondent has performed the decision, the last on {@code on} */
    record Performed(LocalDate on) implements CaseChange {
    }

    /** refused by the respondent {@code subjectId} (null: by every respondent that had not performed) */
    record NotPerformed(String reason, String subjectId) implements CaseChange {
    }

    record Revoked(LocalDate on, String reason) implements CaseChange {
    }

    /** investigated again after a revocation: the decision goes, a new term starts */
    record Reopened(LocalDate on) implements CaseChange {
    }

    /** the effective penalty decision goes public for its display period (its disclosure clock is the service's to compute) */
    record Published(DisplayPeriod display) implements CaseChange {
    }

    record PublicationWithdrawn(String reason) implements CaseChange {
    }
}
