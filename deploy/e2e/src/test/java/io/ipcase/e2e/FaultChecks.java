package io.ipcase.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.ipcase.e2e.FaultHttp.Answer;
import io.ipcase.e2e.FaultLedger.Event;
import io.ipcase.infra.EmbeddedSmtp;

/**
 * Checks, for every flow, that each effect it should have caused exists exactly once in every
 * service (its case with the final state and one audit entry per change, its mediation, its
 * listing proposal and credit records, the mail to its parties) and that each event it should have
 * caused is on its topic exactly once, in causal order per key; and, for the whole run, that no
 * event id appears twice on a topic and nothing went to a dead-letter topic. Each finding says
 * whether it may still come ({@code missing}) or can no longer be right.
 */
final class FaultChecks {

    record Finding(boolean missing, String text) {
        @Override
        public String toString() {
            return (missing ? "[missing] " : "[VIOLATION] ") + text;
        }
    }

    /** What was read in one round, for the summary. */
    record Round(List<Finding> findings, Map<String, Integer> eventsPerTopic, Map<String, Integer> deadLettersPerTopic, int mails,
            int mailsResentWithSameMessageId) {
        boolean missing() {
            return findings.stream().anyMatch(Finding::missing);
        }
    }

    static final List<String> TOPICS = List.of("ipcase.case.events", "ipcase.mediation.events", "ipcase.credit.events",
            "ipcase.notification.events");

    private final FaultHttp http;
    private final FaultLedger ledger;
    private final EmbeddedSmtp smtp;

    FaultChecks(FaultHttp http, FaultLedger ledger, EmbeddedSmtp smtp) {
        this.http = http;
        this.ledger = ledger;
        this.smtp = smtp;
    }

    Round check(List<FaultFlow> flows) throws Exception {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Event>> topics = new LinkedHashMap<>();
        Map<String, Integer> eventsPerTopic = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            List<Event> events = ledger.read(topic, Duration.ofSeconds(30));
            topics.put(topic, events);
            eventsPerTopic.put(topic, events.size());
            duplicateIds(topic, events, findings);
        }
        Map<String, List<Event>> deadLetters = ledger.deadLetters(Duration.ofSeconds(30));
        Map<String, Integer> deadLettersPerTopic = new TreeMap<>();
        deadLetters.forEach((topic, events) -> {
            deadLettersPerTopic.put(topic, events.size());
            for (Event e : events) {
                findings.add(new Finding(false, "dead letter on " + e.where() + ": key " + e.key() + ", " + e.type() + " " + e.id()
                        + ", reason " + e.headers().getOrDefault("dead-letter-reason", "?") + " (" + e.headers().getOrDefault("dead-letter-cause", "")
                        + ")"));
            }
        });

        Map<String, List<Map<String, Object>>> casesBySubject = casesBySubject(findings);
        Map<String, Set<String>> receivedCaseIdsBySubject = receivedCaseIdsBySubject(topics.get("ipcase.case.events"));
        List<EmbeddedSmtp.Mail> mail = smtp.received();

        for (FaultFlow f : flows) {
            String who = f.tag();
            if (f.failure != null) {
                findings.add(new Finding(false, who + " did not complete: " + f.failure));
            }
            if (f.caseId == null) {
                continue;
            }
            checkCase(f, casesBySubject.getOrDefault(f.subject, List.of()), receivedCaseIdsBySubject.getOrDefault(f.subject, Set.of()), findings);
            checkMediation(f, findings);
            checkCredit(f, findings);
            checkEvents(who, "ipcase.case.events", f.caseId, f.expectedCaseEvents(), topics, findings);
            checkEvents(who, "ipcase.mediation.events", f.caseId, f.expectedMediationEvents(), topics, findings);
            checkEvents(who, "ipcase.credit.events", f.subject, f.expectedCreditEvents(), topics, findings);
            checkEvents(who, "ipcase.notification.events", f.caseId, List.of(), topics, findings);
            checkMail(f, mail, findings);
        }
        int resent = (int) (mail.size() - mail.stream().map(m -> m.messageId() + "|" + m.to()).distinct().count());
        return new Round(findings, eventsPerTopic, deadLettersPerTopic, mail.size(), resent);
    }

    private static void duplicateIds(String topic, List<Event> events, List<Finding> findings) {
        Map<String, List<Event>> byId = events.stream().collect(Collectors.groupingBy(e -> String.valueOf(e.id()), LinkedHashMap::new,
                Collectors.toList()));
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                findings.add(new Finding(false, "event " + id + " (" + same.get(0).type() + ", key " + same.get(0).key() + ") is on " + topic + " "
                        + same.size() + " times: " + same.stream().map(Event::where).toList()));
            }
        });
    }

    /** Every case the officer's region holds, by its respondent's subject id (one respondent per flow). */
    private Map<String, List<Map<String, Object>>> casesBySubject(List<Finding> findings) {
        Map<String, List<Map<String, Object>>> bySubject = new LinkedHashMap<>();
        for (int page = 0; page < 100; page++) {
            Answer a = http.get("case-service", "/cases?size=200&page=" + page, FaultHttp.OFFICER);
            if (!a.ok()) {
                findings.add(new Finding(true, "case-service did not list the cases: " + a));
                return bySubject;
            }
            List<Map<String, Object>> items = a.json().getList("items");
            for (Map<String, Object> c : items) {
                Object respondents = c.get("respondents");
                if (respondents instanceof List<?> list) {
                    for (Object r : list) {
                        if (r instanceof Map<?, ?> party && party.get("subjectId") != null) {
                            bySubject.computeIfAbsent(party.get("subjectId").toString(), k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
            if (items.size() < 200) {
                break;
            }
        }
        return bySubject;
    }

    private static Map<String, Set<String>> receivedCaseIdsBySubject(List<Event> caseEvents) {
        Map<String, Set<String>> bySubject = new LinkedHashMap<>();
        for (Event e : caseEvents) {
            if ("ipcase.case.received.v1".equals(e.type())) {
                List<String> subjects = e.json().getList("respondents.subjectId");
                if (subjects != null) {
                    for (String s : subjects) {
                        bySubject.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(e.key());
                    }
                }
            }
        }
        return bySubject;
    }

    private void checkCase(FaultFlow f, List<Map<String, Object>> cases, Set<String> receivedKeys, List<Finding> findings) {
        String who = f.tag();
        if (cases.size() != 1) {
            findings.add(new Finding(cases.isEmpty(), who + ": case-service holds " + cases.size() + " cases for the flow's respondent (expected 1): "
                    + cases.stream().map(c -> c.get("id") + " " + c.get("state")).toList()));
        }
        if (receivedKeys.size() > 1) {
            findings.add(new Finding(false, who + ": ipcase.case.events announces " + receivedKeys.size()
                    + " registered cases (case.received) for the flow's respondent (expected 1): " + receivedKeys));
        }
        Answer c = http.get("case-service", "/cases/" + f.caseId, FaultHttp.OFFICER);
        if (!c.ok()) {
            findings.add(new Finding(true, who + ": case-service does not answer for the case: " + c));
            return;
        }
        String state = c.json().getString("state");
        if (!f.expectedCaseState().equals(state)) {
            findings.add(new Finding(false, who + ": the case is " + state + ", expected " + f.expectedCaseState()));
        }
        Answer audit = http.get("case-service", "/cases/" + f.caseId + "/audit", FaultHttp.OFFICER);
        if (!audit.ok()) {
            findings.add(new Finding(true, who + ": no audit trail: " + audit));
            return;
        }
        List<String> actions = audit.json().<String>getList("entries.action").stream().filter(a -> !TIMED_NOTICES.contains(a)).toList();
        if (!Boolean.TRUE.equals(audit.json().getBoolean("intact"))) {
            findings.add(new Finding(false, who + ": the case's audit chain is broken at " + audit.json().get("firstBrokenSeq")));
        }
        if (!f.expectedCaseAudit().equals(actions)) {
            findings.add(new Finding(false, who + ": the case's audit trail is " + actions + ", expected each change once: " + f.expectedCaseAudit()));
        }
    }

    private void checkMediation(FaultFlow f, List<Finding> findings) {
        String who = f.tag();
        Answer a = http.get("mediation-service", "/mediations?size=200&caseId=" + f.caseId, FaultHttp.ADMIN);
        if (!a.ok()) {
            findings.add(new Finding(true, who + ": mediation-service does not list the case's mediations: " + a));
            return;
        }
        List<Map<String, Object>> items = a.json().getList("items");
        int expected = f.kind == FaultFlow.Kind.DISPUTE ? 1 : 0;
        if (items.size() != expected) {
            findings.add(new Finding(items.size() < expected, who + ": mediation-service holds " + items.size()
                    + " mediations for the case (expected " + expected + "): " + items.stream().map(m -> m.get("id") + " " + m.get("state")).toList()));
        }
        if (expected == 0 || items.isEmpty()) {
            return;
        }
        Map<String, Object> m = items.get(0);
        if (!f.expectedMediationState().equals(m.get("state"))) {
            findings.add(new Finding(false, who + ": the mediation is " + m.get("state") + ", expected " + f.expectedMediationState()));
        }
        Answer audit = http.get("mediation-service", "/mediations/" + m.get("id") + "/audit", FaultHttp.ADMIN);
        if (!audit.ok()) {
            findings.add(new Finding(true, who + ": no mediation audit trail: " + audit));
            return;
        }
        List<String> actions = audit.json().getList("entries.action");
        if (!Boolean.TRUE.equals(audit.json().getBoolean("intact"))) {
            findings.add(new Finding(false, who + ": the mediation's audit chain is broken at " + audit.json().get("firstBrokenSeq")));
        }
        if (!f.expectedMediationAudit().equals(actions)) {
            findings.add(new Finding(false, who + ": the mediation's audit trail is " + actions + ", expected " + f.expectedMediationAudit()));
        }
    }

    private void checkCredit(FaultFlow f, List<Finding> findings) {
        String who = f.tag();
        Answer a = http.get("credit-service", "/listings?size=200&subjectId=" + f.subject, FaultHttp.CREDIT_OFFICER);
        if (!a.ok()) {
            findings.add(new Finding(true, who + ": credit-service does not list the subject's listings: " + a));
            return;
        }
        List<Map<String, Object>> items = a.json().getList("items");
        int expected = f.kind == FaultFlow.Kind.PENALTY ? 1 : 0;
        if (items.size() != expected) {
            findings.add(new Finding(items.size() < expected, who + ": credit-service holds " + items.size()
                    + " listing proposals for the subject (expected " + expected + ", one per refusal): "
                    + items.stream().map(l -> l.get("id") + " " + l.get("rule") + " " + l.get("state")).toList()));
        }
        for (Map<String, Object> l : items) {
            if (!"PROPOSED".equals(l.get("state")) || !"REFUSAL_TO_PERFORM".equals(l.get("rule"))) {
                findings.add(new Finding(false, who + ": listing " + l.get("id") + " is " + l.get("rule") + " " + l.get("state")
                        + ", expected REFUSAL_TO_PERFORM PROPOSED"));
            }
        }
        Answer s = http.get("credit-service", "/subjects/" + f.subject, FaultHttp.CREDIT_OFFICER);
        List<String> kinds = s.ok() ? s.json().getList("records.kind") : List.of();
        if (!s.ok() && s.status() != 404) {
            findings.add(new Finding(true, who + ": credit-service does not show the subject's record: " + s));
            return;
        }
        List<String> expectedKinds = f.kind == FaultFlow.Kind.PENALTY ? List.of("ESTABLISHED_INFRINGEMENT", "REFUSAL_TO_PERFORM") : List.of();
        if (!kinds.stream().sorted().toList().equals(expectedKinds)) {
            findings.add(new Finding(kinds.size() < expectedKinds.size() && expectedKinds.containsAll(kinds), who
                    + ": the subject's credit record holds " + kinds + ", expected each fact once: " + expectedKinds));
        }
    }

    /**
     * The key's events on the topic: each expected type exactly once, nothing else, in the expected
     * order (one key stays in one partition, so offset order is the order a consumer sees).
     */
    /**
     * The deadline watch's notices (a fine's payment period, a demand's) come or not depending on how far the flows moved
     * the clock and when the watch last looked; they are left out here, and their once-only sending is DeadlineWatchTest's.
     */
    private static final Set<String> TIMED_NOTICES = Set.of("deadline-approaching", "overdue");

    private static void checkEvents(String who, String topic, String key, List<String> expected, Map<String, List<Event>> topics,
            List<Finding> findings) {
        List<Event> events = topics.get(topic).stream().filter(e -> key.equals(e.key()))
                .filter(e -> !TIMED_NOTICES.contains(e.logicalType().replaceAll("^ipcase\\.case\\.|\\.v1$", ""))).toList();
        List<String> types = events.stream().map(Event::logicalType).toList();
        Map<String, Long> counts = types.stream().collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
        for (String type : expected) {
            long n = counts.getOrDefault(type, 0L);
            if (n == 0) {
                findings.add(new Finding(true, who + ": no " + type + " on " + topic + " under key " + key));
            } else if (n > 1) {
                findings.add(new Finding(false, who + ": " + type + " is on " + topic + " " + n + " times under key " + key + ": "
                        + events.stream().filter(e -> e.logicalType().equals(type)).map(e -> e.id() + "@" + e.where()).toList()));
            }
        }
        counts.keySet().stream().filter(t -> !expected.contains(t)).forEach(t -> findings.add(new Finding(false,
                who + ": unexpected " + t + " on " + topic + " under key " + key + " (" + counts.get(t) + "×)")));
        List<String> order = types.stream().distinct().filter(expected::contains).toList();
        List<String> expectedOrder = expected.stream().filter(order::contains).toList();
        if (!order.equals(expectedOrder)) {
            findings.add(new Finding(false, who + ": " + topic + " carries the key's events out of causal order: " + types + ", expected " + expected));
        }
        if (events.stream().map(Event::partition).distinct().count() > 1) {
            findings.add(new Finding(false, who + ": the key's events on " + topic + " are spread over partitions "
                    + events.stream().map(Event::partition).distinct().toList()));
        }
    }

    /** Each routed mail once: a mail sent again after a crash must carry the same Message-ID, so distinct ids are counted. */
    private static void checkMail(FaultFlow f, List<EmbeddedSmtp.Mail> mail, List<Finding> findings) {
        for (String[] expected : f.expectedMail()) {
            String address = expected[0];
            String prefix = expected[1];
            List<EmbeddedSmtp.Mail> matching = mail.stream().filter(m -> m.to().contains(address) && m.subject() != null
                    && m.subject().startsWith(prefix)).toList();
            long distinct = matching.stream().map(EmbeddedSmtp.Mail::messageId).distinct().count();
            if (distinct != 1) {
                findings.add(new Finding(distinct == 0, f.tag() + ": " + address + " received " + distinct + " distinct mails " + prefix
                        + " (expected 1): " + matching.stream().map(m -> m.messageId() + " " + m.subject()).toList()));
            }
        }
    }
}
