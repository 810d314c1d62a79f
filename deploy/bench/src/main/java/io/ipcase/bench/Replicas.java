package io.ipcase.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Two replicas of case-service and of credit-service: a second instance of each beside the stack's, on ports of its
 * own, on the same database and broker — they share the outbox's lanes (whichever holds a lane's lock publishes its
 * rows, whoever wrote them) and the consumer groups' partitions. Under load spread over both:
 * <ul>
 * <li>each case's three commands go to alternating replicas (register on one, accept on the other, issue-decision on
 * the first), and every case's events must be read off the topic in the order its commands ran: each event's
 * {@code previousState} is the state the one before it left (or, for a second event of the same step, the same move)
 * — checked for every case;</li>
 * <li>credit checks alternate between the two credit-service replicas;</li>
 * <li>the resident memory of all four processes after the load.</li>
 * </ul>
 */
final class Replicas {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("\"previousState\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private record Replica(Stack.Service service, Process process, long pid) {
    }

    private final Stack stack;
    private final Report report;
    private final Duration warmUp = Duration.ofSeconds(3);
    private final Duration duration;

    Replicas(Stack stack, Report report, Duration duration) {
        this.stack = stack;
        this.report = report;
        this.duration = duration;
    }

    void run(double flowsPerSecond) throws Exception {
        Latencies.line("%s", "two replicas of case-service and credit-service");
        Replica secondCase = start(Stack.CASE, 18081, 19181);
        Replica secondCredit = null;
        try {
            secondCredit = start(Stack.CREDIT, 18083, 19183);
            Map<TopicPartition, Long> from = stack.endOffsets("ipcase.case.events");
            List<String> caseApis = List.of(Stack.CASE.api(), secondCase.service().api());
            String officer = Stack.token("officer", "officer-li", "360400");
            String ruling = Files.readString(stack.root.resolve("deploy/local/examples/ruling-request.json"), StandardCharsets.UTF_8);
            Set<String> cases = ConcurrentHashMap.newKeySet();
            AtomicInteger turn = new AtomicInteger();
            Load.AsyncCall flow = () -> {
                int first = turn.getAndIncrement() % 2;
                String one = caseApis.get(first) + "/api/v1/cases";
                String other = caseApis.get(1 - first) + "/api/v1/cases";
                return Http.post(one, officer, Flows.respondent(ruling, new Flows.Flow(null, Subjects.uscc(), "bench-" + UUID.randomUUID() + "@example.cn")))
                        .thenCompose(registered -> {
                            Matcher id = ID.matcher(registered.body());
                            if (registered.status() != 201 || !id.find()) {
                                return CompletableFuture.completedFuture(false);
                            }
                            String caseId = id.group(1);
                            cases.add(caseId);
                            return Http.post(other + "/" + caseId + "/accept", officer, "{}")
                                    .thenCompose(accepted -> accepted.status() != 200 ? CompletableFuture.completedFuture(false)
                                            : Http.post(one + "/" + caseId + "/issue-decision", officer,
                                                    "{\"decision\":{\"infringementFound\":true,\"orders\":\"责令立即停止销售侵权产品\"}}")
                                                    .thenApply(issued -> issued.status() == 200));
                        });
            };
            // the second replicas are just started: their first flows are run and left out of the figures (their order still checked)
            Load.open("warm-up", flowsPerSecond / 2, Flows.WARM_UP, flow);
            stack.awaitQuiet(report);
            Load.Result flows = Load.open("three commands over two replicas", flowsPerSecond, duration, flow);
            report.add(new Report.Row(String.format("register, accept, issue-decision on alternating case-service replicas, %.0f flows/s", flowsPerSecond),
                    String.format("%,d of %,d flows answered as expected, p99 %.1f ms", flows.ok(), flows.ok() + flows.failed(), flows.p99Millis()), "—", "—",
                    null, "every flow answered", flows.failed() == 0, Map.of("ok", flows.ok(), "failed", flows.failed(), "p99Ms", flows.p99Millis())));

            Map<String, List<String[]>> events = eventsByCase("ipcase.case.events", from, cases);
            List<String> outOfOrder = outOfOrder(events);
            long complete = events.values().stream().filter(e -> e.size() >= 3).count();
            report.add(new Report.Row("per-case order of the events both case-service replicas wrote (previousState follows on)",
                    String.format("%,d cases, %,d events, %d out of order", events.size(), events.values().stream().mapToInt(List::size).sum(), outOfOrder.size()),
                    "—", "—", null, "none out of order, every case's events read", outOfOrder.isEmpty() && complete == cases.size(),
                    Map.of("cases", cases.size(), "casesWithAllEvents", complete, "outOfOrder", outOfOrder.size())));
            outOfOrder.stream().limit(5).forEach(report::note);

            String platform = Stack.token("credit-platform", "bench-platform", null);
            List<String> checks = List.of(Stack.CREDIT.api() + "/api/v1/credit-checks/", secondCredit.service().api() + "/api/v1/credit-checks/");
            AtomicInteger next = new AtomicInteger();
            Load.Result both = Load.closedAsync("credit checks over two replicas", 32, warmUp, duration,
                    () -> Http.get(checks.get(next.getAndIncrement() % 2) + Subjects.uscc(), platform).thenApply(a -> a.status() == 200));
            report.add(new Report.Row("credit check over two credit-service replicas (32 connections)", Report.perSecond(both), "—", "—", null,
                    "every check answered", both.failed() == 0, Map.of("perSecond", both.perSecond(), "p99Ms", both.p99Millis(), "failed", both.failed())));

            for (Stack.Service s : List.of(Stack.CASE, Stack.CREDIT)) {
                rss(s.name() + ", first replica", stack.pid(s.name()));
            }
            rss("case-service, second replica", secondCase.pid());
            rss("credit-service, second replica", secondCredit.pid());
        } finally {
            stop(secondCase);
            if (secondCredit != null) {
                stop(secondCredit);
            }
        }
    }

    private void rss(String name, long pid) throws IOException {
        double mib = Stack.rssMiB(pid);
        report.add(new Report.Row("resident memory under two replicas, " + name, String.format("%.0f MiB after the load", mib), "—", "—", null,
                "≤ 200 MiB after the load", mib <= 200, Map.of("rssMiB", mib)));
    }

    /** a case's events out of order: one whose previousState is not the state the event before it left */
    static List<String> outOfOrder(Map<String, List<String[]>> events) {
        List<String> wrong = new ArrayList<>();
        events.forEach((caseId, list) -> {
            for (int i = 1; i < list.size(); i++) {
                String before = list.get(i - 1)[1];
                String previous = list.get(i)[2];
                // one command may publish several events of one step (accept: accepted and filed), each from and to the same states
                boolean sameStep = previous != null && previous.equals(list.get(i - 1)[2]) && String.valueOf(list.get(i)[1]).equals(before);
                if (previous != null && before != null && !previous.equals(before) && !sameStep) {
                    wrong.add(String.format("case %s: %s (from %s) read after %s (to %s)", caseId, list.get(i)[0], previous, list.get(i - 1)[0], before));
                }
            }
        });
        return wrong;
    }

    /** each case's events (type, state, previousState) in the order a consumer reads them, from {@code from} to the end */
    private Map<String, List<String[]>> eventsByCase(String topic, Map<TopicPartition, Long> from, Set<String> cases) throws Exception {
        Map<String, List<String[]>> byCase = new LinkedHashMap<>();
        // the last commands' events may still be on their way through the outbox
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (KafkaConsumer<String, String> consumer = stack.kafkaConsumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && cases.contains(r.key())) {
                        String type = new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                        byCase.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new String[] { type, group(STATE, r.value()), group(PREVIOUS, r.value()) });
                    }
                }
                boolean all = cases.stream().allMatch(c -> byCase.getOrDefault(c, List.of()).stream()
                        .anyMatch(e -> e[0].equals("ipcase.case.decision-issued.v1")));
                if (all) {
                    break;
                }
            }
        }
        return byCase;
    }

    private static String group(Pattern p, String json) {
        Matcher m = p.matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** a second instance of the service with run.sh's JVM options and profile, on its own ports; returns once it is ready */
    private Replica start(Stack.Service service, int port, int management) throws Exception {
        String prefix = service.envPrefix();
        List<String> command = List.of("java", "@deploy/jvm/service.options", "-jar", stack.root.resolve(service.name() + "/target/quarkus-app/quarkus-run.jar")
                .toString());
        String log = "bench-replica-" + service.name() + ".log";
        ProcessBuilder builder = new ProcessBuilder(command).directory(stack.root.toFile()).redirectErrorStream(true)
                .redirectOutput(stack.data.resolve(log).toFile());
        builder.environment().putAll(Map.of(prefix + "_SERVICE_PORT", String.valueOf(port), prefix + "_MANAGEMENT_PORT", String.valueOf(management),
                "QUARKUS_PROFILE", "local", "MALLOC_ARENA_MAX", "2",
                "IPCASE_AUDIT_CHECKPOINT_FILE", stack.data.resolve("bench-replica-" + service.name() + ".checkpoints.jsonl").toString()));
        Process process = builder.start();
        long started = System.nanoTime();
        URI ready = URI.create("http://127.0.0.1:" + management + "/q/health/ready");
        while (!Stack.answers(ready)) {
            if (!process.isAlive() || System.nanoTime() - started > PATIENCE.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("the second " + service.name() + " did not become ready, see " + stack.data.resolve(log));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        Latencies.line("  second %s ready on :%d in %.1f s", service.name(), port, (System.nanoTime() - started) / 1e9);
        return new Replica(new Stack.Service(service.name(), "http://127.0.0.1:" + port, "http://127.0.0.1:" + management), process, process.pid());
    }

    private static void stop(Replica replica) throws InterruptedException {
        replica.process().destroy();
        if (!replica.process().waitFor(60, TimeUnit.SECONDS)) {
            replica.process().destroyForcibly().waitFor();
        }
    }
}
