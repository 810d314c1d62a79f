package io.ipcase.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure beside its floor from the same run, the ratio, the target and whether it holds: a table on stdout and a
 * JSON file (deploy/bench/results/) to keep as history.
 */
final class Report {

    /**
     * @param measured what the figure did (throughput or latency, with its unit)
     * @param ratio    the figure over its floor (throughput) or null where the target is absolute
     * @param met      whether the target holds; null where the figure has none
     */
    record Row(String figure, String measured, String floor, String floorMeasured, Double ratio, String target, Boolean met,
            Map<String, Object> raw) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        Latencies.line("  %-58s %-26s %s", row.figure(), row.measured(), row.met() == null ? "" : row.met() ? "target met" : "TARGET MISSED");
    }

    void note(String line) {
        notes.add(line);
        Latencies.line("%s", "  " + line);
    }

    /** a throughput against a floor's throughput: met when the ratio reaches {@code atLeast} */
    void throughput(String figure, Load.Result result, String floor, Load.Result floorResult, double atLeast) {
        double ratio = result.perSecond() / floorResult.perSecond();
        add(new Row(figure, perSecond(result), floor, perSecond(floorResult), ratio, "≥ " + percent(atLeast) + " of the floor",
                ratio >= atLeast && result.failed() == 0 && floorResult.failed() == 0, raw(result, floorResult)));
        failures(floorResult);
        failures(result);
    }

    /** a latency at a rate: met when p99 stays within {@code p99Millis} */
    void latency(String figure, Load.Result result, double p99Millis) {
        add(new Row(figure, String.format("p50 %.1f ms, p99 %.1f ms", result.p50Millis(), result.p99Millis()), "—", "—", null,
                String.format("p99 ≤ %.0f ms", p99Millis), result.p99Millis() <= p99Millis && result.failed() == 0, raw(result, null)));
        failures(result);
    }

    private void failures(Load.Result result) {
        if (result.failed() > 0) {
            note(String.format("%s: %d of %d failed (%s)", result.name(), result.failed(), result.ok() + result.failed(), result.firstFailure()));
        }
    }

    static String perSecond(Load.Result r) {
        return String.format("%,.0f/s, p99 %.1f ms", r.perSecond(), r.p99Millis());
    }

    static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }

    private static Map<String, Object> raw(Load.Result result, Load.Result floor) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("perSecond", result.perSecond());
        raw.put("p50Ms", result.p50Millis());
        raw.put("p99Ms", result.p99Millis());
        raw.put("maxMs", result.maxMillis());
        raw.put("ok", result.ok());
        raw.put("failed", result.failed());
        if (floor != null) {
            raw.put("floorPerSecond", floor.perSecond());
            raw.put("floorP99Ms", floor.p99Millis());
        }
        return raw;
    }

    /** the table, as README's Performance section shows it */
    void print() {
        Latencies.line("");
        Latencies.line("%s", "| figure | ipcase | floor in the same run | ratio | target | |");
        Latencies.line("%s", "| --- | ---: | --- | ---: | --- | --- |");
        for (Row r : rows) {
            Latencies.line("| %s | %s | %s%s | %s | %s | %s |", r.figure(), r.measured(), r.floor(),
                    r.floorMeasured().equals("—") ? "" : ": " + r.floorMeasured(), r.ratio() == null ? "—" : percent(r.ratio()), r.target(),
                    r.met() == null ? "" : r.met() ? "met" : "**missed**");
        }
        for (String n : notes) {
            Latencies.line("%s", "- " + n);
        }
    }

    Path write(Path directory, Map<String, Object> context) throws IOException {
        Files.createDirectories(directory);
        Instant now = Instant.now();
        Map<String, Object> json = new LinkedHashMap<>(context);
        json.put("at", now.toString());
        List<Object> figures = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("figure", r.figure());
            f.put("measured", r.measured());
            f.put("floor", r.floor());
            f.put("floorMeasured", r.floorMeasured());
            f.put("ratio", r.ratio());
            f.put("target", r.target());
            f.put("met", r.met());
            f.put("raw", r.raw());
            figures.add(f);
        }
        json.put("figures", figures);
        json.put("notes", notes);
        Path file = directory.resolve("bench-" + now.toString().replace(":", "").replaceAll("\\.\\d+Z$", "Z") + ".json");
        Files.writeString(file, toJson(json, "") + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static String toJson(Object value, String indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number n) {
            return n instanceof Double d ? (d.isNaN() || d.isInfinite() ? "null" : String.format("%.3f", d)) : n.toString();
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((k, v) -> members.add(indent + "  " + quote(k.toString()) + ": " + toJson(v, indent + "  ")));
            return members.isEmpty() ? "{}" : "{\n" + String.join(",\n", members) + "\n" + indent + "}";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(indent + "  " + toJson(v, indent + "  ")));
            return items.isEmpty() ? "[]" : "[\n" + String.join(",\n", items) + "\n" + indent + "]";
        }
        return quote(value.toString());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
