package io.ipcase.credit.domain;

/** The listing events on the credit feed ({@code ipcase.credit.<name>.v1}); each has a schema and an example beside it. */
public enum ListingEvent {
    LISTING_PROPOSED("listing-proposed"),
    /** the objection window closed without objection: the credit officers decide (docs/domain.md, "Dishonesty list") */
    DECISION_DUE("listing-decision-due"),
    SUBJECT_LISTED("subject-listed"),
    SUBJECT_DELISTED("subject-delisted");

    private final String eventName;

    ListingEvent(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
