package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ListingLifecycleTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(textBlock = """
            PROPOSED,         OBJECT,            OBJECTED
            PROPOSED,         DISMISS,           DISMISSED
            PROPOSED,         CLOSE_WINDOW,      AWAITING_DECISION
            PROPOSED,         LIST,
            PROPOSED,         REVOKE,            REVOKED
            PROPOSED,         EXPIRE,
            PROPOSED,         SERVE_NOTICE,      PROPOSED
            PROPOSED,         NOTICE_UNDELIVERABLE, PROPOSED
            PROPOSED,         ANNOUNCE,          PROPOSED
            OBJECTED,         SERVE_NOTICE,      OBJECTED
            OBJECTED,         ANNOUNCE,
            AWAITING_DECISION, SERVE_NOTICE,
            LISTED,           ANNOUNCE,
            OBJECTED,         LIST,              LISTED
            OBJECTED,         DISMISS,           DISMISSED
            OBJECTED,         CLOSE_WINDOW,
            AWAITING_DECISION, LIST,             LISTED
            AWAITING_DECISION, DISMISS,          DISMISSED
            AWAITING_DECISION, REVOKE,           REVOKED
            AWAITING_DECISION, OBJECT,
            AWAITING_DECISION, CLOSE_WINDOW,
            OBJECTED,         OBJECT,
            LISTED,           APPLY_FOR_REPAIR,  REPAIR_REQUESTED
            LISTED,           DISMISS,           DISMISSED
            LISTED,           EXPIRE,            EXPIRED
            LISTED,           REVOKE,            REVOKED
            LISTED,           GRANT_REPAIR,
            LISTED,           OBJECT,
            REPAIR_REQUESTED, GRANT_REPAIR,      REPAIRED
            REPAIR_REQUESTED, REFUSE_REPAIR,     LISTED
            REPAIR_REQUESTED, EXPIRE,            EXPIRED
            REPAIR_REQUESTED, REVOKE,            REVOKED
            REPAIR_REQUESTED, APPLY_FOR_REPAIR,
            DISMISSED,        LIST,
            EXPIRED,          APPLY_FOR_REPAIR,
            REPAIRED,         REVOKE,
            REVOKED,          REVOKE,
            """)
    void transitions(ListingState from, ListingAction action, ListingState to) {
        assertThat(ListingLifecycle.next(from, action)).isEqualTo(Optional.ofNullable(to));
    }

    @ParameterizedTest
    @EnumSource(ListingState.class)
    void peopleAreNeverOfferedTheSystemsActionsAndEndedListingsAllowNothing(ListingState state) {
        assertThat(ListingLifecycle.allowed(state)).doesNotContainAnyElementsOf(ListingLifecycle.SYSTEM_ACTIONS);
        if (state.isEnded()) {
            assertThat(ListingLifecycle.allowed(state)).isEmpty();
        }
    }
}
