package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;
import io.ipcase.kit.calendar.HolidayCalendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The listing rules without a container (docs/domain.md, "Dishonesty list"): who may take which step, the objection
 * window, the credit officer's decision after it (the calendar never lists), repair after a year, expiry after three.
 */
class ListingFileTest {

    static final LocalDate PROPOSED_ON = LocalDate.of(2026, 5, 20);
    static final LocalDate OBJECTION_DUE = LocalDate.of(2026, 5, 27);
    static final LocalDate LISTED_ON = LocalDate.of(2026, 5, 28);
    static final ObjectionWindow WINDOW = new ObjectionWindow(new DeadlineCalculator(HolidayCalendar.load()), DeadlineRule.workingDays(5),
            DeadlineRule.naturalDays(30));

    static ListingActor actor(String who) {
        return switch (who) {
            case "system" -> ListingActor.system("listing-watch");
            case "officer" -> new ListingActor("officer-li", false, true, false, true);
            case "credit-officer" -> new ListingActor("credit-officer-zhou", false, false, true, true);
            case "other-region" -> new ListingActor("credit-officer-wu", false, false, true, false);
            case "subject" -> ListingActor.theSubject();
            default -> throw new IllegalArgumentException(who);
        };
    }

    static ListingSnapshot listing(ListingState state) {
        boolean listed = state == ListingState.LISTED || state == ListingState.REPAIR_REQUESTED;
        return new ListingSnapshot(state, "360400", OBJECTION_DUE, listed ? LISTED_ON : null, listed ? LISTED_ON.plusYears(3) : null);
    }

    /** outcome: the state after, or the refusal (its kind, or the rule it names) */
    @ParameterizedTest(name = "{0} --{1} by {2} on {3}--> {4}")
    @CsvSource(textBlock = """
            # state,           action,           who,            today,      outcome
            PROPOSED,          OBJECT,           officer,        2026-05-27, OBJECTED
            PROPOSED,          OBJECT,           officer,        2026-05-28, objection-window-passed
            PROPOSED,          OBJECT,           credit-officer, 2026-05-27, NOT_YOURS
            PROPOSED,          OBJECT,           subject,        2026-05-27, OBJECTED
            PROPOSED,          OBJECT,           subject,        2026-05-28, objection-window-passed
            PROPOSED,          DISMISS,          subject,        2026-05-22, NOT_YOURS
            AWAITING_DECISION, LIST,             subject,        2026-05-28, NOT_YOURS
            LISTED,            APPLY_FOR_REPAIR, subject,        2027-05-28, NOT_YOURS
            PROPOSED,          LIST,             credit-officer, 2026-05-28, NOT_NOW
            PROPOSED,          CLOSE_WINDOW,     system,         2026-05-27, objection-window-open
            PROPOSED,          CLOSE_WINDOW,     system,         2026-05-28, AWAITING_DECISION
            PROPOSED,          CLOSE_WINDOW,     credit-officer, 2026-05-28, NOT_YOURS
            PROPOSED,          DISMISS,          credit-officer, 2026-05-22, DISMISSED
            PROPOSED,          DISMISS,          other-region,   2026-05-22, NOT_YOURS
            AWAITING_DECISION, LIST,             credit-officer, 2026-05-28, LISTED
            AWAITING_DECISION, LIST,             system,         2026-05-28, NOT_YOURS
            AWAITING_DECISION, LIST,             officer,        2026-05-28, NOT_YOURS
            AWAITING_DECISION, DISMISS,          credit-officer, 2026-05-28, DISMISSED
            AWAITING_DECISION, OBJECT,           officer,        2026-05-28, NOT_NOW
            OBJECTED,          LIST,             credit-officer, 2026-05-28, LISTED
            OBJECTED,          CLOSE_WINDOW,     system,         2026-05-28, NOT_NOW
            LISTED,            APPLY_FOR_REPAIR, officer,        2027-05-27, repair-too-early
            LISTED,            APPLY_FOR_REPAIR, officer,        2027-05-28, REPAIR_REQUESTED
            LISTED,            EXPIRE,           system,         2029-05-27, listing-period-running
            LISTED,            EXPIRE,           system,         2029-05-28, EXPIRED
            LISTED,            REVOKE,           system,         2026-09-10, REVOKED
            LISTED,            REVOKE,           credit-officer, 2026-09-10, NOT_YOURS
            REPAIR_REQUESTED,  GRANT_REPAIR,     credit-officer, 2027-06-01, REPAIRED
            REPAIR_REQUESTED,  REFUSE_REPAIR,    credit-officer, 2027-06-01, LISTED
            """)
    void whoMayTakeWhichStepWhen(ListingState state, ListingAction action, String who, LocalDate today, String outcome) {
        ListingFile file = new ListingFile(listing(state), Period.ofYears(3), Period.ofYears(1), WINDOW);
        if (outcome.equals(outcome.toUpperCase()) && !outcome.startsWith("NOT_")) {
            ListingStep step = file.act(action, "经审查", "当事人的陈述", actor(who), today);
            assertThat(step.after()).isEqualTo(ListingState.valueOf(outcome));
        } else {
            assertThatThrownBy(() -> file.act(action, "经审查", "当事人的陈述", actor(who), today)).isInstanceOfSatisfying(ListingRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    /** Every listing decision is a credit officer's, with its reasons and date; the calendar only hands the proposal over. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            CLOSE_WINDOW, listing-decision-due
            LIST,         subject-listed
            DISMISS,      proposal-closed
            """)
    void whatEachDecisionRecordsAndPublishes(ListingAction action, String event) {
        ListingState from = action == ListingAction.CLOSE_WINDOW ? ListingState.PROPOSED : ListingState.AWAITING_DECISION;
        ListingStep step = new ListingFile(listing(from), Period.ofYears(3), Period.ofYears(1), WINDOW)
                .act(action, "经审查", null, actor(action == ListingAction.CLOSE_WINDOW ? "system" : "credit-officer"), LISTED_ON);
        assertThat(step.event().eventName()).isEqualTo(event);
        switch (action) {
            case CLOSE_WINDOW -> assertThat(step.changes()).containsExactly(new ListingChange.WindowClosed(LISTED_ON));
            case LIST -> assertThat(step.changes()).containsExactly(new ListingChange.Decided("经审查", "credit-officer-zhou", LISTED_ON),
                    new ListingChange.Listed(LISTED_ON, LocalDate.of(2029, 5, 28)));
            default -> assertThat(step.changes()).containsExactly(new ListingChange.Decided("经审查", "credit-officer-zhou", LISTED_ON),
                    new ListingChange.Removed("dismissed-on-review", "经审查", LISTED_ON));
        }
        // a decision needs its reasons
        assertThatThrownBy(() -> new ListingFile(listing(ListingState.AWAITING_DECISION), Period.ofYears(3), Period.ofYears(1), WINDOW)
                .act(ListingAction.LIST, " ", null, actor("credit-officer"), LISTED_ON))
                .isInstanceOfSatisfying(ListingRefusal.class, r -> assertThat(r.field()).isEqualTo("reason"));
    }

    /**
     * Every step of a listing has its event, so the credit platform sees the whole life of a listing; a proposal that ends
     * without a listing is told apart from a subject taken off the list by its event, not by reading two fields.
     */
    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(textBlock = """
            PROPOSED,          OBJECT,           officer,        2026-05-25, objection-filed
            PROPOSED,          DISMISS,          credit-officer, 2026-05-25, proposal-closed
            OBJECTED,          REVOKE,           system,         2026-05-25, proposal-closed
            AWAITING_DECISION, REVOKE,           system,         2026-05-28, proposal-closed
            LISTED,            DISMISS,          credit-officer, 2026-06-01, subject-delisted
            LISTED,            REVOKE,           system,         2026-06-01, subject-delisted
            LISTED,            APPLY_FOR_REPAIR, officer,        2027-05-28, repair-applied
            REPAIR_REQUESTED,  REFUSE_REPAIR,    credit-officer, 2027-06-01, repair-refused
            REPAIR_REQUESTED,  GRANT_REPAIR,     credit-officer, 2027-06-01, subject-delisted
            REPAIR_REQUESTED,  EXPIRE,           system,         2029-05-28, subject-delisted
            """)
    void everyStepHasItsEvent(ListingState state, ListingAction action, String who, LocalDate today, String event) {
        ListingStep step = new ListingFile(listing(state), Period.ofYears(3), Period.ofYears(1), WINDOW).act(action, "经审查", "当事人的陈述", actor(who), today);
        assertThat(step.event().eventName()).isEqualTo(event);
    }

    /** a proposal of 20 May 2026 whose notice is: AWAITING (not yet delivered), UNDELIVERABLE (reported on 22 May), SERVED (received 20 May) */
    static ListingSnapshot proposal(String notice) {
        return switch (notice) {
            case "AWAITING" -> new ListingSnapshot(ListingState.PROPOSED, "360400", PROPOSED_ON, null, null, null, null, null);
            case "UNDELIVERABLE" -> new ListingSnapshot(ListingState.PROPOSED, "360400", PROPOSED_ON, null, PROPOSED_ON.plusDays(2), null, null, null);
            case "SERVED" -> new ListingSnapshot(ListingState.PROPOSED, "360400", PROPOSED_ON, PROPOSED_ON, null, OBJECTION_DUE, null, null);
            default -> throw new IllegalArgumentException(notice);
        };
    }

    /**
     * The window runs from the notice's service (docs/domain.md, "The notice and the objection window"): until the notice
     * reaches the subject the proposal does not go to the credit officers, however long ago it was made; a statement that
     * comes first is heard; an announcement only for a notice that could not be delivered, and only once.
     */
    @ParameterizedTest(name = "notice {0}: {1} by {2} on {3} (day {4}) --> {5}")
    @CsvSource(textBlock = """
            # notice,       action,               who,            today,      on,         outcome
            AWAITING,       CLOSE_WINDOW,         system,         2026-12-31, ,           notice-not-served
            AWAITING,       OBJECT,               officer,        2026-12-31, ,           OBJECTED
            AWAITING,       DISMISS,              credit-officer, 2026-06-01, ,           DISMISSED
            AWAITING,       SERVE_NOTICE,         system,         2026-06-02, 2026-06-01, PROPOSED
            AWAITING,       SERVE_NOTICE,         system,         2026-06-02, ,           BAD_INPUT
            AWAITING,       SERVE_NOTICE,         officer,        2026-06-02, 2026-06-01, NOT_YOURS
            AWAITING,       NOTICE_UNDELIVERABLE, system,         2026-05-22, ,           PROPOSED
            AWAITING,       NOTICE_UNDELIVERABLE, credit-officer, 2026-05-22, ,           NOT_YOURS
            AWAITING,       ANNOUNCE,             officer,        2026-06-01, 2026-06-01, notice-not-undeliverable
            UNDELIVERABLE,  ANNOUNCE,             officer,        2026-06-01, 2026-06-01, PROPOSED
            UNDELIVERABLE,  ANNOUNCE,             credit-officer, 2026-06-01, 2026-05-30, PROPOSED
            UNDELIVERABLE,  ANNOUNCE,             other-region,   2026-06-01, 2026-06-01, NOT_YOURS
            UNDELIVERABLE,  ANNOUNCE,             system,         2026-06-01, 2026-06-01, NOT_YOURS
            UNDELIVERABLE,  ANNOUNCE,             officer,        2026-06-01, 2026-06-02, BAD_INPUT
            UNDELIVERABLE,  ANNOUNCE,             officer,        2026-06-01, 2026-05-19, BAD_INPUT
            UNDELIVERABLE,  ANNOUNCE,             officer,        2026-06-01, ,           BAD_INPUT
            UNDELIVERABLE,  CLOSE_WINDOW,         system,         2026-12-31, ,           notice-not-served
            UNDELIVERABLE,  SERVE_NOTICE,         system,         2026-06-02, 2026-06-01, PROPOSED
            UNDELIVERABLE,  NOTICE_UNDELIVERABLE, system,         2026-06-02, ,           notice-undeliverable-already
            SERVED,         SERVE_NOTICE,         system,         2026-06-02, 2026-06-01, notice-served-already
            SERVED,         NOTICE_UNDELIVERABLE, system,         2026-06-02, ,           notice-served-already
            SERVED,         ANNOUNCE,             officer,        2026-06-02, 2026-06-01, notice-served-already
            SERVED,         CLOSE_WINDOW,         system,         2026-05-28, ,           AWAITING_DECISION
            """)
    void theWindowRunsOnlyOnceTheNoticeIsServed(String notice, ListingAction action, String who, LocalDate today, LocalDate on, String outcome) {
        ListingFile file = new ListingFile(proposal(notice), Period.ofYears(3), Period.ofYears(1), WINDOW);
        if (outcome.equals(outcome.toUpperCase()) && !outcome.startsWith("NOT_") && !outcome.equals("BAD_INPUT")) {
            ListingStep step = file.act(action, "九江市市场监督管理局网站", "当事人的陈述", on, actor(who), today);
            assertThat(step.after()).isEqualTo(ListingState.valueOf(outcome));
        } else {
            assertThatThrownBy(() -> file.act(action, "九江市市场监督管理局网站", "当事人的陈述", on, actor(who), today))
                    .isInstanceOfSatisfying(ListingRefusal.class, r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    /** What the service of the notice records and publishes: the day served, how, and the window's end. */
    @Test
    void serviceByDeliveryOrAnnouncementSetsTheWindowAndIsPublished() {
        ListingStep delivered = new ListingFile(proposal("AWAITING"), Period.ofYears(3), Period.ofYears(1), WINDOW)
                .act(ListingAction.SERVE_NOTICE, null, null, LocalDate.of(2026, 5, 21), actor("system"), LocalDate.of(2026, 5, 22));
        assertThat(delivered.changes()).containsExactly(new ListingChange.NoticeServed(LocalDate.of(2026, 5, 21), "DELIVERY", null, null,
                LocalDate.of(2026, 5, 28)));
        assertThat(delivered.event()).isEqualTo(ListingEvent.NOTICE_SERVED);

        ListingStep announced = new ListingFile(proposal("UNDELIVERABLE"), Period.ofYears(3), Period.ofYears(1), WINDOW)
                .act(ListingAction.ANNOUNCE, "九江市市场监督管理局网站", null, LocalDate.of(2026, 6, 1), actor("officer"), LocalDate.of(2026, 6, 1));
        assertThat(announced.changes()).containsExactly(new ListingChange.NoticeServed(LocalDate.of(2026, 7, 1), "ANNOUNCEMENT",
                LocalDate.of(2026, 6, 1), "九江市市场监督管理局网站", LocalDate.of(2026, 7, 8)));
        assertThat(announced.event()).isEqualTo(ListingEvent.NOTICE_SERVED);

        ListingStep undeliverable = new ListingFile(proposal("AWAITING"), Period.ofYears(3), Period.ofYears(1), WINDOW)
                .act(ListingAction.NOTICE_UNDELIVERABLE, "no contact on record", null, null, actor("system"), LocalDate.of(2026, 5, 22));
        assertThat(undeliverable.changes()).containsExactly(new ListingChange.NoticeUndeliverable(LocalDate.of(2026, 5, 22), "no contact on record"));
        assertThat(undeliverable.event()).isEqualTo(ListingEvent.NOTICE_UNDELIVERABLE);
    }

    /** People are offered the announcement only while the notice waits for one. */
    @Test
    void theAnnouncementIsOfferedOnlyForANoticeThatCouldNotBeDelivered() {
        assertThat(ListingFile.allowed(proposal("AWAITING"))).containsExactly(ListingAction.OBJECT, ListingAction.DISMISS);
        assertThat(ListingFile.allowed(proposal("UNDELIVERABLE"))).containsExactly(ListingAction.OBJECT, ListingAction.DISMISS, ListingAction.ANNOUNCE);
        assertThat(ListingFile.allowed(proposal("SERVED"))).containsExactly(ListingAction.OBJECT, ListingAction.DISMISS);
    }

    /** The statement says who filed it: the subject itself through its notice's link, or an officer on its behalf. */
    @Test
    void aStatementSaysWhoFiledIt() {
        ListingFile file = new ListingFile(proposal("SERVED"), Period.ofYears(3), Period.ofYears(1), WINDOW);
        assertThat(file.act(ListingAction.OBJECT, null, "已缴清罚款", actor("subject"), OBJECTION_DUE).changes())
                .containsExactly(new ListingChange.Objected("已缴清罚款", OBJECTION_DUE, "SUBJECT"));
        assertThat(file.act(ListingAction.OBJECT, null, "已缴清罚款", actor("officer"), OBJECTION_DUE).changes())
                .containsExactly(new ListingChange.Objected("已缴清罚款", OBJECTION_DUE, "OFFICER"));
        assertThat(file.act(ListingAction.OBJECT, null, "x", actor("subject"), OBJECTION_DUE).reason()).isEqualTo("statement filed by the subject");
    }
}
