package io.ipcase.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The report of every benchmark, written to the log (run.sh formats a record as its message alone):
 * a table with p50, p95, p99 and max of each measure, and the lines around it.
 */
final class Latencies {

    // java.util.logging itself: System.getLogger would find the JBoss log manager on the class path, which has no handler here
    private static final java.util.logging.Logger REPORT = java.util.logging.Logger.getLogger("io.ipcase.bench");

    private Latencies() {
    }

    /** one line of the report */
    static void line(String format, Object... values) {
        REPORT.info(String.format(format, values));
    }

    static void header() {
        line("%-52s %8s %8s %8s %8s %6s", "measure", "p50 ms", "p95 ms", "p99 ms", "max ms", "n");
    }

    static void row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            line("%-52s %8s %8s %8s %8s %6d", name, "-", "-", "-", "-", 0);
            return;
        }
        line("%-52s %8.1f %8.1f %8.1f %8.1f %6d", name, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }
}
