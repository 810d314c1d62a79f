package io.ipcase.credit.domain;

import java.time.LocalDate;

/**
 * What the listing rules read of a listing: where it stands, whose region it is, the end of the subject's objection
 * window, and when it was listed and ends. The stored listing hands one over; a rule test writes one by hand.
 */
public record ListingSnapshot(ListingState state, String region, LocalDate objectionDue, LocalDate listedOn, LocalDate endsOn) {
}
