package io.ipcase.credit.domain;

import java.time.LocalDate;

/** What a listing action changes; the service writes each onto the stored listing. */
public sealed interface ListingChange {

    /**
     * the notice was served: {@code how} DELIVERY (received on {@code servedOn}) or ANNOUNCEMENT (published on
     * {@code announcedOn}, served when its period passed); the objection window runs to {@code objectionDue}
     */
    record NoticeServed(LocalDate servedOn, String how, LocalDate announcedOn, String announcement, LocalDate objectionDue) implements ListingChange {
    }

    /** the notice could not reach the subject: it is to be told by public announcement */
    record NoticeUndeliverable(LocalDate on, String why) implements ListingChange {
    }

    /** the subject stated its case (陈述申辩): {@code filedBy} SUBJECT (itself) or OFFICER (an officer on its behalf) */
    record Objected(String statement, LocalDate on, String filedBy) implements ListingChange {
    }

    /** the objection window is over without objection: a credit officer decides now */
    record WindowClosed(LocalDate on) implements ListingChange {
    }

    /** a credit officer decided, to list or not to list: a decision of its own, with its number (the service draws it) */
    record Decided(String reason, String by, LocalDate on) implements ListingChange {
    }

    record Listed(LocalDate on, LocalDate endsOn) implements ListingChange {
    }

    /** the subject applied for credit repair (信用修复) */
    record RepairApplied(String statement, LocalDate on) implements ListingChange {
    }

    /** off the list, or the proposal closed: {@code why} one of expired, repaired, revoked, dismissed-on-review */
    record Removed(String why, String note, LocalDate on) implements ListingChange {
    }
}
