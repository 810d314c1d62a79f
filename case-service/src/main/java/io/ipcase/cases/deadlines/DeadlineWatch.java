package io.ipcase.cases.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.ipcase.cases.audit.AuditTrail;
import io.ipcase.cases.clocks.StatutoryClocks;
import io.ipcase.cases.domain.ActionInput;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseEventType;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.DecisionKind;
import io.ipcase.cases.domain.Procedure;
import io.ipcase.cases.domain.StatutoryClock;
import io.ipcase.cases.events.CaseEventData;
import io.ipcase.cases.events.CaseEvents;
import io.ipcase.cases.service.CaseService;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.time.IpcaseClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Watches the statutory clocks: warns before a deadline and reports it overdue, once each per
 * case, clock and due date (several replicas may scan; the notice table lets one of them win),
 * and makes a ruling effective when its appeal window has passed.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    /** states in which the closing clock runs: filed, not yet decided */
    private static final Set<CaseState> CLOSING_CLOCK = EnumSet.of(CaseState.INVESTIGATING, CaseState.TRANSFER_PROPOSED,
            CaseState.LEGAL_REVIEW, CaseState.REVIEW_APPROVED);

    private final IpcaseClock clock;
    private final StatutoryClocks clocks;
    private final CaseEvents events;
    private final CaseService cases;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    public DeadlineWatch(IpcaseClock clock, StatutoryClocks clocks, CaseEvents events, CaseService cases, AuditTrail audit,
            EntityManager entityManager) {
        this.clock = clock;
        this.clocks = clocks;
        this.events = events;
        this.cases = cases;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @Scheduled(every = "${ipcase.deadlines.scan-interval:60s}", delayed = "${ipcase.deadlines.scan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        scan();
    }

    /** @return how many notices and transitions the scan produced */
    public int scan() {
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.id from InfringementCase c where c.state in :states order by c.id", UUID.class)
                .setParameter("states", EnumSet.of(CaseState.RECEIVED, CaseState.DECIDED, CaseState.SERVED, CaseState.INVESTIGATING,
                        CaseState.TRANSFER_PROPOSED, CaseState.LEGAL_REVIEW, CaseState.REVIEW_APPROVED, CaseState.EFFECTIVE, CaseState.NOT_PERFORMED))
                .getResultList());
        int produced = 0;
        for (UUID id : open) {
            try {
                produced += QuarkusTransaction.requiringNew().call(() -> check(id));
            } catch (RuntimeException e) {
                LOG.warnf("deadline check of case %s failed, will retry on the next scan: %s", id, e.toString());
            }
        }
        return produced;
    }

    private int check(UUID id) {
        InfringementCase c = cases.lockForChange(id, null);
        LocalDate today = clock.today();
        if (c.state == CaseState.RECEIVED) {
            return notify(c, StatutoryClock.ACCEPTANCE, c.acceptanceDue, today, clocks.warningLeadDays());
        }
        int produced = 0;
        if (c.state == CaseState.TRANSFER_PROPOSED && c.transferProposedOn != null) {
            // a clock of days warns on its last day, not from the start
            produced += notify(c, StatutoryClock.TRANSFER_DECISION, clocks.transferDecisionDue(c.transferProposedOn), today, 1);
        }
        if (CLOSING_CLOCK.contains(c.state) && c.closingDue != null) {
            clocks.refreshClosingDue(c, today);
            produced += notify(c, StatutoryClock.CLOSING, c.closingDue, today, clocks.warningLeadDays());
        }
        if (CLOSING_CLOCK.contains(c.state) && c.noticeServedOn != null && !c.noticeWaived) {
            // the party's periods after the notice of the intended penalty: the officers learn when the decision may follow
            produced += notify(c, StatutoryClock.STATEMENT, c.statementDue, today, 1);
            produced += notify(c, StatutoryClock.HEARING_REQUEST, c.hearingRequestDue, today, 1);
        }
        if (produced > 0) {
            return produced;
        }
        if (c.state == CaseState.DECIDED && c.decisionKind == DecisionKind.PENALTY && c.procedure == Procedure.ORDINARY
                && Boolean.TRUE.equals(c.infringementFound)) {
            // published once effective, i.e. once served: an unserved decision holds its publication up
            return notify(c, StatutoryClock.DISCLOSURE, clocks.disclosureDue(c.decidedOn), today, clocks.warningLeadDays());
        }
        if (c.state == CaseState.EFFECTIVE || c.state == CaseState.NOT_PERFORMED) {
            // each respondent's fine's payment period, then the demand to perform: warned of and reported overdue to the officers
            int notices = 0;
            for (InfringementCase.PerformancePeriod p : c.openPerformancePeriods()) {
                notices += notify(c, p.clock(), p.due(), today, p.clock() == StatutoryClock.DEMAND ? 1 : clocks.warningLeadDays());
            }
            return notices;
        }
        if (c.state == CaseState.SERVED && c.appealDeadline != null && today.isAfter(c.appealDeadline)) {
            cases.act(c, CaseAction.MAKE_EFFECTIVE, ActionInput.because("appeal window ended " + c.appealDeadline),
                    Actor.system("deadline-watch"));
            return 1;
        }
        return 0;
    }

    private int notify(InfringementCase c, StatutoryClock clockName, LocalDate due, LocalDate today, int leadDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        String kind;
        if (daysLeft < 0) {
            kind = "OVERDUE";
        } else if (daysLeft <= leadDays) {
            kind = "APPROACHING";
        } else {
            return 0;
        }
        int inserted = entityManager.createNativeQuery("""
                insert into deadline_notice (case_id, clock, due_on, kind, sent_at) values (:caseId, :clock, :due, :kind, :at)
                on conflict do nothing
                """)
                .setParameter("caseId", c.id)
                .setParameter("clock", clockName.name())
                .setParameter("due", due)
                .setParameter("kind", kind)
                .setParameter("at", clock.now())
                .executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        CaseEventType event = kind.equals("OVERDUE") ? CaseEventType.OVERDUE : CaseEventType.DEADLINE_APPROACHING;
        String reason = clockName.labelEn() + " deadline " + due + (kind.equals("OVERDUE") ? " passed" : " approaching");
        audit.append(c, "system:deadline-watch", "system", event.eventName(), c.state.name(), c.state.name(), reason, null);
        events.publish(event, c, CaseEventData.of(c, c.state.name(), reason, "system:deadline-watch",
                new CaseEventData.Deadline(clockName.name(), due, (int) daysLeft, provisional(c, clockName, due))));
        return 1;
    }

    /** whether the due date of a deadline notice may still move (counted over a year without the published arrangement) */
    private Boolean provisional(InfringementCase c, StatutoryClock clockName, LocalDate due) {
        return switch (clockName) {
            case ACCEPTANCE -> clocks.isProvisional(c.receivedOn, due);
            case CLOSING -> c.closingDueProvisional;
            case PAYMENT -> clocks.isProvisional(c.servedOn, due);
            case STATEMENT, HEARING_REQUEST -> clocks.isProvisional(c.noticeServedOn, due);
            case DEMAND -> clocks.isProvisional(c.demandedOn, due);
            default -> null;
        };
    }
}
