package io.ipcase.cases.disclosure;

import java.time.LocalDate;

import io.ipcase.cases.domain.DisplayPeriod;

/**
 * The public record of a case's penalty decision as its page shows it: published on (China date),
 * the disclosure due date it had to meet, its display period and last day on display (after which it is down), and when
 * and why it was withdrawn (a revoked decision).
 */
public record PublicationStatus(LocalDate publishedOn, LocalDate dueOn, DisplayPeriod displayPeriod, LocalDate displayUntil, boolean displayEnded,
        LocalDate withdrawnOn, String withdrawalReason) {
}
