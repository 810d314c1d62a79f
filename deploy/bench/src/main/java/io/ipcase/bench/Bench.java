package io.ipcase.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance harness: every figure of README's "Performance" section measured against the running local stack,
 * each beside its floor measured in the same run.
 * <ul>
 * <li>throughput: a closed loop at a fixed concurrency, the figure and its floor alike;</li>
 * <li>latency: an open loop at half the throughput the figure reached, counted from each request's intended send time.</li>
 * </ul>
 * Usage (deploy/bench/run.sh): {@code Bench [all|credit|commands|flows|drain|replicas|start]}; {@code -Dbench.seconds}, {@code -Dbench.warmup}
 * set each load's length. Every request's answer is checked (a failed one is reported and fails its target).
 */
public final class Bench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SUBJECT_ID = Pattern.compile("\"subjectId\"\\s*:\\s*\"([0-9A-Z]{18})\"");

    private final Stack stack = new Stack();
    private final Report report = new Report();
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 3));
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private final Map<String, Double> rssAtStart = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        String only = args.length > 0 ? args[0] : "all";
        if (only.equals("probe")) {
            // an open loop at one address: Bench probe <url> <rate/s>
            Load.Result r = Load.open("probe", Double.parseDouble(args[2]), Duration.ofSeconds(Integer.getInteger("bench.seconds", 10)),
                    () -> expect(Http.get(args[1], null), 200));
            Latencies.line("%s: p50 %.1f ms, p99 %.1f ms, %d ok, %d failed (%s)", args[1], r.p50Millis(), r.p99Millis(), r.ok(), r.failed(),
                    r.firstFailure());
            System.exit(0);
        }
        Bench bench = new Bench();
        bench.rssAtStart();
        if (Set.of("all", "credit").contains(only)) {
            bench.credit();
        }
        if (Set.of("all", "commands").contains(only)) {
            bench.stack.awaitQuiet(bench.report);
            bench.commands();
        }
        if (Set.of("all", "flows").contains(only)) {
            bench.stack.awaitQuiet(bench.report);
            // five commands per flow, as an office's day brings them, each effect timed where its reader sees it
            new Flows(bench.stack, bench.report, bench.duration).run(Double.parseDouble(System.getProperty("bench.flows", "20")));
        }
        if (Set.of("all", "replicas").contains(only)) {
            bench.stack.awaitQuiet(bench.report);
            new Replicas(bench.stack, bench.report, bench.duration).run(Double.parseDouble(System.getProperty("bench.flows", "20")));
        }
        if (Set.of("all", "drain").contains(only)) {
            bench.stack.awaitQuiet(bench.report);
            // after the flows: their events are the backlog's mix
            new Drain(bench.stack, bench.report, bench.duration).run(Integer.getInteger("bench.drain", 50_000));
        }
        bench.memory();
        if (Set.of("all", "start").contains(only)) {
            bench.stack.awaitQuiet(bench.report);
            // last: it restarts the stack
            new Starts(bench.stack, bench.report).run(Integer.getInteger("bench.starts", 5));
        }
        bench.report.print();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("cores", Runtime.getRuntime().availableProcessors());
        context.put("secondsPerLoad", bench.duration.toSeconds());
        context.put("java", System.getProperty("java.version"));
        Latencies.line("%s", "\nwritten to " + bench.report.write(bench.stack.root.resolve("deploy/bench/results"), context));
        System.exit(0);
    }

    private static final List<Stack.Service> SERVICES = List.of(Stack.CASE, Stack.MEDIATION, Stack.CREDIT, Stack.NOTIFICATION);

    private void rssAtStart() throws Exception {
        for (Stack.Service s : SERVICES) {
            rssAtStart.put(s.name(), Stack.rssMiB(stack.pid(s.name())));
        }
    }

    /** credit checks, one subject and 1,000, beside credit-service's liveness endpoint (framework and HTTP alone) */
    void credit() throws Exception {
        Latencies.line("%s", "credit checks (32 connections)");
        String token = Stack.token("credit-platform", "bench-platform", null);
        String checks = Stack.CREDIT.api() + "/api/v1/credit-checks";
        Load.Result live = Load.closedAsync("liveness", 32, warmUp, duration, () -> expect(Http.get(Stack.CREDIT.management() + "/q/health/live", null), 200));
        Load.Result single = Load.closedAsync("check", 32, warmUp, duration, () -> expect(Http.get(checks + "/" + Subjects.uscc(), token), 200));
        report.throughput("credit check, one subject, not listed", single, "credit-service liveness", live, 0.5);

        List<String> listed = listedSubjects();
        if (listed.isEmpty()) {
            report.note("no subject is listed on this stack: the check of a listed subject was not measured (deploy/local/demo.sh lists some)");
        } else {
            Load.Result listedChecks = Load.closedAsync("check listed", 32, warmUp, duration,
                    () -> expect(Http.get(checks + "/" + listed.get((int) (Math.random() * listed.size())), token), 200));
            report.throughput("credit check, one subject, listed", listedChecks, "credit-service liveness", live, 0.5);
        }
        Load.Result singleOpen = Load.open("check, open", single.perSecond() / 2, duration,
                () -> expect(Http.get(checks + "/" + Subjects.uscc(), token), 200));
        report.latency(String.format("credit check at %,.0f/s (half its throughput)", single.perSecond() / 2), singleOpen, 10);

        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bodies.add(Subjects.bulk(1000));
        }
        Load.Result bulk = Load.closedAsync("bulk", 4, warmUp, duration,
                () -> expect(Http.post(checks, token, bodies.get((int) (Math.random() * bodies.size()))), 200));
        report.add(new Report.Row("bulk credit check, 1,000 subjects (4 connections)", Report.perSecond(bulk), "—", "—", null, "—", null,
                Map.of("perSecond", bulk.perSecond(), "p99Ms", bulk.p99Millis())));
        Load.Result bulkOpen = Load.open("bulk, open", Math.max(1, bulk.perSecond() / 2), duration,
                () -> expect(Http.post(checks, token, bodies.get((int) (Math.random() * bodies.size()))), 200));
        report.latency(String.format("bulk check at %,.0f/s (half its throughput)", Math.max(1, bulk.perSecond() / 2)), bulkOpen, 50);
    }

    /** subjects listed now, as a credit officer of the local region sees them */
    private List<String> listedSubjects() throws Exception {
        String token = Stack.token("credit-officer", "bench-credit-officer", "360400");
        Http.Answer page = Http.get(Stack.CREDIT.api() + "/api/v1/listings?state=LISTED&size=100", token).get();
        List<String> ids = new ArrayList<>();
        Matcher m = SUBJECT_ID.matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * Filing a case and a command on it (accept), each beside PostgreSQL replaying the very transaction case-service
     * issued for it (captured from the server's statement log) at the same concurrency.
     */
    void commands() throws Exception {
        Latencies.line("%s", "case registration and commands (16 connections)");
        String token = Stack.token("officer", "officer-li", "360400");
        String cases = Stack.CASE.api() + "/api/v1/cases";
        String body = Files.readString(stack.root.resolve("deploy/local/examples/penalty-case.json"), StandardCharsets.UTF_8);
        ConcurrentLinkedQueue<String> registered = new ConcurrentLinkedQueue<>();
        Load.AsyncCall register = () -> created(Http.post(cases, token, body), 201, registered);
        CapturedTransaction registration = CapturedTransaction.capture(stack, "case_service", Pattern.compile("insert into ip_case\\b"),
                () -> register.start().get());
        report.note("case registration's transaction: " + registration.statements.size() + " statements, replayed as captured with fresh ids");
        // the replay's cases (copies of a registered one) are what the command's replay then works on, each once
        ConcurrentLinkedQueue<String> replayedCases = new ConcurrentLinkedQueue<>();
        Load.Result registrationFloor = replay("registration replay", registration, () -> java.util.UUID.randomUUID().toString(), replayedCases);
        Load.Result registrations = Load.closedAsync("register", 16, warmUp, duration, register);
        report.throughput("file a case (POST /cases)", registrations, "PostgreSQL replaying its transaction", registrationFloor, 0.5);
        Load.Result registrationsOpen = Load.open("register, open", registrations.perSecond() / 2, duration, register);
        report.latency(String.format("file a case at %,.0f/s (half its throughput)", registrations.perSecond() / 2), registrationsOpen, 50);

        Load.AsyncCall accept = () -> {
            String id = registered.poll();
            return id == null ? CompletableFuture.completedFuture(false) : expect(Http.post(cases + "/" + id + "/accept", token, "{}"), 200);
        };
        CapturedTransaction acceptance = CapturedTransaction.capture(stack, "case_service", Pattern.compile("update ip_case\\b"),
                () -> accept.start().get());
        Load.Result accepts = Load.closedAsync("accept", 16, warmUp, duration, accept);
        report.note("accept's transaction: " + acceptance.statements.size() + " statements, replayed on the cases the registration's replay "
                + "created, each once");
        // each case once while they last; then again, in any order (the update finds the case moved on and changes no row,
        // the rest of the transaction is the same), so that a floor faster than the registration's replay never runs dry
        List<String> everyReplayedCase = List.copyOf(replayedCases);
        Load.Result acceptFloor = replay("accept replay", acceptance, () -> {
            String id = replayedCases.poll();
            return id != null ? id : everyReplayedCase.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(everyReplayedCase.size()));
        }, null);
        report.throughput("accept a case (a command)", accepts, "PostgreSQL replaying its transaction", acceptFloor, 0.5);
        Load.Result acceptsOpen = Load.open("accept, open", accepts.perSecond() / 2, duration, accept);
        report.latency(String.format("accept at %,.0f/s (half its throughput)", accepts.perSecond() / 2), acceptsOpen, 50);
    }

    private Load.Result replay(String name, CapturedTransaction transaction, java.util.function.Supplier<String> existing,
            java.util.Queue<String> created) throws Exception {
        List<CapturedTransaction.Replay> loops = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            loops.add(transaction.replay(stack, existing, created));
        }
        Latencies.line("%s", transaction.describe());
        try {
            // once alone first: a replay that fails is no floor
            loops.get(0).call();
            return Load.closed(name, 16, warmUp, duration, loops::get);
        } finally {
            for (CapturedTransaction.Replay loop : loops) {
                loop.close();
            }
        }
    }

    /** resident memory of each service when the run began and now, after the load */
    void memory() throws Exception {
        for (Stack.Service s : SERVICES) {
            double after = Stack.rssMiB(stack.pid(s.name()));
            report.add(new Report.Row("resident memory, " + s.name(), String.format("%.0f MiB at start of run, %.0f MiB after", rssAtStart.get(s.name()), after),
                    "—", "—", null, "≤ 200 MiB after the load", after <= 200, Map.of("rssStartMiB", rssAtStart.get(s.name()), "rssAfterMiB", after)));
        }
    }

    private static CompletableFuture<Boolean> expect(CompletableFuture<Http.Answer> answer, int status) {
        return answer.thenApply(a -> a.status() == status);
    }

    /** as {@link #expect}, keeping the id of what the answer created */
    private static CompletableFuture<Boolean> created(CompletableFuture<Http.Answer> answer, int status, ConcurrentLinkedQueue<String> ids) {
        return answer.thenApply(a -> {
            Matcher id = ID.matcher(a.body());
            if (a.status() == status && id.find()) {
                ids.add(id.group(1));
                return true;
            }
            return false;
        });
    }
}
