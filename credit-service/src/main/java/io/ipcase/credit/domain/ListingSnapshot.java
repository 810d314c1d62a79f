package io.ipcase.credit.domain;

import java.time.LocalDate;

/**
 * What the listing rules read of a listing: where it stands, whose region it is, when it was proposed, whether and when
 * the notice reached the subject (served by delivery or announcement; or reported undeliverable), the end of the
 * subject's objection window (null until served), and when it was listed and ends. The stored listing hands one over; a
 * rule test writes one by hand.
 */
public record ListingSnapshot(ListingState state, String region, LocalDate proposedOn, LocalDate noticeServedOn, LocalDate noticeUndeliverableOn,
        LocalDate objectionDue, LocalDate listedOn, LocalDate endsOn) {

    /** a listing whose notice was served and whose window is known */
    public ListingSnapshot(ListingState state, String region, LocalDate objectionDue, LocalDate listedOn, LocalDate endsOn) {
        this(state, region, null, null, null, objectionDue, listedOn, endsOn);
    }

    /** whether the window is known: the notice was served (or the proposal predates counting from service) */
    public boolean noticeServed() {
        return noticeServedOn != null || objectionDue != null;
    }
}
