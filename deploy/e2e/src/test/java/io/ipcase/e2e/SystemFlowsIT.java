package io.ipcase.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.ipcase.infra.DevTokens;
import io.ipcase.infra.EmbeddedSmtp;
import io.ipcase.infra.TestServers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The main flows through the four services running as separate processes, driven only through
 * REST and Kafka as the officers, mediators, the court and the credit platform would, checking the
 * state in every service, the events on every topic (read with the CloudEvents SDK) and the mail.
 */
class SystemFlowsIT {

    static RunningSystem system;
    static final EmbeddedSmtp SMTP = TestServers.get().smtp();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startTheSystem() {
        system = RunningSystem.get();
        for (String topic : List.of("ipcase.case.events", "ipcase.mediation.events", "ipcase.credit.events", "ipcase.notification.events")) {
            CloudEventTap.of(topic);
        }
        // the mediation organisation and mediator every flow uses
        String org = as("admin", "admin-root", null).body(Map.of("name", "九江市知识产权纠纷人民调解委员会", "kind", "PEOPLES", "region", "360400",
                "admins", List.of("org-admin-jj"))).post(url("mediation-service", "/mediation-organisations")).then().statusCode(201)
                .extract().path("id");
        as("organisation-admin", "org-admin-jj", null).body(Map.of("id", "mediator-chen", "name", "陈敏", "ipKinds",
                List.of("PATENT_UTILITY_MODEL"))).post(url("mediation-service", "/mediation-organisations/" + org + "/mediators")).then()
                .statusCode(201);
    }

    static RequestSpecification as(String role, String user, String region) {
        return given().auth().oauth2(DevTokens.token(user, role, region)).contentType(ContentType.JSON);
    }

    static RequestSpecification officer() {
        return as("officer", "officer-li", "360400");
    }

    static String url(String service, String path) {
        return system.url(service) + "/api/v1" + path;
    }

    private String caseBody(String example) throws IOException {
        String json = Files.readString(Path.of("..", "local", "examples", example), StandardCharsets.UTF_8);
        return json.replaceFirst("(\"complainants\": \\[\\s*\\{)", "$1 \"email\": \"complainant-" + run + "@example.cn\",")
                .replaceFirst("(\"respondents\": \\[\\s*\\{)", "$1 \"email\": \"respondent-" + run + "@example.cn\",");
    }

    private String fileCase(String example) throws IOException {
        String id = officer().body(caseBody(example)).post(url("case-service", "/cases")).then().statusCode(201).extract().path("id");
        officer().body("{}").post(url("case-service", "/cases/" + id + "/accept")).then().statusCode(200);
        return id;
    }

    private Response getCase(String id) {
        return officer().get(url("case-service", "/cases/" + id));
    }

    private void awaitCase(String id, String state) {
        await().atMost(PATIENCE).untilAsserted(() -> getCase(id).then().body("state", equalTo(state)));
    }

    /** the first mail to the party whose subject starts so, once it has arrived */
    private EmbeddedSmtp.Mail mail(String who, String subjectStart) {
        String address = who + "-" + run + "@example.cn";
        return await().atMost(PATIENCE).until(() -> SMTP.receivedBy(address).stream().filter(m -> m.subject().startsWith(subjectStart))
                .findFirst().orElse(null), Objects::nonNull);
    }

    @Test
    void aPenaltyIsDecidedServedByEmailTakesEffectAndIsPublishedMasked() throws IOException {
        String id = fileCase("penalty-case.json");
        // the respondent is told of the intended penalty and waives its say in writing; the head decides
        officer().body(Map.of("partyWaived", true)).post(url("case-service", "/cases/" + id + "/penalty-notice")).then().statusCode(200);
        as("head", "head-wang", "360400").body(Map.of("decision", Map.of("infringementFound", true, "fine", 8000, "orders", "停止侵权")))
                .post(url("case-service", "/cases/" + id + "/issue-decision")).then().statusCode(200);
        awaitCase(id, "EFFECTIVE");
        String caseNumber = getCase(id).then().body("decision.servedOn", org.hamcrest.Matchers.notNullValue()).extract().path("caseNumber");
        assertThat(mail("respondent", "【决定书】").subject()).contains(caseNumber);
        assertThat(mail("complainant", "【受理通知】").body()).contains(caseNumber);

        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("region", "360400").get(url("case-service", "/public/penalty-decisions"))
                .then().statusCode(200).body("items.find { it.caseNumber == '" + caseNumber + "' }.respondents[0].name", equalTo("张**")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(CloudEventTap.of("ipcase.case.events").typesOf(id)).containsSubsequence(
                "ipcase.case.received.v1", "ipcase.case.decision-issued.v1", "ipcase.case.decision-served.v1",
                "ipcase.case.decision-effective.v1", "ipcase.case.decision-published.v1"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(CloudEventTap.of("ipcase.notification.events").typesOf(id))
                .containsExactly("ipcase.notification.delivered.v1"));
    }

    @Test
    void aDisputeFailsInMediationAndIsRuled() throws IOException {
        String id = fileCase("ruling-request.json");
        officer().body(Map.of("reason", "双方同意调解")).post(url("case-service", "/cases/" + id + "/refer-to-mediation")).then().statusCode(200);
        RequestSpecification mediator = as("mediator", "mediator-chen", null);
        String mediation = await().atMost(PATIENCE).until(() -> as("mediator", "mediator-chen", null).queryParam("caseId", id)
                .get(url("mediation-service", "/mediations")).then().extract().<String>path("items[0].id"), Objects::nonNull);
        mediator.body("{}").post(url("mediation-service", "/mediations/" + mediation + "/accept")).then().statusCode(200);
        as("mediator", "mediator-chen", null).body(Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ONLINE",
                "place", "https://meeting.example.cn/r/" + run))).post(url("mediation-service", "/mediations/" + mediation + "/schedule-session"))
                .then().statusCode(200);
        as("mediator", "mediator-chen", null).body(Map.of("sessionSeq", 1, "minutes", "分歧较大"))
                .post(url("mediation-service", "/mediations/" + mediation + "/record-session")).then().statusCode(200);
        as("mediator", "mediator-chen", null).body(Map.of("reason", "双方分歧过大"))
                .post(url("mediation-service", "/mediations/" + mediation + "/fail")).then().statusCode(200);
        awaitCase(id, "INVESTIGATING");
        assertThat(mail("complainant", "【调解员已选定】").subject()).contains("陈敏");

        officer().body(Map.of("decision", Map.of("infringementFound", true, "orders", "停止销售侵权产品")))
                .post(url("case-service", "/cases/" + id + "/issue-decision")).then().statusCode(200);
        awaitCase(id, "SERVED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(CloudEventTap.of("ipcase.mediation.events").typesOf(id)).containsExactly(
                "ipcase.mediation.opened.v1", "ipcase.mediation.mediator-assigned.v1", "ipcase.mediation.session-scheduled.v1",
                "ipcase.mediation.session-held.v1", "ipcase.mediation.failed.v1"));
    }

    @Test
    void aRulingInForceButNotPerformedListsTheSubjectUntilItIsRevoked() throws IOException {
        String subject = "11010519491231002X";
        String id = fileCase("ruling-request.json");
        officer().body(Map.of("decision", Map.of("infringementFound", true, "orders", "停止销售侵权产品")))
                .post(url("case-service", "/cases/" + id + "/issue-decision")).then().statusCode(200);
        awaitCase(id, "SERVED");
        // the 15-day window to sue passes: the local stack's clocks move on, the deadline watch makes the ruling effective
        system.shiftClocksPast(java.time.LocalDate.parse(getCase(id).then().extract().<String>path("decision.appealDeadline")));
        awaitCase(id, "EFFECTIVE");
        // refusal to perform is established by a formal demand and its ten days
        officer().body(Map.of("reason", "拒不履行")).post(url("case-service", "/cases/" + id + "/record-non-performance")).then()
                .statusCode(422).body("rule", equalTo("demand-required"));
        officer().body("{}").post(url("case-service", "/cases/" + id + "/demand-performance")).then().statusCode(200);
        system.shiftClocksPast(java.time.LocalDate.parse(getCase(id).then().extract().<String>path("decision.demandDue")));
        // the officer's request carries a trace of its own: it runs on through the events it causes, in every service
        String traceId = UUID.randomUUID().toString().replace("-", "");
        officer().header("traceparent", "00-" + traceId + "-a1b2c3d4e5f60718-01").body(Map.of("reason", "经催告仍未停止销售侵权产品"))
                .post(url("case-service", "/cases/" + id + "/record-non-performance")).then().statusCode(200);
        String decisionNumber = getCase(id).then().extract().path("decision.number");
        RequestSpecification creditOfficer = as("credit-officer", "credit-officer-zhou", "360400");
        String listing = await().atMost(PATIENCE).until(() -> as("credit-officer", "credit-officer-zhou", "360400")
                .queryParam("subjectId", subject).queryParam("state", "PROPOSED").get(url("credit-service", "/listings")).then().extract()
                .<List<Map<String, Object>>>path("items").stream()
                // the refusal's proposal (the subject may also be proposed for a repeated infringement on the same ruling)
                .filter(l -> decisionNumber.equals(l.get("basisDecisionNumber")) && "REFUSAL_TO_PERFORM".equals(l.get("rule")))
                .map(l -> (String) l.get("id")).findFirst().orElse(null), Objects::nonNull);
        assertThat(mail("respondent", "【拟列入严重违法失信名单告知】").body()).contains("陈述、申辩");
        // one trace: the request in case-service, decision-not-performed read by credit-service (the proposal) and by
        // mediation-service (passed over), listing-proposed read by notification-service (the notice) and its mail sent
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(system.traces().trace(traceId))
                .extracting(OtlpReceiver.Span::service).contains("case-service", "credit-service", "mediation-service", "notification-service"));
        assertThat(system.traces().trace(traceId)).anySatisfy(span -> assertThat(span).returns("credit-service", OtlpReceiver.Span::service)
                .returns("ipcase.case.events process case.decision-not-performed", OtlpReceiver.Span::name))
                .anySatisfy(span -> assertThat(span).returns("notification-service", OtlpReceiver.Span::service)
                        .returns("ipcase.credit.events process credit.listing-proposed", OtlpReceiver.Span::name))
                // and the notice's mail, sent after that commit on another thread, in the same trace
                .anySatisfy(span -> assertThat(span).returns("notification-service", OtlpReceiver.Span::service)
                        .returns("deliver EMAIL ipcase.credit.listing-proposed.v1", OtlpReceiver.Span::name));

        officer().body(Map.of("statement", "请求分期缴纳")).post(url("credit-service", "/listings/" + listing + "/object")).then()
                .log().ifValidationFails().statusCode(200);
        creditOfficer.body(Map.of("reason", "申辩理由不成立")).post(url("credit-service", "/listings/" + listing + "/list")).then().statusCode(200)
                .body("state", equalTo("LISTED"));
        as("credit-platform", "credit-china", null).get(url("credit-service", "/credit-checks/" + subject)).then().statusCode(200)
                .body("listed", equalTo(true));
        // as the credit platform sees it: the listing decision on the feed, with the CloudEvents envelope
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(CloudEventTap.of("ipcase.credit.events").ofKey(subject))
                .anyMatch(e -> e.type().equals("ipcase.credit.subject-listed.v1") && e.data().contains(listing)
                        && e.event().getSource().toString().equals("/ipcase/credit-service")));

        officer().body(Map.of("reason", "行政复议撤销")).post(url("case-service", "/cases/" + id + "/revoke-decision")).then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> as("credit-officer", "credit-officer-zhou", "360400")
                .get(url("credit-service", "/listings/" + listing)).then().body("state", equalTo("REVOKED")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(CloudEventTap.of("ipcase.credit.events").ofKey(subject))
                .anyMatch(e -> e.type().equals("ipcase.credit.subject-delisted.v1") && e.data().contains(listing)
                        && e.data().contains("\"removalReason\":\"revoked\"")));
    }

    @Test
    void aConfirmedAgreementPerformedClosesTheCaseAsMediated() throws IOException {
        String id = fileCase("ruling-request.json");
        officer().body(Map.of("reason", "双方同意调解")).post(url("case-service", "/cases/" + id + "/refer-to-mediation")).then().statusCode(200);
        String mediation = await().atMost(PATIENCE).until(() -> as("mediator", "mediator-chen", null).queryParam("caseId", id)
                .get(url("mediation-service", "/mediations")).then().extract().<String>path("items[0].id"), Objects::nonNull);
        String path = "/mediations/" + mediation + "/";
        as("mediator", "mediator-chen", null).body("{}").post(url("mediation-service", path + "accept")).then().statusCode(200);
        as("mediator", "mediator-chen", null).body(Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ON_SITE",
                "place", "第一调解室"))).post(url("mediation-service", path + "schedule-session")).then().statusCode(200);
        as("mediator", "mediator-chen", null).body(Map.of("sessionSeq", 1, "minutes", "达成一致"))
                .post(url("mediation-service", path + "record-session")).then().statusCode(200);
        String today = as("mediator", "mediator-chen", null).get(url("mediation-service", "/mediations/" + mediation)).then().extract()
                .path("openedOn");
        as("mediator", "mediator-chen", null).body(Map.of("agreement", Map.of("facts", "销售侵权产品", "disputedPoints", "赔偿数额",
                "terms", List.of(Map.of("obligor", "王建国", "obligation", "赔偿", "manner", "转账", "place", "请求人账户", "deadline", today)),
                "signatures", List.of(Map.of("signer", "福建闽科实业有限公司", "role", "COMPLAINANT", "signedOn", today),
                        Map.of("signer", "王建国", "role", "RESPONDENT", "signedOn", today),
                        Map.of("signer", "陈敏", "role", "MEDIATOR", "signedOn", today)))))
                .post(url("mediation-service", path + "reach-agreement")).then().statusCode(200);
        as("mediator", "mediator-chen", null).body(Map.of("court", "九江市濂溪区人民法院", "jointApplication", true))
                .post(url("mediation-service", path + "request-confirmation")).then().statusCode(200);
        RequestSpecification court = as("court", "court-jj-01", "360400");
        court.body(Map.of("courtCaseNumber", "(2026)赣0402民特" + run + "号")).post(url("mediation-service", path + "accept-confirmation"))
                .then().statusCode(200);
        as("court", "court-jj-01", "360400").body("{}").post(url("mediation-service", path + "confirm")).then().statusCode(200);
        as("mediator", "mediator-chen", null).body("{}").post(url("mediation-service", path + "record-performance")).then().statusCode(200);

        awaitCase(id, "CLOSED");
        getCase(id).then().body("closedReason", equalTo("MEDIATED"));
        assertThat(mail("respondent", "【司法确认】").body()).contains("九江市濂溪区人民法院");
    }
}
