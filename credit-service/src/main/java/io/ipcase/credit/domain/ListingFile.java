package io.ipcase.credit.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import io.ipcase.credit.domain.ListingChange.*;

/**
 * The listing rules (docs/domain.md, "Dishonesty list"): given a listing, the actor and the day, an action returns the
 * step it makes — the state it moves to, what it changes and the event it publishes — or a {@link ListingRefusal}. The
 * subject is told of the proposal and may state its case within the window; when the window closes the credit officers
 * decide, and only they list or decline to list; a listing ends by itself, on repair or when its basis is revoked.
 */
public final class ListingFile {

    private final ListingSnapshot l;
    private final Period listingPeriod;
    private final Period repairAfter;
    private final ObjectionWindow window;

    /**
     * @param listingPeriod how long a listing lasts
     * @param repairAfter how long after listing the subject may apply for credit repair
     * @param window when the subject's time to state its case runs, once the notice is served
     */
    public ListingFile(ListingSnapshot listing, Period listingPeriod, Period repairAfter, ObjectionWindow window) {
        this.l = listing;
        this.listingPeriod = listingPeriod;
        this.repairAfter = repairAfter;
        this.window = window;
    }

    /** The actions a person may take on this listing now: the state's, and the announcement only once the notice could not be delivered. */
    public static List<ListingAction> allowed(ListingSnapshot listing) {
        return ListingLifecycle.allowed(listing.state()).stream()
                .filter(a -> a != ListingAction.ANNOUNCE || listing.noticeUndeliverableOn() != null && !listing.noticeServed()).toList();
    }

    /**
     * @param reason the credit officer's reasons (to list, to dismiss, to grant or refuse repair) or the system's
     * @param statement the subject's own words (an objection, an application for repair)
     */
    public ListingStep act(ListingAction action, String reason, String statement, ListingActor actor, LocalDate today) {
        return act(action, reason, statement, null, actor, today);
    }

    /**
     * @param on the day of the fact the action records: the day the notice was received (serve-notice), the day the
     *        announcement was published (announce)
     */
    public ListingStep act(ListingAction action, String reason, String statement, LocalDate on, ListingActor actor, LocalDate today) {
        ListingState before = l.state();
        ListingState after = ListingLifecycle.next(before, action).orElseThrow(() -> ListingRefusal.notNow(before, action,
                allowed(l).stream().map(ListingAction::path).toList()));
        authorise(action, actor);
        return switch (action) {
            case SERVE_NOTICE -> {
                LocalDate receivedOn = requiredDay(on, "receivedOn", action);
                notServedYet();
                LocalDate due = window.due(receivedOn);
                yield new ListingStep(action, before, after, "notice received on " + receivedOn + ": the subject may state its case until " + due,
                        List.of(new NoticeServed(receivedOn, "DELIVERY", null, null, due)), ListingEvent.NOTICE_SERVED);
            }
            case NOTICE_UNDELIVERABLE -> {
                notServedYet();
                if (l.noticeUndeliverableOn() != null) {
                    throw ListingRefusal.againstRule("notice-undeliverable-already", "The notice was reported undeliverable on " + l.noticeUndeliverableOn());
                }
                String why = required(reason, "reason", action);
                yield new ListingStep(action, before, after, "notice undeliverable (" + why + "): to be announced",
                        List.of(new NoticeUndeliverable(today, why)), ListingEvent.NOTICE_UNDELIVERABLE);
            }
            case ANNOUNCE -> {
                String where = required(reason, "reason", action);
                LocalDate announcedOn = requiredDay(on, "announcedOn", action);
                notServedYet();
                if (l.noticeUndeliverableOn() == null) {
                    // 公告送达 only when the subject cannot be reached otherwise (docs/domain.md, "The notice and the objection window")
                    throw ListingRefusal.againstRule("notice-not-undeliverable",
                            "The notice has not been reported undeliverable: a subject is told by announcement only when it cannot be reached otherwise");
                }
                if (announcedOn.isAfter(today) || l.proposedOn() != null && announcedOn.isBefore(l.proposedOn())) {
                    throw ListingRefusal.badInput("announcedOn", "must be a day from the proposal (" + l.proposedOn() + ") to today");
                }
                LocalDate servedOn = window.servedByAnnouncement(announcedOn);
                LocalDate due = window.due(servedOn);
                yield new ListingStep(action, before, after, "announced on " + announcedOn + " (" + where + "): served on " + servedOn
                        + ", the subject may state its case until " + due, List.of(new NoticeServed(servedOn, "ANNOUNCEMENT", announcedOn, where, due)),
                        ListingEvent.NOTICE_SERVED);
            }
            case OBJECT -> {
                String said = required(statement, "statement", action);
                // a statement before the notice is served is heard: the window only ends, it never opens late
                if (l.objectionDue() != null && today.isAfter(l.objectionDue())) {
                    throw ListingRefusal.againstRule("objection-window-passed",
                            "The subject could state its case until " + l.objectionDue() + "; the proposal is decided without it");
                }
                String filedBy = actor.subject() ? "SUBJECT" : "OFFICER";
                yield new ListingStep(action, before, after, actor.subject() ? "statement filed by the subject" : "objection filed",
                        List.of(new Objected(said, today, filedBy)), ListingEvent.OBJECTION_FILED);
            }
            case CLOSE_WINDOW -> {
                if (l.objectionDue() == null) {
                    throw ListingRefusal.againstRule("notice-not-served", "The notice has not reached the subject: its window has not begun");
                }
                if (!today.isAfter(l.objectionDue())) {
                    throw ListingRefusal.againstRule("objection-window-open", "The subject may state its case until " + l.objectionDue());
                }
                yield new ListingStep(action, before, after, "no objection by " + l.objectionDue() + ": for the credit officers to decide",
                        List.of(new WindowClosed(today)), ListingEvent.DECISION_DUE);
            }
            case LIST -> {
                String why = required(reason, "reason", action);
                yield new ListingStep(action, before, after, why, List.of(new Decided(why, actor.id(), today),
                        new Listed(today, today.plus(listingPeriod))), ListingEvent.SUBJECT_LISTED);
            }
            case DISMISS -> {
                String why = required(reason, "reason", action);
                // not to list is a decision of its own; taking a listing off on review keeps the listing decision
                List<ListingChange> changes = before.isActive() ? List.of(new Removed("dismissed-on-review", why, today))
                        : List.of(new Decided(why, actor.id(), today), new Removed("dismissed-on-review", why, today));
                yield new ListingStep(action, before, after, why, changes, ended(before));
            }
            case APPLY_FOR_REPAIR -> {
                String said = required(statement, "statement", action);
                LocalDate from = l.listedOn().plus(repairAfter);
                if (today.isBefore(from)) {
                    throw ListingRefusal.againstRule("repair-too-early", "Listed on " + l.listedOn() + ": credit repair may be applied for from " + from);
                }
                yield new ListingStep(action, before, after, "credit repair applied for", List.of(new RepairApplied(said, today)),
                        ListingEvent.REPAIR_APPLIED);
            }
            case GRANT_REPAIR -> {
                String why = required(reason, "reason", action);
                yield new ListingStep(action, before, after, why, List.of(new Removed("repaired", why, today)), ListingEvent.SUBJECT_DELISTED);
            }
            case REFUSE_REPAIR -> new ListingStep(action, before, after, required(reason, "reason", action), List.of(), ListingEvent.REPAIR_REFUSED);
            case EXPIRE -> {
                if (today.isBefore(l.endsOn())) {
                    throw ListingRefusal.againstRule("listing-period-running", "The listing ends on " + l.endsOn());
                }
                String why = "the listing period ended on " + l.endsOn();
                yield new ListingStep(action, before, after, why, List.of(new Removed("expired", why, today)), ListingEvent.SUBJECT_DELISTED);
            }
            case REVOKE -> {
                String why = required(reason, "reason", action);
                yield new ListingStep(action, before, after, why, List.of(new Removed("revoked", why, today)), ended(before));
            }
        };
    }

    /** a listing in force ends with the subject off the list; a proposal ends without the subject ever having been on it */
    private static ListingEvent ended(ListingState before) {
        return before.isActive() ? ListingEvent.SUBJECT_DELISTED : ListingEvent.PROPOSAL_CLOSED;
    }

    private void authorise(ListingAction action, ListingActor actor) {
        if (actor.system()) {
            if (!ListingLifecycle.SYSTEM_ACTIONS.contains(action)) {
                throw ListingRefusal.notYours("The system never decides " + action.path() + ": a credit officer does");
            }
            return;
        }
        if (ListingLifecycle.SYSTEM_ACTIONS.contains(action)) {
            throw ListingRefusal.notYours("Only the system takes " + action.path());
        }
        boolean allowed = switch (action) {
            // the subject states its case itself, or through an officer of the region
            case OBJECT -> actor.subject() || actor.officer() && actor.inRegion();
            // an application for repair reaches the authority through an officer of the region
            case APPLY_FOR_REPAIR -> actor.officer() && actor.inRegion();
            // the authority announces: an officer or a credit officer of the region records it
            case ANNOUNCE -> (actor.officer() || actor.creditOfficer()) && actor.inRegion();
            default -> actor.creditOfficer() && actor.inRegion();
        };
        if (!allowed) {
            throw ListingRefusal.notYours(switch (action) {
                case OBJECT -> "The subject itself, or an officer of the region on its behalf, files its statement";
                case APPLY_FOR_REPAIR -> "An officer of the region files the subject's " + action.path();
                case ANNOUNCE -> "An officer of the region records the announcement";
                default -> "A credit officer of the region decides " + action.path();
            });
        }
    }

    private void notServedYet() {
        if (l.noticeServed()) {
            throw ListingRefusal.againstRule("notice-served-already", "The notice was served on " + l.noticeServedOn()
                    + (l.objectionDue() == null ? "" : "; the subject may state its case until " + l.objectionDue()));
        }
    }

    private static LocalDate requiredDay(LocalDate value, String field, ListingAction action) {
        if (value == null) {
            throw ListingRefusal.badInput(field, "is required to " + action.path());
        }
        return value;
    }

    private static String required(String value, String field, ListingAction action) {
        if (value == null || value.isBlank()) {
            throw ListingRefusal.badInput(field, "is required to " + action.path());
        }
        return value;
    }
}
