package io.ipcase.mediation.expiry;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.ipcase.kit.security.Actor;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.domain.MediationAction;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.store.Mediation;
import io.ipcase.mediation.service.MediationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Ends the mediations whose time limit has passed (the day after the due day). */
@ApplicationScoped
public class ExpiryWatch {

    private static final Logger LOG = Logger.getLogger(ExpiryWatch.class);
    private static final Actor WATCH = Actor.system("expiry-watch");

    private final MediationService mediations;
    private final IpcaseClock clock;

    public ExpiryWatch(MediationService mediations, IpcaseClock clock) {
        this.mediations = mediations;
        this.clock = clock;
    }

    @Scheduled(every = "${ipcase.expiry.scan-interval:10m}", delayed = "${ipcase.expiry.scan-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan();
    }

    /** @return how many mediations it ended */
    public int scan() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Mediation.<Mediation>list("state in ?1 and dueOn < ?2",
                List.of(MediationState.REQUESTED, MediationState.ASSIGNED, MediationState.IN_PROGRESS), clock.today())
                .stream().map(m -> m.id).toList());
        int expired = 0;
        for (UUID id : due) {
            try {
                // one transaction each: a mediation that moved on meanwhile is re-checked under its lock
                expired += QuarkusTransaction.requiringNew().call(() -> {
                    Mediation m = mediations.lockForChange(id, null);
                    if (!m.state.isOpen() || !m.dueOn.isBefore(clock.today())) {
                        return 0;
                    }
                    mediations.act(m, MediationAction.EXPIRE, null, WATCH);
                    return 1;
                });
            } catch (RuntimeException e) {
                LOG.warnf("could not expire mediation %s: %s", id, e.toString());
            }
        }
        return expired;
    }
}
