package io.ipcase.cases.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
    /** scans completed, and when the last one ended (epoch seconds): a watch that stopped running is an alert */
    private final Counter runs;
    private final AtomicLong lastRun = new AtomicLong();

    public DeadlineWatch(IpcaseClock clock, StatutoryClocks clocks, CaseEvents events, CaseService cases, AuditTrail audit,
            EntityManager entityManager, MeterRegistry metrics) {
        this.runs = Counter.builder("ipcase.deadlines.watch.runs").description("scans of the statutory clocks completed").register(metrics);
        Gauge.builder("ipcase.deadlines.watch.last.run", lastRun, AtomicLong::get).baseUnit("seconds")
                .description("when the last scan of the statutory clocks ended (Unix time)").register(metrics);
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
        runs.increment();
        lastRun.set(Instant.now().getEpochSecond());
    }

    /** open cases read per batch of the scan's first pass */
    private static final int BATCH = 500;
    private static final Set<CaseState> WATCHED = EnumSet.of(CaseState.RECEIVED, CaseState.DECIDED, CaseState.SERVED, CaseState.INVESTIGATING,
            CaseState.TRANSFER_PROPOSED, CaseState.LEGAL_REVIEW, CaseState.REVIEW_APPROVED, CaseState.EFFECTIVE, CaseState.NOT_PERFORMED);

    /**
     * Two passes: the open cases are read in batches without a lock, and only those with a notice to send or a step to
     * take are then locked and checked again, each in a transaction of its own (a command may have moved the case
     * between the two). A scan of every open case under a row lock each held commands up behind it and grew with the
     * number of cases (deploy/bench measured it as most of case-service's work under load).
     *
     * @return how many notices and transitions the scan produced
     */
    public int scan() {
        List<UUID> due = new java.util.ArrayList<>();
        UUID after = null;
        LocalDate today = clock.today();
        while (true) {
            UUID from = after;
            List<InfringementCase> batch = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.unwrap(org.hibernate.Session.class).setDefaultReadOnly(true);
                // a case waiting for acceptance has one clock, its acceptance day: only those near or past it are read; a case
                // whose next day with something to do is still ahead is not read at all
                var query = entityManager.createQuery("select c from InfringementCase c where (c.state in :states or (c.state = :received"
                        + " and c.acceptanceDue <= :horizon)) and (c.nextWatchOn is null or c.nextWatchOn <= :today)"
                        + (from == null ? "" : " and c.id > :after") + " order by c.id", InfringementCase.class)
                        .setParameter("states", EnumSet.complementOf(EnumSet.of(CaseState.RECEIVED)).stream().filter(WATCHED::contains).toList())
                        .setParameter("received", CaseState.RECEIVED)
                        .setParameter("horizon", today.plusDays(clocks.warningLeadDays()))
                        .setParameter("today", today)
                        .setMaxResults(BATCH)
                        .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
                if (from != null) {
                    query.setParameter("after", from);
                }
                List<InfringementCase> read = query.getResultList();
                Set<String> sent = sentNotices(read.stream().map(c -> c.id).toList());
                java.util.Map<InfringementCase, LocalDate> quietUntil = new java.util.HashMap<>();
                for (InfringementCase c : read) {
                    NextDay next = new NextDay(today);
                    if (check(c, sent, next) > 0) {
                        due.add(c.id);
                    } else {
                        quietUntil.put(c, next.day);
                    }
                }
                noteNextDays(quietUntil);
                return read;
            });
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id;
        }
        int produced = 0;
        for (UUID id : due) {
            try {
                produced += QuarkusTransaction.requiringNew().call(() -> check(cases.lockForChange(id, null), null, null));
            } catch (RuntimeException e) {
                LOG.warnf("deadline check of case %s failed, will retry on the next scan: %s", id, e.toString());
            }
        }
        return produced;
    }

    /** a day far enough to mean "nothing to watch until the case changes" (PostgreSQL's date cannot hold LocalDate.MAX) */
    private static final LocalDate NOTHING_TO_WATCH = LocalDate.of(9999, 12, 31);

    /**
     * The first day after today on which a clock of the case has a notice to send or a step to take, given the notices
     * sent; the same reading of the clocks as {@link #check} (which adds every clock it looks at).
     */
    private static final class NextDay {
        private final LocalDate today;
        LocalDate day = NOTHING_TO_WATCH;

        NextDay(LocalDate today) {
            this.today = today;
        }

        void consider(LocalDate candidate) {
            LocalDate after = candidate.isAfter(today) ? candidate : today.plusDays(1);
            if (after.isBefore(day)) {
                day = after;
            }
        }
    }

    /**
     * Writes each quiet case's next day, unless the case changed since it was read (its version moved: the trigger of
     * V15 clears the day on every change, and the next scan reads it anew).
     */
    private void noteNextDays(java.util.Map<InfringementCase, LocalDate> quietUntil) {
        if (quietUntil.isEmpty()) {
            return;
        }
        entityManager.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement("update ip_case set next_watch_on = ? where id = ? and version = ?")) {
                for (var e : quietUntil.entrySet()) {
                    update.setObject(1, e.getValue());
                    update.setObject(2, e.getKey().id);
                    update.setLong(3, e.getKey().version);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /**
     * The holiday table is read at start, and a new year's arrangement can move due dates: every case's next day is worked
     * out anew after a start.
     */
    void forgetNextDays(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update ip_case set next_watch_on = null where next_watch_on is not null").executeUpdate());
    }

    /** the notices sent to these cases, as {@link #noticeKey} */
    private Set<String> sentNotices(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> sent = new java.util.HashSet<>();
        for (Object row : entityManager.createNativeQuery("select case_id, clock, due_on, kind from deadline_notice where case_id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate due = r[2] instanceof LocalDate day ? day : ((java.sql.Date) r[2]).toLocalDate();
            sent.add(noticeKey((UUID) r[0], (String) r[1], due, (String) r[3]));
        }
        return sent;
    }

    private static String noticeKey(UUID caseId, String clockName, LocalDate due, String kind) {
        return caseId + "|" + clockName + "|" + due + "|" + kind;
    }

    /**
     * @param sent null: the case is locked, send and act; otherwise only say whether there is anything to send or do,
     *             given the notices sent already
     * @param next with {@code sent}: gathers the first day after today with something to send or do
     */
    private int check(InfringementCase c, Set<String> sent, NextDay next) {
        LocalDate today = clock.today();
        if (c.state == CaseState.RECEIVED) {
            return notify(c, StatutoryClock.ACCEPTANCE, c.acceptanceDue, today, clocks.warningLeadDays(), sent, next);
        }
        int produced = 0;
        if (c.state == CaseState.TRANSFER_PROPOSED && c.transferProposedOn != null) {
            // a clock of days warns on its last day, not from the start
            produced += notify(c, StatutoryClock.TRANSFER_DECISION, clocks.transferDecisionDue(c.transferProposedOn), today, 1, sent, next);
        }
        if (CLOSING_CLOCK.contains(c.state) && c.closingDue != null) {
            clocks.refreshClosingDue(c, today);
            if (next != null && c.pauses.stream().anyMatch(p -> p.toDate == null)) {
                // a running pause moves the closing day with every day that passes
                next.consider(today.plusDays(1));
            }
            produced += notify(c, StatutoryClock.CLOSING, c.closingDue, today, clocks.warningLeadDays(), sent, next);
        }
        if (CLOSING_CLOCK.contains(c.state) && c.noticeServedOn != null && !c.noticeWaived) {
            // the party's periods after the notice of the intended penalty: the officers learn when the decision may follow
            produced += notify(c, StatutoryClock.STATEMENT, c.statementDue, today, 1, sent, next);
            produced += notify(c, StatutoryClock.HEARING_REQUEST, c.hearingRequestDue, today, 1, sent, next);
        }
        if (produced > 0) {
            return produced;
        }
        if (c.state == CaseState.DECIDED && c.decisionKind == DecisionKind.PENALTY && c.procedure == Procedure.ORDINARY
                && Boolean.TRUE.equals(c.infringementFound)) {
            // published once effective, i.e. once served: an unserved decision holds its publication up
            return notify(c, StatutoryClock.DISCLOSURE, clocks.disclosureDue(c.decidedOn), today, clocks.warningLeadDays(), sent, next);
        }
        if (c.state == CaseState.EFFECTIVE || c.state == CaseState.NOT_PERFORMED) {
            // each respondent's fine's payment period, then the demand to perform: warned of and reported overdue to the officers
            int notices = 0;
            for (InfringementCase.PerformancePeriod p : c.openPerformancePeriods()) {
                notices += notify(c, p.clock(), p.due(), today, p.clock() == StatutoryClock.DEMAND ? 1 : clocks.warningLeadDays(), sent, next);
            }
            return notices;
        }
        if (c.state == CaseState.SERVED && c.appealDeadline != null && next != null) {
            next.consider(c.appealDeadline.plusDays(1));
        }
        if (c.state == CaseState.SERVED && c.appealDeadline != null && today.isAfter(c.appealDeadline)) {
            if (sent == null) {
                cases.act(c, CaseAction.MAKE_EFFECTIVE, ActionInput.because("appeal window ended " + c.appealDeadline),
                        Actor.system("deadline-watch"));
            }
            return 1;
        }
        return 0;
    }

    private int notify(InfringementCase c, StatutoryClock clockName, LocalDate due, LocalDate today, int leadDays, Set<String> sent,
            NextDay next) {
        if (next != null && due != null && !sent.contains(noticeKey(c.id, clockName.name(), due, "OVERDUE"))) {
            // the warning from the lead day on, unless sent; then the overdue report the day after the due date
            next.consider(sent.contains(noticeKey(c.id, clockName.name(), due, "APPROACHING")) ? due.plusDays(1) : due.minusDays(leadDays));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        String kind;
        if (daysLeft < 0) {
            kind = "OVERDUE";
        } else if (daysLeft <= leadDays) {
            kind = "APPROACHING";
        } else {
            return 0;
        }
        if (sent != null) {
            return sent.contains(noticeKey(c.id, clockName.name(), due, kind)) ? 0 : 1;
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
