package io.ipcase.cases.clocks;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.cases.domain.CasePeriods;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.CaseTrack;
import io.ipcase.cases.domain.DeadlineLight;
import io.ipcase.cases.domain.StatutoryClock;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;

/** The case's statutory clocks, from the rules in configuration and the holiday calendar. */
@ApplicationScoped
public class StatutoryClocks implements CasePeriods {

    private final CaseRules rules;
    private final DeadlineCalculator calculator;

    public StatutoryClocks(CaseRules rules, DeadlineCalculator calculator) {
        this.calculator = calculator;
        this.rules = rules;
    }

    public LocalDate acceptanceDue(CaseTrack track, LocalDate receivedOn) {
        return acceptanceDue(track, receivedOn, false);
    }

    /** the acceptance (lead check) period, with the head's extension as one period with it when granted */
    public LocalDate acceptanceDue(CaseTrack track, LocalDate receivedOn, boolean extended) {
        DeadlineRule acceptance = DeadlineRule.parse(rules(track).acceptance());
        if (!extended) {
            return calculator.due(receivedOn, acceptance);
        }
        DeadlineRule extension = DeadlineRule.parse(rules(track).acceptanceExtension()
                .orElseThrow(() -> new IllegalStateException("the " + track + " acceptance period has no extension")));
        return calculator.due(receivedOn, acceptance.extendedBy(extension, 1));
    }

    /**
     * The closing deadline: the track's period from filing (or from reopening), plus approved
     * extensions, plus the days the clock stood still since then.
     */
    public LocalDate closingDue(InfringementCase c, LocalDate today) {
        List<DeadlineCalculator.Pause> pauses = c.pauses.stream()
                .map(p -> new DeadlineCalculator.Pause(p.fromDate, p.toDate)).toList();
        DeadlineRule period = closingPeriod(c.track, c.extensionCount);
        if (c.collectiveExtensionDays > 0) {
            // the days a collective discussion set, on the same reading: one period with the rest
            period = period.extendedBy(DeadlineRule.naturalDays(c.collectiveExtensionDays), 1);
        }
        return calculator.due(c.clockStartedOn, period, pauses, today);
    }

    /** Sets the case's closing due date anew, and whether it is provisional. */
    public void refreshClosingDue(InfringementCase c, LocalDate today) {
        c.closingDue = closingDue(c, today);
        c.closingDueProvisional = isProvisional(c.clockStartedOn, c.closingDue);
    }

    /**
     * The closing period with its extensions as one period (90 + 30 days = 120 days, 3 + 1 months =
     * 4 months), so that an extension is not counted from a due date already moved off a holiday.
     */
    DeadlineRule closingPeriod(CaseTrack track, int extensions) {
        return DeadlineRule.parse(rules(track).closing()).extendedBy(DeadlineRule.parse(rules(track).extension()), extensions);
    }

    @Override
    public int maxExtensions(CaseTrack track) {
        return rules(track).maxExtensions();
    }

    /** The last day to appeal; the decision is effective the day after. */
    @Override
    public LocalDate appealDeadline(CaseTrack track, LocalDate servedOn) {
        String window = rules(track).appealWindow();
        // a window of 0 means the decision takes effect on service
        return window.trim().startsWith("0 ") ? servedOn : calculator.due(servedOn, DeadlineRule.parse(window));
    }

    @Override
    public LocalDate statementDue(LocalDate noticeServedOn) {
        return calculator.due(noticeServedOn, DeadlineRule.parse(rules.statementPeriod()));
    }

    @Override
    public LocalDate hearingRequestDue(LocalDate noticeServedOn) {
        return calculator.due(noticeServedOn, DeadlineRule.parse(rules.hearingRequestPeriod()));
    }

    @Override
    public LocalDate paymentDue(LocalDate servedOn) {
        return calculator.due(servedOn, DeadlineRule.parse(rules.paymentPeriod()));
    }

    @Override
    public LocalDate demandDue(LocalDate demandServedOn) {
        return calculator.due(demandServedOn, DeadlineRule.parse(rules.demandPeriod()));
    }

    public LocalDate disclosureDue(LocalDate decidedOn) {
        return calculator.due(decidedOn, DeadlineRule.parse(rules.disclosure()));
    }

    public LocalDate transferDecisionDue(LocalDate proposedOn) {
        return calculator.due(proposedOn, DeadlineRule.parse(rules.transferDecision()));
    }

    /** the due date a case is working towards now, and how near it is; null when none runs (ended, or the clock paused) */
    public NextDeadline nextDeadline(InfringementCase c, LocalDate today) {
        InfringementCase.PerformancePeriod performance = c.openPerformancePeriod();
        StatutoryClock clock;
        LocalDate start;
        LocalDate due;
        if (c.state == CaseState.RECEIVED) {
            clock = StatutoryClock.ACCEPTANCE;
            start = c.receivedOn;
            due = c.acceptanceDue;
        } else if (c.closingDue != null && !c.state.isTerminal() && !c.state.pausesClock() && c.decidedOn == null) {
            clock = StatutoryClock.CLOSING;
            start = c.clockStartedOn;
            due = c.closingDue;
        } else if ((c.state == CaseState.EFFECTIVE || c.state == CaseState.NOT_PERFORMED) && performance != null) {
            // the earliest period a respondent that still owes has: its demand's, else its fine's
            InfringementCase.PerformancePeriod period = performance;
            clock = period.clock();
            start = period.start();
            due = period.due();
        } else {
            return null;
        }
        return new NextDeadline(clock, due, DeadlineLight.workingDaysLeft(due, today, calculator::isWorkingDay),
                DeadlineLight.of(due, today, calculator::isWorkingDay, rules.amberWorkingDays()).name(), calculator.isProvisional(start, due));
    }

    /**
     * Whether a due date was counted over a year whose holiday arrangement the State Council has not
     * published yet (docs/domain.md, "Case periods"): it may still move.
     */
    public boolean isProvisional(LocalDate start, LocalDate due) {
        return start != null && due != null && calculator.isProvisional(start, due);
    }

    /**
     * {@code clock}: ACCEPTANCE or CLOSING; {@code light}: GREEN, AMBER or RED; {@code provisional}: counted over a
     * year without the published holiday arrangement, so it may still move
     */
    public record NextDeadline(StatutoryClock clock, LocalDate dueOn, int workingDaysLeft, String light, boolean provisional) {
    }

    public int warningLeadDays() {
        return rules.warningLeadDays();
    }

    private CaseRules.Track rules(CaseTrack track) {
        return track == CaseTrack.INFRINGEMENT_RULING ? rules.ruling() : rules.penalty();
    }

    /** {@code "5 WORKING_DAYS"} → a rule; a malformed value is a deployment error, reported as such. */

}
