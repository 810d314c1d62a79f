package io.ipcase.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.ipcase.e2e.FaultChecks.Finding;
import io.ipcase.e2e.FaultHttp.Answer;

/**
 * The fault suite: the four packaged services on servers of its own, complete flows driven
 * through them while each service in turn is killed with SIGKILL and restarted, the Kafka broker
 * is stopped for 30 s and started again, and PostgreSQL is restarted. Then, for every flow: each
 * effect exactly once in every service, each event exactly once on its topic in causal order,
 * no event id twice, nothing on a dead-letter topic. This is what the outbox (state, audit entry
 * and event in one transaction; each event published once in a Kafka transaction, recovered after
 * a crash) and the idempotent consumers promise when a process or the broker dies.
 * <p>
 * Prints a summary and, per fault, how long the system took to recover. Logs of the services:
 * {@code target/e2e-logs/fault-<service>.log}.
 */
class FaultSuiteIT {

    /** a retried step gives up after this: longer than the longest outage plus a restart */
    static final Duration STEP_PATIENCE = Duration.ofSeconds(150);
    static final Duration LOAD_INTERVAL = Duration.ofMillis(4000);
    /** flows started at the steady pace (besides the bursts and the fresh flow after each fault: 68 flows in all) */
    static final int MAX_LOAD_FLOWS = 44;
    /** flows started together just before each fault, so that it strikes requests, commits and publications in flight */
    static final int BURST = 3;
    static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);

    static FaultyServers servers;
    static ServiceProcesses services;

    /** One fault and how the system came back from it. */
    static final class Fault {
        final String name;
        final Instant began = Instant.now();
        Instant restarted;
        Instant ready;
        volatile Instant recovered;
        CompletableFuture<Void> recovery;
        Integer exitStatus;
        FaultFlow probe;
        FaultFlow probe2;
        String note = "";

        Fault(String name) {
            this.name = name;
        }
    }

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final FaultSubjects subjects = new FaultSubjects();
    final List<FaultFlow> flows = Collections.synchronizedList(new ArrayList<>());
    final List<Fault> faults = new ArrayList<>();
    final AtomicInteger numbers = new AtomicInteger();
    final AtomicInteger loadFlows = new AtomicInteger();
    FaultHttp http;
    FlowDriver driver;
    ExecutorService pool;

    @Test
    @Timeout(value = 345, unit = TimeUnit.SECONDS)
    void nothingIsLostAppliedTwiceOrPublishedTwiceWhenProcessesAndTheBrokerAndTheDatabaseDie() throws Exception {
        Instant suiteBegan = Instant.now();
        servers = FaultyServers.start(Path.of("target", "fault-suite"));
        services = new ServiceProcesses(servers);
        for (String service : RunningSystem.SERVICES) {
            services.start(service);
        }
        services.awaitAllReady(Duration.ofMinutes(2));
        Instant systemUp = Instant.now();
        http = new FaultHttp(services, Duration.ofSeconds(20));
        driver = new FlowDriver(http, STEP_PATIENCE);
        setUpMediation();

        pool = Executors.newFixedThreadPool(40, daemon("fault-flow"));
        ScheduledExecutorService launcher = Executors.newSingleThreadScheduledExecutor(daemon("fault-launcher"));
        List<Finding> findings = new ArrayList<>();
        AtomicReference<FaultChecks.Round> lastRound = new AtomicReference<>();
        Instant faultsBegan = null;
        Instant faultsEnded = null;
        Instant flowsEnded = null;
        try {
            launcher.scheduleAtFixedRate(() -> {
                if (loadFlows.getAndIncrement() < MAX_LOAD_FLOWS) {
                    FaultFlow f = newFlow("load");
                    pool.submit(() -> driver.run(f));
                }
            }, 0, LOAD_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);

            // the system works before anything is broken
            Awaitility.await("two flows complete before the first fault").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> flowsSnapshot().stream().filter(f -> f.finished != null && f.failure == null).count() >= 2);

            faultsBegan = Instant.now();
            for (String service : RunningSystem.SERVICES) {
                burst();
                faults.add(killAndRestart(service));
            }
            // the consumers' recovery after their kills overlaps the next kills; the broker's outage begins once all have recovered
            awaitRecoveries();
            burst();
            faults.add(kafkaOutage());
            burst();
            faults.add(postgresRestart());
            faultsEnded = Instant.now();
        } finally {
            launcher.shutdownNow();
            pool.shutdown();
            if (!pool.awaitTermination(STEP_PATIENCE.toSeconds() + 30, TimeUnit.SECONDS)) {
                findings.add(new Finding(false, "flows still running " + (STEP_PATIENCE.toSeconds() + 30) + " s after the last fault"));
                pool.shutdownNow();
            }
            flowsEnded = Instant.now();
        }

        // what travels asynchronously (events, consumers, mail) settles; then every flow is judged
        FaultChecks checks = new FaultChecks(http, new FaultLedger(servers.kafkaBootstrapServers()), servers.smtp());
        try {
            Awaitility.await("every expected effect present").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(3)).pollInSameThread().until(() -> {
                        FaultChecks.Round round = checks.check(flowsSnapshot());
                        lastRound.set(round);
                        return !round.missing();
                    });
        } catch (ConditionTimeoutException e) {
            // judged below with what is there
        }
        FaultChecks.Round round = lastRound.get() != null ? lastRound.get() : checks.check(flowsSnapshot());
        findings.addAll(round.findings());
        Instant verified = Instant.now();

        System.out.println(summary(suiteBegan, systemUp, faultsBegan, faultsEnded, flowsEnded, verified, round, findings));
        if (!findings.isEmpty()) {
            fail(findings.size() + " findings across " + flowsSnapshot().size() + " flows (service logs in " + services.log("<service>")
                    + "):\n  " + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
        }
    }

    @AfterAll
    static void stopEverything() {
        if (services != null) {
            services.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    // ---- faults ----

    /**
     * SIGKILL, then the same service started again on its port; recovered when a fresh flow through it
     * has completed (for notification-service: when that flow's mail has arrived). The fresh flow
     * runs on while the next service is killed.
     */
    private Fault killAndRestart(String service) throws Exception {
        Fault fault = new Fault("kill -9 " + service);
        fault.exitStatus = services.kill9(service);
        services.start(service);
        fault.restarted = Instant.now();
        services.awaitReady(service, Duration.ofMinutes(2));
        fault.ready = Instant.now();
        fault.note = fault.exitStatus == 137 ? "SIGKILL (exit 137)" : "exit " + fault.exitStatus + " (not SIGKILL?)";
        // a fresh flow through the service: a dispute for mediation-service, a penalty (case → credit, mail) otherwise
        FaultFlow probe = newFlow(fault.name, service.equals("mediation-service") ? FaultFlow.Kind.DISPUTE : FaultFlow.Kind.PENALTY);
        fault.probe = probe;
        fault.recovery = CompletableFuture.runAsync(() -> {
            driver.run(probe);
            if (service.equals("notification-service") && probe.failure == null) {
                String address = probe.complainantEmail();
                Awaitility.await("mail of " + probe.tag()).atMost(STEP_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                    List<String> subjects = servers.smtp().receivedBy(address).stream().map(m -> String.valueOf(m.subject())).toList();
                    return subjects.stream().anyMatch(t -> t.startsWith("【受理通知】")) && subjects.stream().anyMatch(t -> t.startsWith("【决定书】"));
                });
                fault.recovered = Instant.now();
            } else {
                fault.recovered = probe.finished;
            }
        }, pool);
        return fault;
    }

    /** Waits, bounded, until the fresh flows after the faults so far have completed. */
    private void awaitRecoveries() throws Exception {
        CompletableFuture<?>[] pending = faults.stream().map(f -> f.recovery).filter(r -> r != null).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(pending).get(STEP_PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // each fault without a recovery time shows it in the table; the flows' findings say why
        }
    }

    /** The broker stopped for 30 s and started again on the same port and log directory. */
    private Fault kafkaOutage() throws Exception {
        Fault fault = new Fault("Kafka broker down " + KAFKA_OUTAGE.toSeconds() + " s");
        servers.stopKafka();
        Instant stopped = Instant.now();
        readsAndCommandsGoOnWithoutTheBroker(fault);
        Duration left = KAFKA_OUTAGE.minus(Duration.between(stopped, Instant.now()));
        if (!left.isNegative()) {
            Awaitility.await("the broker's outage").pollDelay(left).atMost(left.plusSeconds(5)).until(() -> true);
        }
        servers.startKafka();
        fault.restarted = Instant.now();
        fault.note = String.format("stop %.1f s", Duration.between(fault.began, stopped).toMillis() / 1000.0);
        services.awaitAllReady(Duration.ofMinutes(2));
        fault.ready = Instant.now();
        freshFlowsThroughEverything(fault);
        return fault;
    }

    /**
     * While the broker is away every service stays ready (readiness is the database's alone): a new case is taken (the
     * outbox keeps its event), it and a credit check are read; only case-service's broker health reports the outage,
     * once its relay has failed to publish that event.
     */
    private void readsAndCommandsGoOnWithoutTheBroker(Fault fault) {
        FaultFlow during = new FaultFlow(numbers.incrementAndGet(), FaultFlow.Kind.PENALTY, subjects.uscc(), true, run, fault.name);
        FaultHttp.Answer registered = http.post("case-service", "/cases", FaultHttp.OFFICER, during.registration(), UUID.randomUUID().toString());
        assertThat(registered.status()).as("a case registered while the broker is away: %s", registered).isEqualTo(201);
        Awaitility.await("case-service's broker health reports the outage").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> services.health("case-service", "/q/health/group/broker") == 503);
        for (String service : RunningSystem.SERVICES) {
            assertThat(services.health(service, "/q/health/ready")).as(service + " ready while the broker is away").isEqualTo(200);
        }
        assertThat(http.get("case-service", "/cases/" + registered.json().getString("id"), FaultHttp.OFFICER).status())
                .as("the case read while the broker is away").isEqualTo(200);
        FaultHttp.Answer check = http.get("credit-service", "/credit-checks/" + during.subject, new FaultHttp.User("credit-china", "credit-platform", null));
        assertThat(check.status()).as("a credit check while the broker is away: %s", check).isEqualTo(200);
    }

    /** PostgreSQL stopped (fast shutdown: every session ended) and started again on the same data directory and port. */
    private Fault postgresRestart() throws Exception {
        Fault fault = new Fault("PostgreSQL restart");
        servers.stopPostgres();
        Instant stopped = Instant.now();
        servers.startPostgres();
        fault.restarted = Instant.now();
        fault.note = String.format("stop %.1f s, start %.1f s", Duration.between(fault.began, stopped).toMillis() / 1000.0,
                Duration.between(stopped, fault.restarted).toMillis() / 1000.0);
        services.awaitAllReady(Duration.ofMinutes(2));
        fault.ready = Instant.now();
        freshFlowsThroughEverything(fault);
        return fault;
    }

    /** After a fault that touched every service: a penalty (case → credit) and a dispute (case → mediation) at once; recovered when both are done. */
    private void freshFlowsThroughEverything(Fault fault) throws Exception {
        FaultFlow penalty = newFlow(fault.name, FaultFlow.Kind.PENALTY);
        FaultFlow dispute = newFlow(fault.name, FaultFlow.Kind.DISPUTE);
        fault.probe = penalty;
        fault.probe2 = dispute;
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> driver.run(dispute), pool);
        driver.run(penalty);
        other.get(STEP_PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
        fault.recovered = penalty.finished.isAfter(dispute.finished) ? penalty.finished : dispute.finished;
    }

    // ---- flows ----

    private void burst() {
        for (int i = 0; i < BURST; i++) {
            FaultFlow f = newFlow("burst");
            pool.submit(() -> driver.run(f));
        }
    }

    private FaultFlow newFlow(String origin) {
        int no = numbers.incrementAndGet();
        return newFlow(origin, no % 4 == 0 ? FaultFlow.Kind.DISPUTE : FaultFlow.Kind.PENALTY, no);
    }

    private FaultFlow newFlow(String origin, FaultFlow.Kind kind) {
        return newFlow(origin, kind, numbers.incrementAndGet());
    }

    private FaultFlow newFlow(String origin, FaultFlow.Kind kind, int no) {
        boolean organisation = no % 3 == 0;
        FaultFlow f = new FaultFlow(no, kind, organisation ? subjects.uscc() : subjects.residentId(), organisation, run, origin);
        flows.add(f);
        return f;
    }

    private List<FaultFlow> flowsSnapshot() {
        synchronized (flows) {
            return List.copyOf(flows);
        }
    }

    /** The mediation organisation of 九江 and its mediator, as README's dispute walk-through sets them up. */
    private void setUpMediation() {
        String orgKey = UUID.randomUUID().toString();
        AtomicReference<String> org = new AtomicReference<>();
        Awaitility.await("mediation organisation registered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .pollInSameThread().until(() -> {
                    Answer a = http.post("mediation-service", "/mediation-organisations", FaultHttp.ADMIN,
                            "{\"name\":\"九江市知识产权纠纷人民调解委员会\",\"kind\":\"PEOPLES\",\"region\":\"360400\",\"admins\":[\"org-admin-jj\"]}", orgKey);
                    if (a.status() == 201) {
                        org.set(a.json().getString("id"));
                        return true;
                    }
                    if (!a.transientFailure()) {
                        throw new IllegalStateException("registering the mediation organisation: " + a);
                    }
                    return false;
                });
        String mediatorKey = UUID.randomUUID().toString();
        Awaitility.await("mediator added").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).pollInSameThread().until(() -> {
            Answer a = http.post("mediation-service", "/mediation-organisations/" + org.get() + "/mediators", FaultHttp.ORG_ADMIN,
                    "{\"id\":\"mediator-chen\",\"name\":\"陈敏\",\"ipKinds\":[\"PATENT_UTILITY_MODEL\",\"PATENT_INVENTION\"]}", mediatorKey);
            if (a.status() == 201) {
                return true;
            }
            if (!a.transientFailure()) {
                throw new IllegalStateException("adding the mediator: " + a);
            }
            return false;
        });
    }

    // ---- report ----

    private String summary(Instant began, Instant systemUp, Instant faultsBegan, Instant faultsEnded, Instant flowsEnded, Instant verified,
            FaultChecks.Round round, List<Finding> findings) {
        List<FaultFlow> all = flowsSnapshot();
        StringBuilder out = new StringBuilder("\n===== ipcase fault suite (run " + run + ") =====\n");
        out.append(String.format("timeline: system up %s s, faults %s–%s s, flows drained %s s, verified %s s (from the suite's start)%n",
                secs(began, systemUp), secs(began, faultsBegan), secs(began, faultsEnded), secs(began, flowsEnded), secs(began, verified)));
        Map<FaultFlow.Kind, Long> byKind = all.stream().collect(Collectors.groupingBy(f -> f.kind, () -> new TreeMap<>(), Collectors.counting()));
        long completed = all.stream().filter(f -> f.finished != null && f.failure == null).count();
        List<Long> took = all.stream().map(FaultFlow::took).filter(d -> d != null).map(Duration::toMillis).sorted().toList();
        out.append(String.format("flows: %d (%s), completed %d, failed %d; duration p50 %.1f s, max %.1f s%n", all.size(), byKind, completed,
                all.size() - completed, took.isEmpty() ? 0.0 : took.get(took.size() / 2) / 1000.0, took.isEmpty() ? 0.0 : took.get(took.size() - 1) / 1000.0));
        out.append(String.format("requests by flows: %d attempts; first answers given up on by impatient flows: %d; state changes found done "
                + "on a retry (409, already in the target state): %d; answers replayed for an Idempotency-Key: %d%n",
                all.stream().mapToInt(f -> f.attempts.get()).sum(), all.stream().mapToInt(f -> f.answersLost.get()).sum(),
                all.stream().mapToInt(f -> f.conflictsTakenAsDone.get()).sum(), all.stream().mapToInt(f -> f.replays.get()).sum()));
        out.append("HTTP answers seen: ").append(new TreeMap<>(http.seen.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())))).append('\n');
        out.append("events read (read_committed): ").append(round.eventsPerTopic()).append('\n');
        out.append("dead-letter topics: ").append(round.deadLettersPerTopic().isEmpty() ? "none exist" : round.deadLettersPerTopic()).append('\n');
        out.append("mail: ").append(round.mails()).append(" received, ").append(round.mailsResentWithSameMessageId())
                .append(" of them sent again with the same Message-ID (allowed: counted once)\n");
        List<FaultFlow> slow = all.stream().filter(f -> f.took() != null).sorted(Comparator.comparing(FaultFlow::took).reversed()).limit(5).toList();
        out.append("slowest flows:\n");
        for (FaultFlow f : slow) {
            out.append(String.format("  %-70s %6.1f s  %s%n", f.tag() + " [" + f.origin + "]", f.took().toMillis() / 1000.0, f.trail));
        }

        out.append("\nrecovery per fault (seconds):\n");
        String row = "| %-28s | %-24s | %8s | %9s | %10s | %9s | %s |%n";
        out.append(String.format(row, "fault", "how", "down s", "ready s", "flow s", "total s", "fresh flows"));
        out.append(String.format(row, "---", "---", "---:", "---:", "---:", "---:", "---"));
        for (Fault f : faults) {
            out.append(String.format(row, f.name, f.note,
                    secs(f.began, f.restarted), secs(f.restarted, f.ready), secs(f.ready, f.recovered), secs(f.began, f.recovered),
                    freshFlows(f)));
        }
        out.append("down: fault → restart issued; ready: restart → every affected service's /q/health/ready is 200; flow: ready → a fresh flow\n"
                + "through it completed (for notification-service: its mail arrived); total: fault → recovered. A restarted consumer gets its\n"
                + "partitions only once the group has dropped the killed member (the consumer session timeout): hence the consumers' flow times.\n");
        out.append("\nverdict: ").append(findings.isEmpty() ? "every flow's effects exactly once in every service and on every topic, in order; "
                + "no event id twice; no dead letters" : findings.size() + " findings").append('\n');
        findings.stream().limit(60).forEach(f -> out.append("  ").append(f).append('\n'));
        return out.toString();
    }

    private static String freshFlows(Fault f) {
        return java.util.stream.Stream.of(f.probe, f.probe2).filter(p -> p != null)
                .map(p -> "flow " + p.no + " " + p.kind.name().toLowerCase() + (p.failure == null ? "" : " FAILED")).collect(Collectors.joining(", "));
    }

    private static String secs(Instant from, Instant to) {
        return from == null || to == null ? "-" : String.format("%.1f", Duration.between(from, to).toMillis() / 1000.0);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
