package io.ipcase.mediation.service;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.ipcase.mediation.sessions.MediationSession;
import io.ipcase.kit.time.NotInFuture;
import io.ipcase.mediation.store.Agreement;

/**
 * The body of a mediation action. Which fields an action needs: {@code mediatorId} to assign;
 * {@code session} to schedule-session; {@code sessionSeq} and {@code minutes} to record-session;
 * {@code partiesConsent} to extend; {@code agreement} to reach-agreement; {@code court} and
 * {@code jointApplication} to request-confirmation; {@code courtCaseNumber} to accept-confirmation and
 * (the enforcement case's number) to apply-for-enforcement; a {@code reason} to fail, withdraw,
 * extend-confirmation (who approved), reject-confirmation, record-non-performance and end-enforcement.
 * {@code on} dates a performance, or an application for enforcement, recorded late (default today).
 */
public record MediationCommand(
        @Size(max = 2000) String reason,
        @Size(max = 100) String mediatorId,
        @Valid SessionPlan session,
        @Positive Integer sessionSeq,
        @NotInFuture Instant heldAt,
        @Size(max = 2000) String attendees,
        @Size(max = 100_000) String minutes,
        Boolean partiesConsent,
        @Valid Agreement agreement,
        @Size(max = 200) String court,
        Boolean jointApplication,
        @Size(max = 100) String courtCaseNumber,
        @NotInFuture LocalDate on) {

    public static final MediationCommand EMPTY = new MediationCommand(null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    public record SessionPlan(
            @NotNull Instant scheduledAt,
            @NotNull MediationSession.Mode mode,
            @NotBlank @Size(max = 500) String place) {
    }
}
