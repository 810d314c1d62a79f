package io.ipcase.mediation.expiry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.audit.MediationAuditTrail;
import io.ipcase.mediation.domain.CourtDeadline;
import io.ipcase.mediation.domain.MediationEvent;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.events.MediationEventData;
import io.ipcase.mediation.events.MediationEvents;
import io.ipcase.mediation.service.MediationService;
import io.ipcase.mediation.store.Mediation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Watches the court's periods on a joint application for judicial confirmation (docs/domain.md, "Mediation time limits"):
 * the day before acceptance or the decision is due, and once it is overdue, the court and the mediator are told, once each.
 */
@ApplicationScoped
public class CourtPeriodWatch {

    private static final Logger LOG = Logger.getLogger(CourtPeriodWatch.class);
    private static final String ACTOR = "system:court-period-watch";

    private final MediationService mediations;
    private final MediationEvents events;
    private final MediationAuditTrail audit;
    private final EntityManager entityManager;
    private final IpcaseClock clock;

    public CourtPeriodWatch(MediationService mediations, MediationEvents events, MediationAuditTrail audit, EntityManager entityManager,
            IpcaseClock clock) {
        this.mediations = mediations;
        this.events = events;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "${ipcase.expiry.scan-interval:10m}", delayed = "${ipcase.expiry.scan-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan();
    }

    /** @return how many notices it sent */
    public int scan() {
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> Mediation.<Mediation>list("state in ?1",
                List.of(MediationState.CONFIRMATION_REQUESTED, MediationState.CONFIRMATION_ACCEPTED)).stream().map(m -> m.id).toList());
        int sent = 0;
        for (UUID id : waiting) {
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> check(mediations.lockForChange(id, null)));
            } catch (RuntimeException e) {
                LOG.warnf("could not check the court's period of mediation %s: %s", id, e.toString());
            }
        }
        return sent;
    }

    private int check(Mediation m) {
        Optional<CourtDeadline.Period> period = CourtDeadline.running(m.state);
        if (period.isEmpty()) {
            return 0;
        }
        LocalDate due = period.get() == CourtDeadline.Period.ACCEPTANCE ? m.courtAcceptanceDue : m.courtDecisionDue;
        LocalDate today = clock.today();
        Optional<CourtDeadline.Notice> notice = due == null ? Optional.empty() : CourtDeadline.notice(due, today);
        if (notice.isEmpty()) {
            return 0;
        }
        int inserted = entityManager.createNativeQuery("""
                insert into court_deadline_notice (mediation_id, period, due_on, kind, sent_at) values (:id, :period, :due, :kind, :at)
                on conflict do nothing
                """).setParameter("id", m.id).setParameter("period", period.get().name()).setParameter("due", due)
                .setParameter("kind", notice.get().name()).setParameter("at", clock.now()).executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        MediationEvent event = notice.get() == CourtDeadline.Notice.OVERDUE ? MediationEvent.COURT_DEADLINE_OVERDUE
                : MediationEvent.COURT_DEADLINE_APPROACHING;
        String reason = "the court's " + period.get().name().toLowerCase() + " period ends on " + due
                + (notice.get() == CourtDeadline.Notice.OVERDUE ? ": passed" : "");
        audit.append(m, ACTOR, "system", event.eventName(), m.state.name(), m.state.name(), reason, null);
        events.publish(event, m, new MediationEventData.Deadline(period.get().name(), due, ChronoUnit.DAYS.between(today, due)), reason, ACTOR);
        return 1;
    }
}
