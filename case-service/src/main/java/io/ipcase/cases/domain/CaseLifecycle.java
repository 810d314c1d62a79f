package io.ipcase.cases.domain;

import static io.ipcase.cases.domain.CaseAction.*;
import static io.ipcase.cases.domain.CaseState.*;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case state machine: which action leads where, per track. Mediation exists only on the
 * ruling track (an administrative penalty is not negotiable); everything else is shared.
 */
public final class CaseLifecycle {

    private static final Map<CaseState, Map<CaseAction, CaseState>> TRANSITIONS = new EnumMap<>(CaseState.class);

    static {
        on(RECEIVED, ACCEPT, INVESTIGATING);
        on(RECEIVED, REFUSE, REFUSED);
        on(RECEIVED, WITHDRAW, WITHDRAWN);

        on(INVESTIGATING, SUSPEND, SUSPENDED);
        // a hearing asked for after the notice of the intended penalty: the case waits for it, its clock paused
        on(INVESTIGATING, RECORD_HEARING_REQUEST, SUSPENDED);
        on(INVESTIGATING, REFER_TO_MEDIATION, IN_MEDIATION);
        on(INVESTIGATING, PROPOSE_TRANSFER, TRANSFER_PROPOSED);
        on(INVESTIGATING, SUBMIT_FOR_REVIEW, LEGAL_REVIEW);
        on(INVESTIGATING, ISSUE_DECISION, DECIDED);
        on(INVESTIGATING, WITHDRAW, WITHDRAWN);

        on(SUSPENDED, RESUME, INVESTIGATING);
        on(SUSPENDED, WITHDRAW, WITHDRAWN);

        on(IN_MEDIATION, RETURN_FROM_MEDIATION, INVESTIGATING);
        on(IN_MEDIATION, CLOSE_AS_MEDIATED, CLOSED);
        on(IN_MEDIATION, WITHDRAW, WITHDRAWN);

        on(TRANSFER_PROPOSED, APPROVE_TRANSFER, TRANSFERRED_TO_POLICE);
        on(TRANSFER_PROPOSED, REJECT_TRANSFER, INVESTIGATING);
        on(TRANSFERRED_TO_POLICE, RECORD_POLICE_RETURN, INVESTIGATING);
        // the police opened a criminal case: the administrative case ends here (docs/domain.md, "Who decides on a case")
        on(TRANSFERRED_TO_POLICE, RECORD_POLICE_ACCEPTANCE, CLOSED);

        on(LEGAL_REVIEW, APPROVE_REVIEW, REVIEW_APPROVED);
        on(LEGAL_REVIEW, REJECT_REVIEW, INVESTIGATING);
        on(REVIEW_APPROVED, ISSUE_DECISION, DECIDED);

        on(DECIDED, SERVE, SERVED);
        on(DECIDED, REVOKE_DECISION, DECISION_REVOKED);
        on(SERVED, MAKE_EFFECTIVE, EFFECTIVE);
        // a party sued over a ruling within its window: the court decides whether it stands (docs/domain.md, "Who decides on a case")
        on(SERVED, RECORD_LAWSUIT, UNDER_LITIGATION);
        on(UNDER_LITIGATION, RECORD_RULING_UPHELD, EFFECTIVE);
        on(UNDER_LITIGATION, RECORD_RULING_OVERTURNED, DECISION_REVOKED);
        on(SERVED, REVOKE_DECISION, DECISION_REVOKED);
        on(EFFECTIVE, RECORD_PERFORMANCE, PERFORMED);
        // after the payment period, the formal demand (催告); refusal to perform is recorded only once its period has passed
        on(EFFECTIVE, DEMAND_PERFORMANCE, EFFECTIVE);
        on(EFFECTIVE, RECORD_NON_PERFORMANCE, NOT_PERFORMED);
        on(EFFECTIVE, REVOKE_DECISION, DECISION_REVOKED);
        on(EFFECTIVE, CLOSE, CLOSED);
        on(PERFORMED, CLOSE, CLOSED);
        on(PERFORMED, REVOKE_DECISION, DECISION_REVOKED);
        on(NOT_PERFORMED, RECORD_PERFORMANCE, PERFORMED);
        // one respondent's refusal on record, another may still be demanded of and its refusal recorded in turn
        on(NOT_PERFORMED, DEMAND_PERFORMANCE, NOT_PERFORMED);
        on(NOT_PERFORMED, RECORD_NON_PERFORMANCE, NOT_PERFORMED);
        on(NOT_PERFORMED, CLOSE, CLOSED);
        on(NOT_PERFORMED, REVOKE_DECISION, DECISION_REVOKED);
        on(CLOSED, REVOKE_DECISION, DECISION_REVOKED);
        on(DECISION_REVOKED, REOPEN, INVESTIGATING);
        on(DECISION_REVOKED, CLOSE, CLOSED);

        // compensation mediation inside a penalty case: the case, and its clock, go on as they are (docs/domain.md, "Compensation mediation")
        for (CaseState s : java.util.List.of(INVESTIGATING, LEGAL_REVIEW, REVIEW_APPROVED, DECIDED, SERVED, EFFECTIVE, PERFORMED, NOT_PERFORMED)) {
            on(s, REFER_COMPENSATION_TO_MEDIATION, s);
        }
    }

    private CaseLifecycle() {
    }

    private static void on(CaseState from, CaseAction action, CaseState to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The state the action leads to, or empty when the action is not allowed now. */
    public static Optional<CaseState> next(CaseTrack track, CaseState state, CaseAction action, boolean hasDecision) {
        if (!allowed(track, state, hasDecision).contains(action)) {
            return Optional.empty();
        }
        return Optional.of(TRANSITIONS.get(state).get(action));
    }

    /**
     * The actions allowed in a state. A closed case can only be revoked if it was closed on a
     * decision (not when mediated, refused or withdrawn).
     */
    public static Set<CaseAction> allowed(CaseTrack track, CaseState state, boolean hasDecision) {
        return allowedTo(track, state, hasDecision);
    }

    /**
     * The actions a person may take now: {@link #allowed} without close-as-mediated, which only
     * mediation-service's report of a performed agreement triggers.
     */
    public static Set<CaseAction> forPeople(CaseTrack track, CaseState state, boolean hasDecision) {
        Set<CaseAction> actions = allowedTo(track, state, hasDecision);
        actions.remove(CLOSE_AS_MEDIATED);
        return actions;
    }

    private static Set<CaseAction> allowedTo(CaseTrack track, CaseState state, boolean hasDecision) {
        Set<CaseAction> actions = new LinkedHashSet<>(TRANSITIONS.getOrDefault(state, Map.of()).keySet());
        if (track != CaseTrack.ADMINISTRATIVE_PENALTY) {
            // a ruling case mediates the whole dispute, compensation included
            actions.remove(REFER_COMPENSATION_TO_MEDIATION);
        }
        if (track == CaseTrack.ADMINISTRATIVE_PENALTY) {
            actions.remove(REFER_TO_MEDIATION);
            // a suit does not stay a penalty decision, which takes effect on service: nothing waits on the court here
            actions.remove(RECORD_LAWSUIT);
        }
        if (!hasDecision) {
            actions.remove(REVOKE_DECISION);
        }
        return actions;
    }
}
