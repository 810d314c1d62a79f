package io.ipcase.credit.statistics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.ipcase.credit.domain.ListingState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The credit figures on /q/metrics: active listings, proposals pending, and listings by the state
 * they ended in (decisions by outcome). Counted by a periodic query so that a scrape never runs one.
 */
@ApplicationScoped
public class CreditMetrics {

    private final EntityManager entityManager;
    private final AtomicReference<Map<ListingState, Long>> latest = new AtomicReference<>();

    public CreditMetrics(EntityManager entityManager, MeterRegistry metrics) {
        this.entityManager = entityManager;
        Gauge.builder("ipcase.credit.listings.active", latest, r -> sum(r.get(), ListingState.LISTED, ListingState.REPAIR_REQUESTED))
                .description("subjects' listings in force").register(metrics);
        Gauge.builder("ipcase.credit.proposals.pending", latest, r -> sum(r.get(), ListingState.PROPOSED, ListingState.OBJECTED, ListingState.AWAITING_DECISION))
                .description("listing proposals awaiting the window or a decision").register(metrics);
        for (ListingState state : ListingState.values()) {
            Gauge.builder("ipcase.credit.listings", latest, r -> sum(r.get(), state)).tag("state", state.name())
                    .description("listings by state; the ended states count decisions by outcome").register(metrics);
        }
    }

    @Scheduled(every = "${ipcase.metrics.refresh:60s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        latest.set(QuarkusTransaction.requiringNew().call(() -> {
            Map<ListingState, Long> counts = new EnumMap<>(ListingState.class);
            for (ListingState state : ListingState.values()) {
                counts.put(state, 0L);
            }
            entityManager.createQuery("select l.state, count(l) from Listing l group by l.state", Object[].class).getResultList()
                    .forEach(row -> counts.put((ListingState) row[0], (Long) row[1]));
            return counts;
        }));
    }

    private static double sum(Map<ListingState, Long> counts, ListingState... states) {
        if (counts == null) {
            return Double.NaN;
        }
        long total = 0;
        for (ListingState state : states) {
            total += counts.get(state);
        }
        return total;
    }
}
