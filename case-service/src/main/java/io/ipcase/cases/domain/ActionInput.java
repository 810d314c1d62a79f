package io.ipcase.cases.domain;

import java.time.LocalDate;

/**
 * What an officer (or an event, or the deadline watch) gives an action: the reason, the decision, the dates; for serve and
 * record-non-performance, the respondent concerned ({@code subjectId}, null: every one) and how it was served; for a
 * referral to mediation, the organisation the officer entrusts it to ({@code mediationOrganisation}, null: mediation-service
 * offers it to qualified mediators of the region).
 */
public record ActionInput(String reason, DecisionDraft decision, LocalDate servedOn, LocalDate performedOn, ClosedReason closedReason,
        MediationReport mediation, String subjectId, ServiceMethod serviceMethod, String mediationOrganisation) {

    public static final ActionInput NONE = new ActionInput(null, null, null, null, null, null, null, null);

    /** an input that entrusts no mediation organisation */
    public ActionInput(String reason, DecisionDraft decision, LocalDate servedOn, LocalDate performedOn, ClosedReason closedReason,
            MediationReport mediation, String subjectId, ServiceMethod serviceMethod) {
        this(reason, decision, servedOn, performedOn, closedReason, mediation, subjectId, serviceMethod, null);
    }

    /**
     * What mediation-service reported of the case's mediation: which one, and whether it settled the
     * dispute — its agreement performed, or confirmed by the court and so enforceable by it. Only such
     * a report closes a case as mediated; nobody can type it in.
     */
    public record MediationReport(String mediationId, boolean settled) {
    }

    public static ActionInput because(String reason) {
        return new ActionInput(reason, null, null, null, null, null, null, null);
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
