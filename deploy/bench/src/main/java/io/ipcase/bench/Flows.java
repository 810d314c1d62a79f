package io.ipcase.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Recorder;
import org.awaitility.Awaitility;

/**
 * A command and its effect downstream, on the ruling track's five commands per flow: register, accept, issue-decision
 * (→ the decision mailed to the respondent, which serves it), demand-performance and record-non-performance (→
 * credit-service proposes the respondent for the dishonesty list: listing-proposed on ipcase.credit.events). Each flow has
 * its own respondent (a fresh USCC and address). The law's periods between them (15 days to sue, the demand's days)
 * are passed by moving the local stack's clocks, so the commands run in three stretches at the same flow rate; each
 * effect is timed from its command's intended send time, beside the broker's own produce → consume at that rate.
 */
final class Flows {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String CREDIT_EVENTS = "ipcase.credit.events";
    private static final String CASE_EVENTS = "ipcase.case.events";
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 3) * 2L);

    record Flow(String caseId, String subject, String email) {
    }

    private final Stack stack;
    private final Report report;
    private final Duration duration;
    private final String officer = Stack.token("officer", "officer-li", "360400");
    private final String admin = Stack.token("admin", "admin-root", null);
    private final String cases = Stack.CASE.api() + "/api/v1/cases";

    Flows(Stack stack, Report report, Duration duration) {
        this.stack = stack;
        this.report = report;
        this.duration = duration;
    }

    void run(double flowsPerSecond) throws Exception {
        Latencies.line("command → effect downstream (%.0f flows/s)", flowsPerSecond);
        String ruling = Files.readString(stack.root.resolve("deploy/local/examples/ruling-request.json"), StandardCharsets.UTF_8);
        try (Effects effects = new Effects(stack, List.of(CASE_EVENTS, CREDIT_EVENTS))) {
            Load.Result broker = Load.open("broker", flowsPerSecond, duration, effects::roundTrip);

            // 1. register, accept, issue-decision: the decision's mail timed from issue-decision's send
            ConcurrentLinkedQueue<Flow> decided = new ConcurrentLinkedQueue<>();
            Recorder mailed = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
            // the first leg of the way, to tell case-service's outbox from the consumer behind it
            Recorder published = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
            Load.AsyncCall firstLeg = () -> {
                Flow draft = new Flow(null, Subjects.uscc(), "bench-" + UUID.randomUUID() + "@example.cn");
                return Http.post(cases, officer, respondent(ruling, draft)).thenCompose(registered -> {
                    Matcher id = ID.matcher(registered.body());
                    if (registered.status() != 201 || !id.find()) {
                        return CompletableFuture.completedFuture(false);
                    }
                    Flow flow = new Flow(id.group(1), draft.subject(), draft.email());
                    return Http.post(cases + "/" + flow.caseId() + "/accept", officer, "{}").thenCompose(accepted -> {
                        if (accepted.status() != 200) {
                            return CompletableFuture.completedFuture(false);
                        }
                        CompletableFuture<Void> mail = effects.mail(flow.email(), "【决定书】");
                        long sent = System.nanoTime();
                        effects.event(CASE_EVENTS, flow.caseId(), "ipcase.case.decision-issued.v1")
                                .thenRun(() -> published.recordValue((System.nanoTime() - sent) / 1000));
                        return Http.post(cases + "/" + flow.caseId() + "/issue-decision", officer,
                                "{\"decision\":{\"infringementFound\":true,\"orders\":\"责令立即停止销售侵权产品\"}}")
                                .thenCompose(issued -> issued.status() != 200 ? CompletableFuture.completedFuture(false)
                                        : mail.thenApply(v -> {
                                            mailed.recordValue((System.nanoTime() - sent) / 1000);
                                            decided.add(flow);
                                            return true;
                                        }));
                    });
                });
            };
            // a just-started stack compiles its code on the first flows: they are run, and left out of the figures
            Load.open("warm-up", flowsPerSecond / 2, WARM_UP, firstLeg);
            // and the consumers are let finish with them, so that the measured flows do not queue behind them
            stack.awaitQuiet(report);
            mailed.reset();
            published.reset();
            Load.Result first = Load.open("register, accept, issue-decision", flowsPerSecond, duration, firstLeg);
            Load.Result mail = new Load.Result("issue-decision → mail", flowsPerSecond, mailed.getIntervalHistogram(), first.ok(), first.failed(),
                    first.firstFailure());
            Load.Result outbox = new Load.Result("issue-decision → decision-issued", flowsPerSecond, published.getIntervalHistogram(), first.ok(),
                    first.failed(), first.firstFailure());
            effect(String.format("issue-decision → decision-issued read on %s (case-service's outbox), at %.0f flows/s", CASE_EVENTS, flowsPerSecond),
                    outbox, broker);
            effect(String.format("issue-decision → the decision's mail in the SMTP server, at %.0f flows/s", flowsPerSecond), mail, broker);

            // 2. past the window to sue: each decision in force, then the demand to perform
            List<Flow> served = List.copyOf(decided);
            LocalDate appealDeadline = served.stream().map(f -> LocalDate.parse(until(f, "appealDeadline", "SERVED"))).max(LocalDate::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no flow reached its decision: " + first.firstFailure()));
            shiftClocksPast(appealDeadline);
            ConcurrentLinkedQueue<Flow> toDemand = new ConcurrentLinkedQueue<>(served);
            served.forEach(f -> until(f, "effectiveOn", "EFFECTIVE"));
            ConcurrentLinkedQueue<Flow> demanded = new ConcurrentLinkedQueue<>();
            Load.open("demand-performance", flowsPerSecond, forEach(served.size(), flowsPerSecond), () -> {
                Flow f = toDemand.poll();
                return f == null ? CompletableFuture.completedFuture(false)
                        : Http.post(cases + "/" + f.caseId() + "/demand-performance", officer, "{}").thenApply(a -> {
                            if (a.status() == 200) {
                                demanded.add(f);
                            }
                            return a.status() == 200;
                        });
            });
            LocalDate demandDue = demanded.stream().map(f -> LocalDate.parse(until(f, "demandDue", "EFFECTIVE"))).max(LocalDate::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no demand to perform was served"));
            shiftClocksPast(demandDue);

            // 3. the refusal recorded: the proposal to list, timed from record-non-performance's send
            Recorder notPerformed = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
            Load.Result proposed = Load.open("record-non-performance → listing-proposed", flowsPerSecond, forEach(demanded.size(), flowsPerSecond), () -> {
                Flow f = demanded.poll();
                if (f == null) {
                    return CompletableFuture.completedFuture(false);
                }
                CompletableFuture<Void> proposal = effects.event(CREDIT_EVENTS, f.subject(), "ipcase.credit.listing-proposed.v1");
                long sent = System.nanoTime();
                effects.event(CASE_EVENTS, f.caseId(), "ipcase.case.decision-not-performed.v1")
                        .thenRun(() -> notPerformed.recordValue((System.nanoTime() - sent) / 1000));
                return Http.post(cases + "/" + f.caseId() + "/record-non-performance", officer, "{\"reason\":\"经催告，被请求人拒不履行裁决\"}")
                        .thenCompose(a -> a.status() != 200 ? CompletableFuture.completedFuture(false) : proposal.thenApply(v -> true));
            });
            effect(String.format("record-non-performance → decision-not-performed read on %s (case-service's outbox), at %.0f flows/s", CASE_EVENTS,
                    flowsPerSecond), new Load.Result("record-non-performance → decision-not-performed", flowsPerSecond, notPerformed.getIntervalHistogram(),
                            proposed.ok(), proposed.failed(), proposed.firstFailure()), broker);
            effect(String.format("record-non-performance → listing-proposed read on %s, at %.0f flows/s", CREDIT_EVENTS, flowsPerSecond), proposed,
                    broker);
        }
    }

    /** the time that sends one command for each of {@code flows} at the rate */
    private static Duration forEach(int flows, double perSecond) {
        return Duration.ofMillis((long) Math.ceil(flows * 1000 / perSecond));
    }

    private void effect(String figure, Load.Result result, Load.Result broker) {
        report.add(new Report.Row(figure, String.format("p50 %.1f ms, p99 %.1f ms", result.p50Millis(), result.p99Millis()),
                "Kafka produce → consume (acks=all) at the same rate", String.format("p50 %.1f ms, p99 %.1f ms", broker.p50Millis(), broker.p99Millis()),
                null, "p99 ≤ 100 ms", result.p99Millis() <= 100 && result.failed() == 0 && result.ok() > 0,
                Map.of("p50Ms", result.p50Millis(), "p99Ms", result.p99Millis(), "ok", result.ok(), "failed", result.failed(), "brokerP50Ms",
                        broker.p50Millis(), "brokerP99Ms", broker.p99Millis())));
        if (result.failed() > 0) {
            report.note(String.format("%s: %d of %d failed (%s)", result.name(), result.failed(), result.ok() + result.failed(), result.firstFailure()));
        }
    }

    /** the ruling request with this flow's respondent: an organisation that consented to service by e-mail */
    static String respondent(String ruling, Flow flow) {
        return ruling.replaceFirst("(?s)\"respondents\": \\[.*?\\]", """
                "respondents": [ { "kind": "ORGANISATION", "name": "九江某某贸易有限公司", "uscc": "%s", "email": "%s", "eServiceConsent": true } ]"""
                .formatted(flow.subject(), flow.email()));
    }

    /** a field of the case once it is in {@code state} (the services act on each other's events meanwhile) */
    private String until(Flow flow, String field, String state) {
        Pattern value = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"");
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Http.Answer a = Http.get(cases + "/" + flow.caseId(), officer).get();
            Matcher m = value.matcher(a.body());
            if (a.body().contains("\"state\":\"" + state + "\"") && m.find()) {
                found[0] = m.group(1);
                return true;
            }
            return false;
        });
        return found[0];
    }

    /** every service's clock moved past {@code day} (the local stack's admin facility; production's clock cannot move) */
    private void shiftClocksPast(LocalDate day) throws Exception {
        Http.Answer clock = Http.get(Stack.CASE.api() + "/api/v1/dev/clock", admin).get();
        Matcher today = Pattern.compile("\"today\"\\s*:\\s*\"([^\"]+)\"").matcher(clock.body());
        if (!today.find()) {
            throw new IllegalStateException("the local clock did not answer: " + clock.status() + " " + clock.body());
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(LocalDate.parse(today.group(1)), day) + 1);
        for (Stack.Service s : List.of(Stack.CASE, Stack.MEDIATION, Stack.CREDIT, Stack.NOTIFICATION)) {
            Http.Answer shifted = Http.post(s.api() + "/api/v1/dev/clock/shift", admin, "{\"days\":" + days + "}").get();
            if (shifted.status() != 200) {
                throw new IllegalStateException(s.name() + " did not move its clock: " + shifted.status() + " " + shifted.body());
            }
        }
        Latencies.line("  the local clocks moved %d days on, past %s", days, day);
    }
}
