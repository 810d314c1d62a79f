package io.ipcase.credit.domain;

import java.util.Arrays;
import java.util.Optional;

/** What can be done to a listing; the path is the last segment of {@code POST /api/v1/listings/{id}/{path}}. */
public enum ListingAction {
    /** the subject states its case within the objection window (陈述申辩), filed by an officer */
    OBJECT("object"),
    /** a credit officer lists the subject, having reviewed its objection or the window having passed without one */
    LIST("list"),
    /** a credit officer decides not to list, or takes a listing off on review */
    DISMISS("dismiss"),
    /** the window passed without objection: the scheduler hands the proposal to the credit officers to decide */
    CLOSE_WINDOW("close-window"),
    /** the subject applies for early removal (信用修复), filed by an officer */
    APPLY_FOR_REPAIR("apply-for-repair"),
    GRANT_REPAIR("grant-repair"),
    REFUSE_REPAIR("refuse-repair"),
    /** the listing period ended: the scheduler removes it */
    EXPIRE("expire"),
    /** the decision it rests on was revoked: removed at once */
    REVOKE("revoke"),
    /** the notice of the proposal reached the subject (notification-service's delivery): the objection window starts */
    SERVE_NOTICE("serve-notice"),
    /** the notice could not reach the subject (no contact on record, or delivery finally failed) */
    NOTICE_UNDELIVERABLE("notice-undeliverable"),
    /** an officer records the public announcement (公告) of a proposal whose notice could not be delivered */
    ANNOUNCE("announce");

    private final String path;

    ListingAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<ListingAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
