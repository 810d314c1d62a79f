package io.ipcase.cases.disclosure;

import java.time.LocalDate;

/**
 * The public record of a case's penalty decision as its page shows it: published on (China date),
 * the disclosure due date it had to meet, and when and why it was withdrawn (a revoked decision).
 */
public record PublicationStatus(LocalDate publishedOn, LocalDate dueOn, LocalDate withdrawnOn, String withdrawalReason) {
}
