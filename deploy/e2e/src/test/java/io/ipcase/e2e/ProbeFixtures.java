package io.ipcase.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the probes aim at, created once through the real API: a penalty case decided, served by
 * e-mail, not performed and its respondent listed (a listing), a ruling request referred to
 * mediation (a mediation), a mediation organisation with a mediator, a recipient, a route and a
 * webhook. The individuals in them carry distinctive personal data, written into free-text fields
 * too, which no anonymous endpoint may show.
 */
final class ProbeFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** the personal data of the fixtures' individuals */
    record Person(String name, String idNumber, String phone, String email, String address) {
    }

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final Person respondent = new Person("周明远", residentId("360403", "19900101"), "+86 138-0013-8000", "zhou.mingyuan@example.cn",
            "江西省九江市浔阳区湖滨路88号3栋2单元501室");
    final Person complainant = new Person("吴雅琴", residentId("360402", "19851212"), "0791-86001234", "wu.yaqin@example.cn",
            "江西省南昌市东湖区阳明路127号");

    String penaltyCase;
    String penaltyCaseNumber;
    String rulingCase;
    String mediation;
    String organisation;
    String mediator = AccessTable.USERS.get("mediator");
    String listing;
    String webhook;
    String recipient = AccessTable.USERS.get("officer");
    String routeEvent;
    JsonNode routeBody;
    /** a message in the probing officer's inbox (an id that does not exist when none arrived) */
    String inboxMessage = UUID.randomUUID().toString();
    final List<String> notes = new ArrayList<>();

    private final ProbeApi api;

    ProbeFixtures(ProbeApi api) {
        this.api = api;
    }

    /** every fixture record's id: what an officer of another region must not see */
    List<String> recordIds() {
        List<String> ids = new ArrayList<>();
        for (String id : new String[] { penaltyCase, rulingCase, mediation, listing }) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    Map<String, String> personalValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Person p : List.of(respondent, complainant)) {
            values.put("name of " + p.name(), p.name());
            values.put("resident ID of " + p.name(), p.idNumber());
            values.put("phone of " + p.name(), p.phone());
            values.put("e-mail of " + p.name(), p.email());
            values.put("address of " + p.name(), p.address());
        }
        return values;
    }

    void create() {
        String officer = "officer";
        // notification-service first: the probing officer's profile, and — for a while — the acceptance of a case routed
        // to its handling officers too, so that the officer has a message in the inbox
        api.call("notification-service", "PUT", "/api/v1/recipients/" + recipient, "admin", recipientBody(), 200);
        JsonNode routes = api.get("notification-service", "/api/v1/routes", "admin");
        JsonNode route = routes.path(0);
        for (JsonNode r : routes) {
            if (r.path("eventName").asText().equals("case.accepted")) {
                route = r;
            }
        }
        routeEvent = route.path("eventName").asText("case.accepted");
        ObjectNode original = ProbeApi.JSON.createObjectNode();
        original.set("recipients", route.path("recipients").deepCopy());
        original.put("enabled", route.path("enabled").asBoolean(true));
        routeBody = original;
        ObjectNode toOfficers = original.deepCopy();
        if (!routeBody.path("recipients").toString().contains("HANDLING_OFFICERS")) {
            ((ArrayNode) toOfficers.get("recipients")).add("HANDLING_OFFICERS");
        }
        api.call("notification-service", "PUT", "/api/v1/routes/" + routeEvent, "admin", toOfficers, 200);
        try {
            createCasesAndTheirConsequences(officer);
        } finally {
            api.call("notification-service", "PUT", "/api/v1/routes/" + routeEvent, "admin", routeBody, 200);
        }
        // a subscription to an event that never happens, at a public documentation address (TEST-NET-3): nothing is ever sent
        webhook = api.call("notification-service", "POST", "/api/v1/webhooks", "admin", Map.of("name", "探针订阅" + run, "url",
                "https://203.0.113.10/ipcase/probe-hook", "secret", "probe-secret-0123456789", "eventNames", "probe.never-happens"), 201).path("id").asText();
    }

    /** every service's adjustable clock (the local profile's) on until case-service's day is after the decision's date */
    private void shiftClocksPast(String caseId, String field) {
        java.time.LocalDate due = java.time.LocalDate.parse(api.get("case-service", "/api/v1/cases/" + caseId, "officer").path("decision")
                .path(field).asText());
        java.time.LocalDate today = java.time.LocalDate.parse(api.get("case-service", "/api/v1/dev/clock", "admin").path("today").asText());
        if (!today.isAfter(due)) {
            for (String service : RunningSystem.SERVICES) {
                api.call(service, "POST", "/api/v1/dev/clock/shift", "admin",
                        Map.of("days", java.time.temporal.ChronoUnit.DAYS.between(today, due) + 1), 200);
            }
        }
    }

    private void createCasesAndTheirConsequences(String officer) {
        // the registry: an organisation of 九江 whose admin and mediator the probes act as
        organisation = api.call("mediation-service", "POST", "/api/v1/mediation-organisations", "admin",
                Map.of("name", "九江市知识产权纠纷探针调解委员会" + run, "kind", "PEOPLES", "region", AccessTable.REGION, "admins",
                        List.of(AccessTable.USERS.get("organisation-admin"))), 201).path("id").asText();
        api.call("mediation-service", "POST", "/api/v1/mediation-organisations/" + organisation + "/mediators", "organisation-admin",
                Map.of("id", mediator, "name", "韩调解", "phone", "0792-8001234", "ipKinds", List.of("PATENT_UTILITY_MODEL", "PATENT_INVENTION")),
                201, 409);

        // a penalty case: its respondent is an individual whose data is also written into the free text
        String freeText = respondent.name() + "（身份证号ID" + respondent.idNumber() + "，手机" + respondent.phone() + "，住" + respondent.address()
                + "，邮箱" + respondent.email() + "）";
        penaltyCase = api.call("case-service", "POST", "/api/v1/cases", officer, Map.ofEntries(
                Map.entry("track", "ADMINISTRATIVE_PENALTY"), Map.entry("procedure", "ORDINARY"), Map.entry("region", AccessTable.REGION),
                Map.entry("source", "COMPLAINT"),
                Map.entry("ipRight", Map.of("kind", "TRADEMARK", "number", "第12345678号", "title", "庐山云雾", "holder", "九江某茶业有限公司")),
                Map.entry("complainants", List.of(party(complainant))), Map.entry("respondents", List.of(party(respondent))),
                Map.entry("handlingOfficers", List.of(AccessTable.USERS.get("officer"), "officer-hi2")),
                Map.entry("summary", complainant.name() + "（电话" + complainant.phone() + "）投诉：" + freeText + "销售假冒“庐山云雾”注册商标的茶叶"),
                Map.entry("amountInvolved", 12000)), 201).path("id").asText();
        api.call("case-service", "POST", "/api/v1/cases/" + penaltyCase + "/accept", officer, Map.of(), 200);
        try {
            inboxMessage = await("a message in the officer's inbox").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> api.get("notification-service", "/api/v1/inbox?size=1", officer).path("items").path(0).path("id").asText(null),
                            Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            notes.add("no message reached " + recipient + "'s inbox: POST /inbox/{id}/read is probed against an id that does not exist");
        }
        // the respondent is told of the intended penalty and waives its say; the head decides
        api.call("case-service", "POST", "/api/v1/cases/" + penaltyCase + "/penalty-notice", officer, Map.of("partyWaived", true), 200);
        api.call("case-service", "POST", "/api/v1/cases/" + penaltyCase + "/issue-decision", "head", Map.of("decision",
                Map.of("infringementFound", true, "intentional", false, "fine", 8000, "orders", "责令" + freeText + "立即停止销售侵权商品，并告知投诉人"
                        + complainant.name() + "（电话" + complainant.phone() + "，邮箱" + complainant.email() + "）")), 200);
        // served by e-mail to the respondent: the penalty takes effect on service
        awaitState(penaltyCase, "EFFECTIVE");
        JsonNode decided = api.get("case-service", "/api/v1/cases/" + penaltyCase, officer);
        penaltyCaseNumber = decided.path("caseNumber").asText();
        String decisionNumber = decided.path("decision").path("number").asText();
        // the fine's 15 days pass, a formal demand is served, its ten days pass: then the refusal is recorded
        shiftClocksPast(penaltyCase, "paymentDue");
        api.call("case-service", "POST", "/api/v1/cases/" + penaltyCase + "/demand-performance", officer, Map.of(), 200);
        shiftClocksPast(penaltyCase, "demandDue");
        api.call("case-service", "POST", "/api/v1/cases/" + penaltyCase + "/record-non-performance", officer,
                Map.of("reason", freeText + "逾期未缴纳罚款，经催告仍未履行；投诉人" + complainant.name() + "（住" + complainant.address() + "）已知悉"), 200);
        listing = await("the listing proposed for the respondent").atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode page = api.get("credit-service", "/api/v1/listings?subjectId=" + respondent.idNumber(), "credit-officer");
            for (JsonNode item : page.path("items")) {
                if (decisionNumber.equals(item.path("basisDecisionNumber").asText()) && "REFUSAL_TO_PERFORM".equals(item.path("rule").asText())) {
                    return item.path("id").asText();
                }
            }
            return null;
        }, Objects::nonNull);
        api.call("credit-service", "POST", "/api/v1/listings/" + listing + "/object", officer,
                Map.of("statement", respondent.name() + "称经营困难，请求分期缴纳，联系电话" + respondent.phone()), 200);
        api.call("credit-service", "POST", "/api/v1/listings/" + listing + "/list", "credit-officer",
                Map.of("reason", "申辩理由不成立：" + freeText + "有履行能力而拒不履行"), 200);

        // a ruling request referred to mediation: mediation-service opens the mediation from the event
        rulingCase = api.call("case-service", "POST", "/api/v1/cases", officer, Map.ofEntries(Map.entry("track", "INFRINGEMENT_RULING"),
                Map.entry("procedure", "ORDINARY"), Map.entry("region", AccessTable.REGION), Map.entry("source", "COMPLAINT"),
                Map.entry("ipRight", Map.of("kind", "PATENT_UTILITY_MODEL", "number", "ZL202320123456.7", "title", "一种便携式电动打磨装置", "holder",
                        "福建闽科实业有限公司")),
                Map.entry("complainants", List.of(Map.of("kind", "ORGANISATION", "name", "福建闽科实业有限公司", "uscc", "91350100M000100Y43",
                        "phone", "0591-87654321"))),
                Map.entry("respondents", List.of(party(complainant))),
                Map.entry("handlingOfficers", List.of(AccessTable.USERS.get("officer"), "officer-hi2")),
                Map.entry("summary", "请求人请求处理被请求人" + complainant.name() + "（身份证号" + complainant.idNumber() + "）销售侵犯其实用新型专利权的打磨机的行为")),
                201).path("id").asText();
        api.call("case-service", "POST", "/api/v1/cases/" + rulingCase + "/accept", officer, Map.of(), 200);
        api.call("case-service", "POST", "/api/v1/cases/" + rulingCase + "/refer-to-mediation", officer, Map.of("reason", "双方同意调解"), 200);
        mediation = await("the mediation opened from the referral").atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(
                () -> api.get("mediation-service", "/api/v1/mediations?caseId=" + rulingCase, "admin").path("items").path(0).path("id")
                        .asText(null),
                Objects::nonNull);

    }

    Map<String, Object> recipientBody() {
        return Map.of("name", "韩探针", "email", recipient + "@jiujiang.example.gov.cn", "language", "zh", "region", AccessTable.REGION,
                "channels", List.of("INBOX", "EMAIL"), "roles", List.of("officer"));
    }

    private void awaitState(String caseId, String state) {
        await("case " + caseId + " " + state).atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> api.get("case-service", "/api/v1/cases/" + caseId, "officer").path("state").asText(), state::equals);
    }

    private static Map<String, Object> party(Person p) {
        // agreed to electronic service: the decision is served on it by e-mail
        return Map.of("kind", "INDIVIDUAL", "name", p.name(), "idNumber", p.idNumber(), "address", p.address(), "phone", p.phone(), "email",
                p.email(), "eServiceConsent", true);
    }

    /** A valid resident ID number (GB 11643) of the region and birth date, with a digit as check character, new each run. */
    static String residentId(String region, String birth) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        String checks = "10X98765432";
        while (true) {
            String body = region + birth + String.format("%03d", ThreadLocalRandom.current().nextInt(100, 1000));
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            char check = checks.charAt(sum % 11);
            if (check != 'X') {
                return body + check;
            }
        }
    }
}
