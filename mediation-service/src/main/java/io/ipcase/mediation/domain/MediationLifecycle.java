package io.ipcase.mediation.domain;

import static io.ipcase.mediation.domain.MediationAction.*;
import static io.ipcase.mediation.domain.MediationState.*;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mediation state machine. Sessions, extensions and the court's extension change no state;
 * they are listed so that a 409 names them among the actions allowed.
 */
public final class MediationLifecycle {

    private static final Map<MediationState, Map<MediationAction, MediationState>> TRANSITIONS = new EnumMap<>(MediationState.class);

    static {
        on(REQUESTED, ACCEPT, ASSIGNED);
        on(REQUESTED, DECLINE, REQUESTED);
        on(REQUESTED, ASSIGN, ASSIGNED);
        on(REQUESTED, REQUEST_MEDIATOR, REQUESTED);
        // a party does not accept the mediator (人民调解法 Art. 23): back to finding one, the time limit running on
        on(ASSIGNED, OBJECT_TO_MEDIATOR, REQUESTED);
        on(IN_PROGRESS, OBJECT_TO_MEDIATOR, REQUESTED);
        on(REQUESTED, WITHDRAW, WITHDRAWN);
        on(REQUESTED, EXPIRE, EXPIRED);

        on(ASSIGNED, SCHEDULE_SESSION, IN_PROGRESS);
        on(ASSIGNED, EXTEND, ASSIGNED);
        on(ASSIGNED, FAIL, FAILED);
        on(ASSIGNED, WITHDRAW, WITHDRAWN);
        on(ASSIGNED, EXPIRE, EXPIRED);

        on(IN_PROGRESS, SCHEDULE_SESSION, IN_PROGRESS);
        on(IN_PROGRESS, RECORD_SESSION, IN_PROGRESS);
        on(IN_PROGRESS, EXTEND, IN_PROGRESS);
        on(IN_PROGRESS, REACH_AGREEMENT, AGREEMENT_REACHED);
        on(IN_PROGRESS, FAIL, FAILED);
        on(IN_PROGRESS, WITHDRAW, WITHDRAWN);
        on(IN_PROGRESS, EXPIRE, EXPIRED);

        on(AGREEMENT_REACHED, REQUEST_CONFIRMATION, CONFIRMATION_REQUESTED);
        on(AGREEMENT_REACHED, RECORD_PERFORMANCE, PERFORMED);
        on(AGREEMENT_REACHED, RECORD_NON_PERFORMANCE, NOT_PERFORMED);

        on(CONFIRMATION_REQUESTED, ACCEPT_CONFIRMATION, CONFIRMATION_ACCEPTED);
        // a court may refuse to accept the application at all
        on(CONFIRMATION_REQUESTED, REJECT_CONFIRMATION, CONFIRMATION_REJECTED);
        on(CONFIRMATION_ACCEPTED, EXTEND_CONFIRMATION, CONFIRMATION_ACCEPTED);
        on(CONFIRMATION_ACCEPTED, CONFIRM, CONFIRMED);
        on(CONFIRMATION_ACCEPTED, REJECT_CONFIRMATION, CONFIRMATION_REJECTED);

        on(CONFIRMED, RECORD_PERFORMANCE, PERFORMED);
        on(CONFIRMED, RECORD_NON_PERFORMANCE, NOT_PERFORMED);

        // a confirmed agreement not performed is enforced by the court, not taken back to the authority
        on(NOT_PERFORMED, APPLY_FOR_ENFORCEMENT, ENFORCEMENT_APPLIED);
        on(ENFORCEMENT_APPLIED, RECORD_ENFORCED, ENFORCED);
        on(ENFORCEMENT_APPLIED, END_ENFORCEMENT, ENFORCEMENT_ENDED);
    }

    private MediationLifecycle() {
    }

    private static void on(MediationState from, MediationAction action, MediationState to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(MediationAction.class)).put(action, to);
    }

    /** The state the action leads to, or empty when it is not allowed now. */
    public static Optional<MediationState> next(MediationState state, MediationAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(state, Map.of()).get(action));
    }

    /** The actions a person may take now (expiry is the scheduler's alone). */
    public static Set<MediationAction> allowed(MediationState state) {
        Set<MediationAction> actions = new LinkedHashSet<>(TRANSITIONS.getOrDefault(state, Map.of()).keySet());
        actions.remove(EXPIRE);
        return actions;
    }
}
