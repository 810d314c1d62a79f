package io.ipcase.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The report table of every benchmark: p50, p95, p99 and max of each measure. */
final class Latencies {

    private Latencies() {
    }

    static void header() {
        System.out.printf("%-52s %8s %8s %8s %8s %6s%n", "measure", "p50 ms", "p95 ms", "p99 ms", "max ms", "n");
    }

    static void row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("%-52s %8s %8s %8s %8s %6d%n", name, "-", "-", "-", "-", 0);
            return;
        }
        System.out.printf("%-52s %8.1f %8.1f %8.1f %8.1f %6d%n", name, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }
}
