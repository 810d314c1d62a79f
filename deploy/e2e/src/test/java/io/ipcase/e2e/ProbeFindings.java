package io.ipcase.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every verdict of the run: counted per service and category, failures kept for one grouped report. */
final class ProbeFindings {

    record Failure(String service, String category, String operation, String probe, String detail, String cause, String seen) {
    }

    private final Map<String, Map<String, int[]>> counts = new TreeMap<>();
    private final Map<String, Set<String>> operations = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();

    synchronized void operation(String service, String operation) {
        operations.computeIfAbsent(service, s -> new LinkedHashSet<>()).add(operation);
    }

    synchronized void verdict(String service, String operation, Probe probe, Probe.Verdict verdict) {
        int[] count = counts.computeIfAbsent(service, s -> new LinkedHashMap<>()).computeIfAbsent(probe.category(), c -> new int[2]);
        count[0]++;
        if (verdict != null) {
            count[1]++;
            failures.add(new Failure(service, probe.category(), operation, probe.kind(), probe.detail(), verdict.cause(), verdict.seen()));
        }
    }

    synchronized void pass(String service, String category) {
        counts.computeIfAbsent(service, s -> new LinkedHashMap<>()).computeIfAbsent(category, c -> new int[2])[0]++;
    }

    synchronized void fail(String service, String category, String operation, String probe, String detail, String cause, String seen) {
        int[] count = counts.computeIfAbsent(service, s -> new LinkedHashMap<>()).computeIfAbsent(category, c -> new int[2]);
        count[0]++;
        count[1]++;
        failures.add(new Failure(service, category, operation, probe, detail, cause, seen));
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    synchronized String summary() {
        StringBuilder out = new StringBuilder();
        List<String> categories = Probe.CATEGORIES;
        out.append(String.format("%-22s %5s %7s %7s %7s", "service", "ops", "probes", "passed", "failed"));
        out.append("  | failed by category: ");
        out.append(String.join(", ", categories)).append('\n');
        int[] totals = new int[3];
        int totalOps = 0;
        for (String service : counts.keySet()) {
            int probes = 0;
            int failed = 0;
            List<String> byCategory = new ArrayList<>();
            for (String category : categories) {
                int[] c = counts.get(service).getOrDefault(category, new int[2]);
                probes += c[0];
                failed += c[1];
                byCategory.add(category + " " + c[1] + "/" + c[0]);
            }
            int ops = operations.getOrDefault(service, Set.of()).size();
            totalOps += ops;
            totals[0] += probes;
            totals[1] += probes - failed;
            totals[2] += failed;
            out.append(String.format("%-22s %5d %7d %7d %7d", service, ops, probes, probes - failed, failed)).append("  | ")
                    .append(String.join(", ", byCategory)).append('\n');
        }
        out.append(String.format("%-22s %5d %7d %7d %7d", "all", totalOps, totals[0], totals[1], totals[2])).append('\n');
        return out.toString();
    }

    /**
     * The failures grouped by cause — service, category, probe, what came back — each group with a few
     * of its operations and one answer, at most {@code maxLines} lines.
     */
    synchronized String grouped(int maxLines, int examplesPerGroup) {
        Map<String, List<Failure>> groups = new LinkedHashMap<>();
        List<Failure> sorted = new ArrayList<>(failures);
        sorted.sort((a, b) -> {
            int c = a.service().compareTo(b.service());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(Probe.CATEGORIES.indexOf(a.category()), Probe.CATEGORIES.indexOf(b.category()));
            return c != 0 ? c : a.probe().compareTo(b.probe());
        });
        for (Failure f : sorted) {
            groups.computeIfAbsent(f.service() + " | " + f.category() + " | " + f.probe() + " → " + f.cause(), k -> new ArrayList<>()).add(f);
        }
        List<String> lines = new ArrayList<>();
        lines.add(failures.size() + " failing probes in " + groups.size() + " groups (service | category | probe → cause):");
        for (Map.Entry<String, List<Failure>> group : groups.entrySet()) {
            List<Failure> members = group.getValue();
            lines.add("● " + group.getKey() + "  ×" + members.size());
            Set<String> shown = new LinkedHashSet<>();
            for (Failure f : members) {
                String where = f.operation() + (f.detail() == null || f.detail().isEmpty() ? "" : " [" + f.detail() + "]");
                if (shown.size() < examplesPerGroup) {
                    if (shown.add(where)) {
                        lines.add("    " + where + " ⇒ " + ProbeHttp.clip(f.seen(), 260));
                    }
                } else {
                    break;
                }
            }
            if (members.size() > shown.size()) {
                Set<String> others = new LinkedHashSet<>();
                for (Failure f : members) {
                    others.add(f.operation());
                }
                lines.add("    … " + (members.size() - shown.size()) + " more, in: " + ProbeHttp.clip(String.join("; ", others), 400));
            }
        }
        if (lines.size() > maxLines) {
            int dropped = lines.size() - maxLines;
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.add("… " + dropped + " more lines in target/hostile-input/failures.txt");
        }
        return String.join("\n", lines);
    }

    /** every failure on its own line, for the file */
    synchronized String all() {
        StringBuilder out = new StringBuilder();
        for (Failure f : failures) {
            out.append(f.service()).append('\t').append(f.category()).append('\t').append(f.operation()).append('\t').append(f.probe())
                    .append('\t').append(f.detail() == null ? "" : f.detail()).append('\t').append(f.cause()).append('\t')
                    .append(ProbeHttp.clip(f.seen(), 400)).append('\n');
        }
        return out.toString();
    }
}
