package io.ipcase.credit.listings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The subject states its own case through the one-time link of the notice delivered to it, not only through an officer
 * (docs/domain.md, "The notice and the objection window"): anonymous, once, while the window runs, and the page shows the
 * proposal's grounds and the deadline but not the subject's name or identity number.
 */
@QuarkusTest
class SubjectStatementTest {

    static final TopicTap FEED = TopicTap.of("ipcase.credit.events");

    @Inject
    IpcaseClock clock;

    final Api creditOfficer = Api.creditOfficer();

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    /** an individual proposed on 20 May 2026 whose notice, carrying the link of that token, reached it that day */
    private String proposedAndDelivered(String subject, String name, String token) throws Exception {
        clock.fixAt(LocalDate.of(2026, 5, 20));
        // staff's reason names the subject: the anonymous page must not
        Upstream.decisionNotPerformed(Upstream.Decision.against(subject, name, LocalDate.of(2026, 4, 20)),
                "当事人" + name + "（身份证" + subject + "）逾期未缴纳罚款", "欧阳明月", Subjects.residentId(), "13800138000");
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> creditOfficer.listingsOf(subject).then().extract().<String>path("items[0].id"),
                Objects::nonNull);
        Upstream.noticeDelivered(UUID.randomUUID(), id, subject, Instant.parse("2026-05-20T02:00:00Z"), sha256(token));
        await().atMost(Duration.ofSeconds(30)).until(() -> creditOfficer.request().get("/api/v1/listings/" + id).then().extract()
                .<String>path("noticeServedOn"), Objects::nonNull);
        return id;
    }

    @Test
    void theSubjectFilesItsOwnStatementOnceByTheLinkOfItsNotice() throws Exception {
        String subject = Subjects.residentId();
        String token = newToken();
        String id = proposedAndDelivered(subject, "周建英", token);
        clock.fixAt(LocalDate.of(2026, 5, 27));

        String page = given().get("/api/v1/listings/statements/" + token).then().statusCode(200).header("Cache-Control", "no-store")
                .body("authority", equalTo("九江市市场监督管理局")).body("rule", equalTo("REFUSAL_TO_PERFORM"))
                .body("legalBasis", startsWith("《知识产权信用管理规定》第六条")).body("objectionDue", equalTo("2026-05-27"))
                .body("open", equalTo(true)).extract().asString();
        // the grounds, the deadline — and no name or identity number of the subject
        assertThat(page).contains("逾期未缴纳罚款").doesNotContain("周建英").doesNotContain(subject).doesNotContain(subject.substring(6, 14));

        // an unknown or malformed link is the same 404 problem, naming no token
        given().contentType(ContentType.JSON).body(Map.of("statement", "x")).post("/api/v1/listings/statements/" + newToken()).then()
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/listings/statements/not-a-token").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/listings/statements/" + token).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("statement"));

        given().contentType(ContentType.JSON).body(Map.of("statement", "罚款已于5月25日缴清，附缴款凭证")).post("/api/v1/listings/statements/" + token)
                .then().statusCode(200).body("open", equalTo(false)).body("objectedOn", equalTo("2026-05-27")).body("objectionFiledBy", equalTo("SUBJECT"));
        // once: the proposal has moved on
        given().contentType(ContentType.JSON).body(Map.of("statement", "再次提交")).post("/api/v1/listings/statements/" + token).then()
                .statusCode(409).contentType("application/problem+json");

        // the link's token never reaches the metrics page: routes are named by their templates
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString()).doesNotContain(token)
                .contains("uri=\"/api/v1/listings/statements/{token}\"");

        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("OBJECTED"))
                .body("objection", equalTo("罚款已于5月25日缴清，附缴款凭证")).body("objectionFiledBy", equalTo("SUBJECT"))
                .body("allowedActions", contains("list", "dismiss"));
        creditOfficer.request().get("/api/v1/listings/" + id + "/audit").then().body("intact", equalTo(true))
                .body("entries.action", contains("propose", "serve-notice", "object")).body("entries[2].actor", equalTo("subject"))
                .body("entries[2].role", equalTo("subject"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).endsWith(
                "ipcase.credit.notice-served.v1", "ipcase.credit.objection-filed.v1"));
        assertThat(FEED.ofKey(subject).get(FEED.ofKey(subject).size() - 1).data()).contains("\"objectionFiledBy\":\"SUBJECT\"")
                .contains("\"actor\":\"subject\"");
    }

    @Test
    void theLinkServesOnlyWhileTheWindowRuns() throws Exception {
        String subject = Subjects.residentId();
        String token = newToken();
        String id = proposedAndDelivered(subject, "李四", token);
        clock.fixAt(LocalDate.of(2026, 5, 28));
        given().get("/api/v1/listings/statements/" + token).then().statusCode(200).body("open", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("statement", "逾期提交")).post("/api/v1/listings/statements/" + token).then()
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("objection-window-passed"));
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED")).body("objection", equalTo(null));
    }
}
