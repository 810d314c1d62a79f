package io.ipcase.credit.domain;

import static io.ipcase.credit.domain.ListingAction.*;
import static io.ipcase.credit.domain.ListingState.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The listing state machine: proposal, objection, decision, and the three ways off the list. */
public final class ListingLifecycle {

    /** actions only the system takes */
    public static final Set<ListingAction> SYSTEM_ACTIONS = EnumSet.of(CLOSE_WINDOW, EXPIRE, REVOKE, SERVE_NOTICE, NOTICE_UNDELIVERABLE);

    private static final Map<ListingState, Map<ListingAction, ListingState>> TRANSITIONS = new EnumMap<>(ListingState.class);

    static {
        on(PROPOSED, OBJECT, OBJECTED);
        on(PROPOSED, DISMISS, DISMISSED);
        // no objection in the window: a credit officer decides all the same (docs/domain.md, "Dishonesty list")
        on(PROPOSED, CLOSE_WINDOW, AWAITING_DECISION);
        on(PROPOSED, REVOKE, REVOKED);
        // the notice reaches the subject, or cannot, and is then announced (docs/domain.md, "The notice and the objection window")
        on(PROPOSED, SERVE_NOTICE, PROPOSED);
        on(PROPOSED, NOTICE_UNDELIVERABLE, PROPOSED);
        on(PROPOSED, ANNOUNCE, PROPOSED);
        // a statement may come before the notice is recorded as served; its service is recorded all the same
        on(OBJECTED, SERVE_NOTICE, OBJECTED);
        on(OBJECTED, NOTICE_UNDELIVERABLE, OBJECTED);

        on(AWAITING_DECISION, LIST, LISTED);
        on(AWAITING_DECISION, DISMISS, DISMISSED);
        on(AWAITING_DECISION, REVOKE, REVOKED);

        on(OBJECTED, LIST, LISTED);
        on(OBJECTED, DISMISS, DISMISSED);
        on(OBJECTED, REVOKE, REVOKED);

        on(LISTED, APPLY_FOR_REPAIR, REPAIR_REQUESTED);
        on(LISTED, DISMISS, DISMISSED);
        on(LISTED, EXPIRE, EXPIRED);
        on(LISTED, REVOKE, REVOKED);

        on(REPAIR_REQUESTED, GRANT_REPAIR, REPAIRED);
        on(REPAIR_REQUESTED, REFUSE_REPAIR, LISTED);
        on(REPAIR_REQUESTED, EXPIRE, EXPIRED);
        on(REPAIR_REQUESTED, REVOKE, REVOKED);
    }

    private ListingLifecycle() {
    }

    private static void on(ListingState from, ListingAction action, ListingState to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(ListingAction.class)).put(action, to);
    }

    public static Optional<ListingState> next(ListingState state, ListingAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(state, Map.of()).get(action));
    }

    /** The actions a person may take now. */
    public static Set<ListingAction> allowed(ListingState state) {
        Set<ListingAction> actions = new LinkedHashSet<>(TRANSITIONS.getOrDefault(state, Map.of()).keySet());
        actions.removeAll(SYSTEM_ACTIONS);
        return actions;
    }
}
