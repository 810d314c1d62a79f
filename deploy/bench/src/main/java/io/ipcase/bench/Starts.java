package io.ipcase.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start to ready. Each service alone: a second instance beside the stack's (servers up, the stack idle), on ports of
 * its own, with run.sh's JVM options and a class-data archive of its own written by a first start that is not counted;
 * the median of several starts, beside a minimal Quarkus REST app (deploy/bench/minimal-app) started the same way.
 * Then the whole stack as run.sh starts it without the build, servers included, after stop.sh.
 */
final class Starts {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Stack stack;
    private final Report report;

    Starts(Stack stack, Report report) {
        this.stack = stack;
        this.report = report;
    }

    void run(int times) throws Exception {
        Latencies.line("start to ready (median of %d)", times);
        Path minimalJar = stack.root.resolve("deploy/bench/minimal-app/target/quarkus-app/quarkus-run.jar");
        double floor = median("minimal Quarkus REST app", minimalJar, Map.of("QUARKUS_HTTP_PORT", "18090", "QUARKUS_MANAGEMENT_PORT", "19190"),
                19190, times);
        double slowest = 0;
        int offset = 0;
        for (Stack.Service s : List.of(Stack.CASE, Stack.MEDIATION, Stack.CREDIT, Stack.NOTIFICATION)) {
            offset++;
            String prefix = s.envPrefix();
            int management = 19180 + offset;
            double seconds = median(s.name(), stack.root.resolve(s.name() + "/target/quarkus-app/quarkus-run.jar"),
                    Map.of(prefix + "_SERVICE_PORT", String.valueOf(18080 + offset), prefix + "_MANAGEMENT_PORT", String.valueOf(management),
                            "QUARKUS_PROFILE", "local", "IPCASE_AUDIT_CHECKPOINT_FILE", stack.data.resolve("bench-" + s.name() + ".checkpoints.jsonl").toString()),
                    management, times);
            slowest = Math.max(slowest, seconds);
            report.add(new Report.Row(String.format("start to ready, %s alone (median of %d)", s.name(), times), String.format("%.1f s", seconds),
                    "the minimal Quarkus REST app started the same way", String.format("%.1f s", floor), seconds / floor, "≤ 3× the floor",
                    seconds <= 3 * floor, Map.of("seconds", seconds, "floorSeconds", floor)));
        }
        double whole = wholeStack();
        report.add(new Report.Row("the whole stack from run.sh, without the build (servers and five processes)", String.format("%.1f s", whole),
                "the slowest service alone", String.format("%.1f s", slowest), whole / slowest, "≤ 2× the slowest service", whole <= 2 * slowest,
                Map.of("seconds", whole, "slowestServiceSeconds", slowest)));
    }

    /** the median start to ready of {@code times} starts, after one that writes the class-data archive and is not counted */
    private double median(String name, Path jar, Map<String, String> env, int managementPort, int times) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: deploy/bench/run.sh builds it (run.sh builds the services)");
        }
        Path archive = stack.data.resolve("cds").resolve("bench-" + jar.getParent().getParent().getParent().getFileName() + ".jsa");
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        startAndStop(name, jar, env, managementPort, "-XX:ArchiveClassesAtExit=" + archive);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            seconds.add(startAndStop(name, jar, env, managementPort, "-XX:SharedArchiveFile=" + archive));
        }
        Collections.sort(seconds);
        double median = seconds.get(times / 2);
        Latencies.line("  %-24s %s s, median %.2f s", name, seconds.stream().map(s -> String.format("%.2f", s)).toList(), median);
        return median;
    }

    private double startAndStop(String name, Path jar, Map<String, String> env, int managementPort, String archive) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "@deploy/jvm/service.options", archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(stack.root.toFile()).redirectErrorStream(true)
                .redirectOutput(stack.data.resolve("bench-start-" + name.replace(' ', '-') + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
            while (!Stack.answers(ready)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped before it was ready (exit " + process.exitValue() + "), see "
                            + stack.data.resolve("bench-start-" + name.replace(' ', '-') + ".log"));
                }
                if (System.nanoTime() - started > PATIENCE.toNanos()) {
                    throw new IllegalStateException(name + " was not ready within " + PATIENCE);
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** stop.sh, then run.sh without the build until it returns (every health check up) */
    private double wholeStack() throws Exception {
        run("deploy/local/stop.sh");
        long started = System.nanoTime();
        run("deploy/local/run.sh");
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies.line("  %-24s %.2f s", "the whole stack", seconds);
        return seconds;
    }

    private void run(String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script).directory(stack.root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stack.data.resolve("bench-start-stack.log").toFile()));
        builder.environment().put("IPCASE_SKIP_BUILD", "true");
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " failed, see " + stack.data.resolve("bench-start-stack.log"));
        }
    }
}
