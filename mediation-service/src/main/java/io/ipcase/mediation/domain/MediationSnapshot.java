package io.ipcase.mediation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the mediation rules read of a mediation: its state and kind, its time limit, where its agreement and the court's
 * confirmation stand, its sessions and its parties. The stored mediation hands one over; a rule test writes one by hand.
 *
 * @param openedAt the start of the opening day in China time: no session lies before it
 * @param confirmedOn the day the court confirmed the agreement (null: it did not)
 * @param lastTermDeadline the last day of performance the agreement sets (null: no agreement)
 */
public record MediationSnapshot(MediationState state, MediationKind kind, LocalDate openedOn, Instant openedAt, LocalDate dueOn, boolean extended,
        LocalDate agreementEffectiveOn, LocalDate courtAcceptedOn, LocalDate courtDecisionDue, boolean courtDecisionExtended, List<Session> sessions,
        List<Party> parties, LocalDate confirmedOn, LocalDate lastTermDeadline) {

    /** a session: its number and whether it was recorded as held */
    public record Session(int seq, boolean held) {
    }

    /** a party by name, on which side */
    public record Party(String name, boolean complainant) {
    }
}
