package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state machine as a table: from a state, on an action, on a track → the next state, or refused. */
class CaseLifecycleTest {

    @ParameterizedTest(name = "{0} {1} --{2}--> {3}")
    @CsvSource(textBlock = """
            # track,                  state,                 action,                 next (empty = refused), has decision
            ADMINISTRATIVE_PENALTY,   RECEIVED,              ACCEPT,                 INVESTIGATING,         false
            ADMINISTRATIVE_PENALTY,   RECEIVED,              REFUSE,                 REFUSED,               false
            ADMINISTRATIVE_PENALTY,   RECEIVED,              ISSUE_DECISION,         ,                      false
            ADMINISTRATIVE_PENALTY,   RECEIVED,              REVOKE_DECISION,        ,                      false
            ADMINISTRATIVE_PENALTY,   INVESTIGATING,         REFER_TO_MEDIATION,     ,                      false
            INFRINGEMENT_RULING,      INVESTIGATING,         REFER_TO_MEDIATION,     IN_MEDIATION,          false
            INFRINGEMENT_RULING,      IN_MEDIATION,          RETURN_FROM_MEDIATION,  INVESTIGATING,         false
            INFRINGEMENT_RULING,      IN_MEDIATION,          CLOSE_AS_MEDIATED,      CLOSED,                false
            INFRINGEMENT_RULING,      IN_MEDIATION,          ISSUE_DECISION,         ,                      false
            ADMINISTRATIVE_PENALTY,   INVESTIGATING,         SUSPEND,                SUSPENDED,             false
            ADMINISTRATIVE_PENALTY,   SUSPENDED,             SUSPEND,                ,                      false
            ADMINISTRATIVE_PENALTY,   SUSPENDED,             RESUME,                 INVESTIGATING,         false
            ADMINISTRATIVE_PENALTY,   SUSPENDED,             ISSUE_DECISION,         ,                      false
            ADMINISTRATIVE_PENALTY,   INVESTIGATING,         PROPOSE_TRANSFER,       TRANSFER_PROPOSED,     false
            ADMINISTRATIVE_PENALTY,   TRANSFER_PROPOSED,     APPROVE_TRANSFER,       TRANSFERRED_TO_POLICE, false
            ADMINISTRATIVE_PENALTY,   TRANSFER_PROPOSED,     REJECT_TRANSFER,        INVESTIGATING,         false
            ADMINISTRATIVE_PENALTY,   TRANSFERRED_TO_POLICE, RECORD_POLICE_RETURN,   INVESTIGATING,         false
            ADMINISTRATIVE_PENALTY,   TRANSFERRED_TO_POLICE, RECORD_POLICE_ACCEPTANCE, CLOSED,               false
            ADMINISTRATIVE_PENALTY,   INVESTIGATING,         RECORD_POLICE_ACCEPTANCE, ,                     false
            ADMINISTRATIVE_PENALTY,   TRANSFERRED_TO_POLICE, WITHDRAW,               ,                      false
            ADMINISTRATIVE_PENALTY,   INVESTIGATING,         SUBMIT_FOR_REVIEW,      LEGAL_REVIEW,          false
            ADMINISTRATIVE_PENALTY,   LEGAL_REVIEW,          APPROVE_REVIEW,         REVIEW_APPROVED,       false
            ADMINISTRATIVE_PENALTY,   LEGAL_REVIEW,          REJECT_REVIEW,          INVESTIGATING,         false
            ADMINISTRATIVE_PENALTY,   LEGAL_REVIEW,          ISSUE_DECISION,         ,                      false
            ADMINISTRATIVE_PENALTY,   REVIEW_APPROVED,       ISSUE_DECISION,         DECIDED,               false
            ADMINISTRATIVE_PENALTY,   DECIDED,               SERVE,                  SERVED,                true
            ADMINISTRATIVE_PENALTY,   DECIDED,               RECORD_PERFORMANCE,     ,                      true
            INFRINGEMENT_RULING,      SERVED,                MAKE_EFFECTIVE,         EFFECTIVE,             true
            INFRINGEMENT_RULING,      SERVED,                RECORD_LAWSUIT,         UNDER_LITIGATION,      true
            ADMINISTRATIVE_PENALTY,   SERVED,                RECORD_LAWSUIT,         ,                      true
            INFRINGEMENT_RULING,      UNDER_LITIGATION,      RECORD_RULING_UPHELD,   EFFECTIVE,             true
            INFRINGEMENT_RULING,      UNDER_LITIGATION,      RECORD_RULING_OVERTURNED, DECISION_REVOKED,    true
            INFRINGEMENT_RULING,      UNDER_LITIGATION,      RECORD_NON_PERFORMANCE, ,                      true
            INFRINGEMENT_RULING,      UNDER_LITIGATION,      MAKE_EFFECTIVE,         ,                      true
            INFRINGEMENT_RULING,      SERVED,                CLOSE,                  ,                      true
            INFRINGEMENT_RULING,      EFFECTIVE,             RECORD_NON_PERFORMANCE, NOT_PERFORMED,         true
            INFRINGEMENT_RULING,      NOT_PERFORMED,         RECORD_PERFORMANCE,     PERFORMED,             true
            INFRINGEMENT_RULING,      PERFORMED,             CLOSE,                  CLOSED,                true
            INFRINGEMENT_RULING,      CLOSED,                REVOKE_DECISION,        DECISION_REVOKED,      true
            INFRINGEMENT_RULING,      CLOSED,                REVOKE_DECISION,        ,                      false
            INFRINGEMENT_RULING,      CLOSED,                REOPEN,                 ,                      true
            INFRINGEMENT_RULING,      DECISION_REVOKED,      REOPEN,                 INVESTIGATING,         false
            ADMINISTRATIVE_PENALTY,   REFUSED,               ACCEPT,                 ,                      false
            ADMINISTRATIVE_PENALTY,   WITHDRAWN,             ACCEPT,                 ,                      false
            """, ignoreLeadingAndTrailingWhitespace = true)
    void transitions(CaseTrack track, CaseState state, CaseAction action, CaseState expected, boolean hasDecision) {
        assertThat(CaseLifecycle.next(track, state, action, hasDecision)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({ "REFUSED", "CLOSED", "WITHDRAWN" })
    void terminalStatesOfferNothingButRevocationOfADecision(CaseState state) {
        assertThat(CaseLifecycle.allowed(CaseTrack.INFRINGEMENT_RULING, state, false)).isEmpty();
    }
}
