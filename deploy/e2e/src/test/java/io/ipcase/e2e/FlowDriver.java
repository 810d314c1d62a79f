package io.ipcase.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import io.ipcase.e2e.FaultHttp.Answer;

/**
 * Drives a {@link FaultFlow} through REST as the officer, the mediator and the credit officer would,
 * while services and servers die under it: every step is retried until it succeeds or its deadline
 * passes. Every POST carries an {@code Idempotency-Key}, one per logical request and the same on
 * each retry. A state change whose answer was lost answers 409 on the retry: that is done when the
 * case (or mediation) already stands in the state the step leads to.
 */
final class FlowDriver {

    /** a step that cannot succeed by retrying: the flow has failed */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    /** how long an impatient flow waits for the first answer to a POST */
    static final Duration IMPATIENCE = Duration.ofMillis(25);

    private final FaultHttp http;
    private final Duration stepPatience;

    FlowDriver(FaultHttp http, Duration stepPatience) {
        this.http = http;
        this.stepPatience = stepPatience;
    }

    /** Runs the flow to its end; a failure is recorded on the flow, never thrown. */
    void run(FaultFlow f) {
        f.started = Instant.now();
        try {
            f.caseId = register(f);
            act(f, "accept", "{}", "INVESTIGATING");
            if (f.kind == FaultFlow.Kind.PENALTY) {
                // the party is told of the intended penalty (and waives its say in writing); the head decides
                act(f, "penalty-notice", "{\"partyWaived\":true}", null);
                act(f, FaultHttp.HEAD, "issue-decision",
                        "{\"decision\":{\"infringementFound\":true,\"intentional\":false,\"fine\":8000,\"orders\":\"停止侵权\"}}", "DECIDED");
                // a penalty takes effect on service; the fine's 15 days pass, a demand is served, its 10 days pass
                actPast(f, "decidedOn", "serve", "{}", "EFFECTIVE");
                moveClockPast(f, "paymentDue");
                actPast(f, "paymentDue", "demand-performance", "{}", null);
                moveClockPast(f, "demandDue");
                actPast(f, "demandDue", "record-non-performance", "{\"reason\":\"当事人逾期未缴纳罚款，经催告仍未履行\"}", "NOT_PERFORMED");
                f.listingId = awaitListing(f);
            } else {
                act(f, "refer-to-mediation", "{\"reason\":\"双方同意调解\"}", "IN_MEDIATION");
                f.mediationId = awaitMediation(f);
                acceptMediation(f);
            }
        } catch (StepFailed e) {
            f.failure = e.getMessage();
        } catch (ConditionTimeoutException e) {
            f.failure = "gave up: " + e.getMessage();
        } catch (RuntimeException e) {
            f.failure = "driver error: " + e;
        } finally {
            f.finished = Instant.now();
        }
    }

    private String register(FaultFlow f) {
        String key = UUID.randomUUID().toString();
        String body = f.registration();
        int[] tries = { 0 };
        return retry(f, "register", () -> {
            Answer a = post(f, tries, "case-service", "/cases", FaultHttp.OFFICER, body, key);
            if (a.status() == 201 || a.status() == 200) {
                noteReplay(f, a);
                return Optional.of(a.json().getString("id"));
            }
            return transientOrFail(f, "register", a);
        });
    }

    private void act(FaultFlow f, String action, String body, String target) {
        act(f, FaultHttp.OFFICER, action, body, target, null);
    }

    private void act(FaultFlow f, FaultHttp.User user, String action, String body, String target) {
        act(f, user, action, body, target, null);
    }

    /**
     * An action allowed only once a period has passed, or on or after a date of the decision. A case-service restarted
     * since the clock was moved is back on the real day and refuses it (422, the period still running; 400, a service
     * before the decision): the clock is moved again and the action retried.
     */
    private void actPast(FaultFlow f, String dateField, String action, String body, String target) {
        act(f, FaultHttp.OFFICER, action, body, target, dateField);
    }

    /**
     * @param target the state the action leads to; null: the action keeps the state, so a 409 is never taken as done
     * @param dateField the decision's date the clock must be past (null: none)
     */
    private void act(FaultFlow f, FaultHttp.User user, String action, String body, String target, String dateField) {
        String key = UUID.randomUUID().toString();
        String path = "/cases/" + f.caseId;
        int[] tries = { 0 };
        retry(f, action, () -> {
            Answer a = post(f, tries, "case-service", path + "/" + action, user, body, key);
            if (a.ok()) {
                noteReplay(f, a);
                return Optional.of(Boolean.TRUE);
            }
            if (dateField != null && (a.status() == 422 && a.toString().contains("-period-running")
                    || a.status() == 400 && a.toString().contains("cannot be before the decision date"))) {
                f.trail.add(action + ": case-service's clock is behind the case's dates (restarted?): moving it again");
                moveClockPast(f, dateField);
                return Optional.empty();
            }
            if (a.status() == 409 && target != null) {
                Answer c = http.get("case-service", path, FaultHttp.OFFICER);
                if (!c.ok()) {
                    return Optional.empty();
                }
                String state = c.json().getString("state");
                if (target.equals(state)) {
                    f.conflictsTakenAsDone.incrementAndGet();
                    f.trail.add(action + ": 409 on a retry, the case already " + state + " — done");
                    return Optional.of(Boolean.TRUE);
                }
                throw new StepFailed(f.tag() + ": " + action + " answered 409 while the case is " + state + ", not " + target + ": " + a);
            }
            return transientOrFail(f, action, a);
        });
    }

    /**
     * Moves case-service's clock (the local profile's adjustable one) until the day after the decision's {@code field}
     * date. Flows running at once may each move it: it only ever goes forward, so each flow's condition holds once met; a
     * restarted service starts from the real day again, which the next check sees.
     */
    private void moveClockPast(FaultFlow f, String field) {
        retry(f, "clock past " + field, () -> {
            Answer c = http.get("case-service", "/cases/" + f.caseId, FaultHttp.OFFICER);
            Answer clock = http.get("case-service", "/dev/clock", FaultHttp.ADMIN);
            if (!c.ok() || !clock.ok()) {
                return Optional.empty();
            }
            LocalDate due = LocalDate.parse(c.json().getString("decision." + field));
            LocalDate today = LocalDate.parse(clock.json().getString("today"));
            if (today.isAfter(due)) {
                return Optional.of(Boolean.TRUE);
            }
            http.post("case-service", "/dev/clock/shift", FaultHttp.ADMIN, "{\"days\":" + (ChronoUnit.DAYS.between(today, due) + 1) + "}",
                    UUID.randomUUID().toString());
            // whether the shift answered or not, the next try looks again
            return Optional.empty();
        });
    }

    private String awaitListing(FaultFlow f) {
        return retry(f, "listing proposed", () -> {
            Answer a = http.get("credit-service", "/listings?subjectId=" + f.subject, FaultHttp.CREDIT_OFFICER);
            if (a.ok()) {
                List<Object> items = a.json().getList("items");
                return items.isEmpty() ? Optional.empty() : Optional.of(a.json().getString("items[0].id"));
            }
            return transientOrFail(f, "listings", a);
        });
    }

    private String awaitMediation(FaultFlow f) {
        return retry(f, "mediation opened", () -> {
            Answer a = http.get("mediation-service", "/mediations?caseId=" + f.caseId, FaultHttp.MEDIATOR);
            if (a.ok()) {
                List<Object> items = a.json().getList("items");
                return items.isEmpty() ? Optional.empty() : Optional.of(a.json().getString("items[0].id"));
            }
            return transientOrFail(f, "mediations", a);
        });
    }

    private void acceptMediation(FaultFlow f) {
        String key = UUID.randomUUID().toString();
        String path = "/mediations/" + f.mediationId;
        int[] tries = { 0 };
        retry(f, "mediator accepts", () -> {
            Answer a = post(f, tries, "mediation-service", path + "/accept", FaultHttp.MEDIATOR, "{}", key);
            if (a.ok()) {
                noteReplay(f, a);
                return Optional.of(Boolean.TRUE);
            }
            if (a.status() == 409 || a.status() == 403) {
                Answer m = http.get("mediation-service", path, FaultHttp.MEDIATOR);
                if (!m.ok()) {
                    return Optional.empty();
                }
                String state = m.json().getString("state");
                if ("ASSIGNED".equals(state)) {
                    f.conflictsTakenAsDone.incrementAndGet();
                    f.trail.add("mediator accepts: " + a.status() + " on a retry, the mediation already ASSIGNED — done");
                    return Optional.of(Boolean.TRUE);
                }
                throw new StepFailed(f.tag() + ": accept answered " + a.status() + " while the mediation is " + state + ": " + a);
            }
            return transientOrFail(f, "mediator accepts", a);
        });
    }

    /** A POST; an impatient flow's first try of each gives up on the answer almost at once. */
    private Answer post(FaultFlow f, int[] tries, String service, String path, FaultHttp.User user, String body, String key) {
        if (f.impatient && tries[0]++ == 0) {
            Answer a = http.post(service, path, user, body, key, IMPATIENCE);
            if (a.status() == -1) {
                f.answersLost.incrementAndGet();
            }
            return a;
        }
        return http.post(service, path, user, body, key);
    }

    private static <T> Optional<T> transientOrFail(FaultFlow f, String step, Answer a) {
        if (a.transientFailure()) {
            return Optional.empty();
        }
        throw new StepFailed(f.tag() + ": " + step + " answered " + a);
    }

    private static void noteReplay(FaultFlow f, Answer a) {
        if (a.replayed()) {
            f.replays.incrementAndGet();
        }
    }

    /** Tries the step until it gives a value, a bounded number of times (its deadline); a StepFailed ends it at once. */
    private <T> T retry(FaultFlow f, String step, Callable<Optional<T>> attempt) {
        AtomicReference<T> result = new AtomicReference<>();
        Instant begun = Instant.now();
        int[] tries = { 0 };
        Awaitility.await(f.tag() + ": " + step).atMost(stepPatience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                .pollInSameThread().until(() -> {
                    tries[0]++;
                    f.attempts.incrementAndGet();
                    Optional<T> value = attempt.call();
                    value.ifPresent(result::set);
                    return value.isPresent();
                });
        if (tries[0] > 1) {
            f.trail.add(step + ": " + tries[0] + " attempts, " + Duration.between(begun, Instant.now()).toMillis() + " ms");
        }
        return result.get();
    }
}
