package io.ipcase.mediation.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.domain.MediationState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The mediation figures on /q/metrics: open mediations by state, and this year's success rate and
 * average duration nationwide, per kind and per organisation. Computed by a periodic query so
 * that a scrape never runs one.
 */
@ApplicationScoped
public class MediationMetrics {

    private final MediationStatistics statistics;
    private final IpcaseClock clock;
    private final AtomicReference<MediationStatistics.Report> latest = new AtomicReference<>();
    private final MultiGauge successByOrganisation;
    private final MultiGauge successByKind;

    public MediationMetrics(MediationStatistics statistics, IpcaseClock clock, MeterRegistry metrics) {
        this.statistics = statistics;
        this.clock = clock;
        for (MediationState state : MediationState.values()) {
            if (!state.isEnded()) {
                Gauge.builder("ipcase.mediations.open", latest, r -> r.get() == null ? Double.NaN : r.get().openByState().get(state.name()))
                        .tag("state", state.name()).description("mediations not ended, by state").register(metrics);
            }
        }
        Gauge.builder("ipcase.mediations.success.rate", latest, r -> value(r.get(), MediationStatistics.Figures::successRate))
                .description("agreements / (agreements + failed + expired), this year").register(metrics);
        Gauge.builder("ipcase.mediations.duration.average.days", latest, r -> value(r.get(), MediationStatistics.Figures::averageDays))
                .description("days from opening to the end of mediation, this year").register(metrics);
        successByOrganisation = MultiGauge.builder("ipcase.mediations.organisation.success.rate")
                .description("success rate per mediation organisation, this year").register(metrics);
        successByKind = MultiGauge.builder("ipcase.mediations.kind.success.rate")
                .description("success rate per kind of mediation, this year").register(metrics);
    }

    @Scheduled(every = "${ipcase.metrics.refresh:60s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        var today = clock.today();
        MediationStatistics.Report report = QuarkusTransaction.requiringNew()
                .call(() -> statistics.report(null, "", null, null, today.withDayOfYear(1), today));
        latest.set(report);
        successByOrganisation.register(rows(report.byOrganisation(), "organisation"), true);
        successByKind.register(rows(report.byKind(), "kind"), true);
    }

    private static List<MultiGauge.Row<?>> rows(List<MediationStatistics.Row> rows, String tag) {
        return rows.stream().filter(r -> r.figures().successRate() != null)
                .<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(Tags.of(tag, r.key()), r.figures().successRate().doubleValue()))
                .toList();
    }

    private static double value(MediationStatistics.Report report, Function<MediationStatistics.Figures, BigDecimal> figure) {
        BigDecimal value = report == null ? null : figure.apply(report.total());
        return value == null ? Double.NaN : value.doubleValue();
    }
}
