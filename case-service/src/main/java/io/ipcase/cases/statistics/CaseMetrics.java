package io.ipcase.cases.statistics;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.cases.domain.CaseState;
import io.ipcase.kit.time.IpcaseClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The domain figures on /q/metrics: open cases by state and this year's rates, nationwide.
 * Computed by a periodic query so that a scrape never runs one.
 */
@ApplicationScoped
public class CaseMetrics {

    private final CaseStatistics statistics;
    private final IpcaseClock clock;
    private final AtomicReference<CaseStatistics.Report> latest = new AtomicReference<>();
    private final MeterRegistry metrics;

    public CaseMetrics(CaseStatistics statistics, IpcaseClock clock, MeterRegistry metrics) {
        this.statistics = statistics;
        this.clock = clock;
        this.metrics = metrics;
        for (CaseState state : CaseState.values()) {
            if (!state.isTerminal()) {
                Gauge.builder("ipcase.cases.open", latest, r -> open(r.get(), state)).tag("state", state.name())
                        .description("open cases by state").register(metrics);
            }
        }
        Gauge.builder("ipcase.cases.overdue", latest, r -> r.get() == null ? Double.NaN : r.get().overdueOpen())
                .description("open cases past their closing deadline (of this year's), nationwide").register(metrics);
        rate("ipcase.cases.handled.rate", "received complaints and requests decided on, this year", CaseStatistics.Report::handledRate);
        rate("ipcase.cases.closure.rate", "filed cases closed, this year", CaseStatistics.Report::closureRate);
        rate("ipcase.cases.ontime.rate", "concluded cases concluded by their deadline, this year", CaseStatistics.Report::onTimeRate);
        rate("ipcase.cases.disclosure.rate", "penalty decisions published on time, this year", CaseStatistics.Report::disclosureRate);
    }

    @Scheduled(every = "${ipcase.metrics.refresh:60s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        var today = clock.today();
        latest.set(QuarkusTransaction.requiringNew().call(() -> statistics.report(null, "", today.withDayOfYear(1), today)));
    }

    private void rate(String name, String description, java.util.function.Function<CaseStatistics.Report, BigDecimal> figure) {
        Gauge.builder(name, latest, r -> {
            CaseStatistics.Report report = r.get();
            BigDecimal value = report == null ? null : figure.apply(report);
            return value == null ? Double.NaN : value.doubleValue();
        }).description(description).register(metrics);
    }

    private static double open(CaseStatistics.Report report, CaseState state) {
        return report == null ? Double.NaN : report.openByState().getOrDefault(state.name(), 0L);
    }
}
