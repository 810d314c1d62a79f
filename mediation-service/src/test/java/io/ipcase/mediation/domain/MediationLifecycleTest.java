package io.ipcase.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MediationLifecycleTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(textBlock = """
            REQUESTED,              ACCEPT,                 ASSIGNED
            REQUESTED,              DECLINE,                REQUESTED
            REQUESTED,              ASSIGN,                 ASSIGNED
            REQUESTED,              WITHDRAW,               WITHDRAWN
            REQUESTED,              EXPIRE,                 EXPIRED
            REQUESTED,              SCHEDULE_SESSION,
            REQUESTED,              REACH_AGREEMENT,
            REQUESTED,              FAIL,
            ASSIGNED,               SCHEDULE_SESSION,       IN_PROGRESS
            ASSIGNED,               RECORD_SESSION,
            ASSIGNED,               REACH_AGREEMENT,
            ASSIGNED,               EXTEND,                 ASSIGNED
            ASSIGNED,               FAIL,                   FAILED
            ASSIGNED,               ACCEPT,
            IN_PROGRESS,            RECORD_SESSION,         IN_PROGRESS
            IN_PROGRESS,            REACH_AGREEMENT,        AGREEMENT_REACHED
            IN_PROGRESS,            FAIL,                   FAILED
            IN_PROGRESS,            WITHDRAW,               WITHDRAWN
            IN_PROGRESS,            EXPIRE,                 EXPIRED
            IN_PROGRESS,            REQUEST_CONFIRMATION,
            AGREEMENT_REACHED,      REQUEST_CONFIRMATION,   CONFIRMATION_REQUESTED
            AGREEMENT_REACHED,      RECORD_PERFORMANCE,     PERFORMED
            AGREEMENT_REACHED,      RECORD_NON_PERFORMANCE, NOT_PERFORMED
            AGREEMENT_REACHED,      EXPIRE,
            AGREEMENT_REACHED,      FAIL,
            AGREEMENT_REACHED,      CONFIRM,
            CONFIRMATION_REQUESTED, ACCEPT_CONFIRMATION,    CONFIRMATION_ACCEPTED
            CONFIRMATION_REQUESTED, REJECT_CONFIRMATION,    CONFIRMATION_REJECTED
            CONFIRMATION_REQUESTED, CONFIRM,
            CONFIRMATION_REQUESTED, RECORD_PERFORMANCE,
            CONFIRMATION_ACCEPTED,  EXTEND_CONFIRMATION,    CONFIRMATION_ACCEPTED
            CONFIRMATION_ACCEPTED,  CONFIRM,                CONFIRMED
            CONFIRMATION_ACCEPTED,  REJECT_CONFIRMATION,    CONFIRMATION_REJECTED
            CONFIRMED,              RECORD_PERFORMANCE,     PERFORMED
            CONFIRMED,              RECORD_NON_PERFORMANCE, NOT_PERFORMED
            CONFIRMED,              REJECT_CONFIRMATION,
            CONFIRMATION_REJECTED,  RECORD_PERFORMANCE,
            NOT_PERFORMED,          RECORD_PERFORMANCE,
            PERFORMED,              RECORD_NON_PERFORMANCE,
            FAILED,                 ASSIGN,
            EXPIRED,                EXTEND,
            WITHDRAWN,              SCHEDULE_SESSION,
            """)
    void transitions(MediationState from, MediationAction action, MediationState to) {
        assertThat(MediationLifecycle.next(from, action)).as(from + " " + action).isEqualTo(java.util.Optional.ofNullable(to));
    }

    @ParameterizedTest
    @EnumSource(MediationState.class)
    void endedStatesAllowNothingAndExpiryIsNeverOfferedToPeople(MediationState state) {
        // the one step after an ended mediation: the court's enforcement of a confirmed agreement not performed
        if (state == MediationState.NOT_PERFORMED) {
            assertThat(MediationLifecycle.allowed(state)).containsExactly(MediationAction.APPLY_FOR_ENFORCEMENT);
        } else if (state.isEnded()) {
            assertThat(MediationLifecycle.allowed(state)).isEmpty();
        }
        assertThat(MediationLifecycle.allowed(state)).doesNotContain(MediationAction.EXPIRE);
    }

    @Test
    void onlyOpenMediationsExpire() {
        for (MediationState state : MediationState.values()) {
            assertThat(MediationLifecycle.next(state, MediationAction.EXPIRE).isPresent()).as(state.name()).isEqualTo(state.isOpen());
        }
    }
}
