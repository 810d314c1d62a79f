package io.ipcase.credit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.infra.testing.RogueAdministrator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A subject's infringement records are on the register chain; signed checkpoints of it and of the listings' chains show
 * a rewrite that leaves each chain verifying on its own (docs/domain.md, "Audit").
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RegisterChainAndCheckpointsTest {

    @Inject
    DataSource db;

    final Api officer = Api.creditOfficer();

    static Api auditor() {
        return Api.as("auditor", "auditor-01", null);
    }

    @Test
    void recordsAreOnTheRegisterChainAndARewrittenListingShowsAgainstTheCheckpoint() {
        String subject = Subjects.uscc();
        Upstream.Decision d = Upstream.Decision.against(subject, "九江某链条有限公司", LocalDate.of(2026, 5, 11));
        Upstream.decisionNotPerformed(d, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(subject).then().statusCode(200)
                .body("items.rule", contains("REFUSAL_TO_PERFORM")));
        String listing = officer.listingsOf(subject).then().extract().path("items[0].id");

        List<Map<String, Object>> entries = auditor().request().get("/api/v1/audit/register").then().statusCode(200)
                .body("intact", equalTo(true)).extract().jsonPath().getList("entries.findAll { it.newValues.subjectId == '" + subject + "' }");
        assertThat(entries).extracting(e -> e.get("entityKind") + " " + e.get("action")).containsExactly("infringement-record add");
        assertThat((Map<String, Object>) entries.get(0).get("newValues")).containsEntry("subjectKind", "ORGANISATION");

        Map<String, Object> checkpoint = Api.as("admin", "admin-root", null).request().post("/api/v1/audit/checkpoints").then().statusCode(201)
                .extract().jsonPath().getMap("");
        assertThat((List<Map<String, Object>>) checkpoint.get("heads")).extracting(h -> h.get("chain") + "/" + h.get("id"))
                .contains("register/register", "listing/" + listing);
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(true));

        RogueAdministrator.rewriteAggregateEntry(db, "listing", "listing_audit_entry", "listing_id", UUID.fromString(listing), 1, "改写");

        officer.request().get("/api/v1/listings/" + listing + "/audit").then().statusCode(200).body("intact", equalTo(true));
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("findings.find { it.id == '" + listing + "' }.chain", equalTo("listing"))
                .body("findings.find { it.id == '" + listing + "' }.problem", startsWith("rewritten"));
        officer.request().get("/api/v1/audit/register").then().statusCode(403);
    }

    @Test
    void aRevokedDecisionsRecordIsOnTheRegisterChain() {
        String subject = Subjects.uscc();
        Upstream.Decision d = Upstream.Decision.against(subject, "九江某撤销有限公司", LocalDate.of(2026, 5, 11));
        Upstream.decisionNotPerformed(d, UUID.randomUUID());
        Upstream.decisionRevoked(d);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(auditor().request().get("/api/v1/audit/register").then()
                .statusCode(200).extract().jsonPath().getList("entries.findAll { it.newValues.subjectId == '" + subject + "' }.action"))
                .containsExactly("add", "revoked"));
    }
}
