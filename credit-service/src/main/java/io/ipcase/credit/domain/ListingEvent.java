package io.ipcase.credit.domain;

/** The listing events on the credit feed ({@code ipcase.credit.<name>.v1}); each has a schema and an example beside it. */
public enum ListingEvent {
    LISTING_PROPOSED("listing-proposed"),
    /** the notice reached the subject, or an announcement was published: the objection window is known (objectionDue) */
    NOTICE_SERVED("notice-served"),
    /** the notice could not reach the subject: the region's credit officers are told, for the authority to announce it */
    NOTICE_UNDELIVERABLE("notice-undeliverable"),
    /** the objection window closed without objection: the credit officers decide (docs/domain.md, "Dishonesty list") */
    DECISION_DUE("listing-decision-due"),
    /** the subject's statement against the proposal was filed: the credit officers review it */
    OBJECTION_FILED("objection-filed"),
    SUBJECT_LISTED("subject-listed"),
    /** a proposal ended without a listing: dismissed by a credit officer, or its basis decision revoked */
    PROPOSAL_CLOSED("proposal-closed"),
    /** the subject applied for credit repair (信用修复) */
    REPAIR_APPLIED("repair-applied"),
    /** a credit officer refused the repair: the listing stays in force */
    REPAIR_REFUSED("repair-refused"),
    /** a listing in force ended: the subject is off the list */
    SUBJECT_DELISTED("subject-delisted");

    /** whether the event carries how to object or appeal: a proposal and a listing decision do */
    public boolean tellsHowToObject() {
        return this == LISTING_PROPOSED || this == NOTICE_SERVED || this == SUBJECT_LISTED;
    }

    private final String eventName;

    ListingEvent(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
