package io.ipcase.notification.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.ipcase.infra.testing.RogueAdministrator;
import io.ipcase.notification.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Routes, webhooks and recipients are on the register chain; a signed checkpoint shows a rewrite that leaves the chain
 * verifying on its own (docs/domain.md, "Audit").
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RegisterChainAndCheckpointsTest {

    @Inject
    DataSource db;

    static Api auditor() {
        return Api.as("auditor", "auditor-01", null);
    }

    @Test
    void routesWebhooksAndRecipientsAreOnTheRegisterChain() {
        Api admin = Api.admin();
        Map<String, Object> route = admin.request().get("/api/v1/routes").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.eventName == 'case.accepted' }");
        admin.request().body(Map.of("recipients", route.get("recipients"), "enabled", route.get("enabled"))).put("/api/v1/routes/case.accepted")
                .then().statusCode(200);
        String webhook = admin.request().body(Map.of("name", "登记链订阅", "url", "https://203.0.113.10/ipcase/hook", "secret",
                "register-chain-secret-0123", "eventNames", "probe.never-happens")).post("/api/v1/webhooks").then().statusCode(201).extract()
                .path("id");
        admin.request().delete("/api/v1/webhooks/" + webhook).then().statusCode(200);
        String officer = "officer-rc-" + UUID.randomUUID().toString().substring(0, 8);
        Api.staff(officer, "周敏", officer + "@jiujiang.example.gov.cn", List.of("EMAIL"), List.of("officer"), "360400");

        JsonPath trail = auditor().request().get("/api/v1/audit/register").then().statusCode(200).body("intact", equalTo(true)).extract()
                .jsonPath();
        assertThat(trail.getList("entries.findAll { it.entityId == '" + webhook + "' }.action")).containsExactly("subscribe", "stop");
        assertThat(trail.getString("entries.findAll { it.entityId == '" + webhook + "' }")).doesNotContain("register-chain-secret");
        Map<String, Object> recipient = trail.getMap("entries.find { it.entityId == '" + officer + "' }");
        assertThat(recipient).containsEntry("entityKind", "recipient").containsEntry("actor", "admin-root").containsEntry("role", "admin");
        assertThat((Map<String, Object>) recipient.get("newValues")).containsEntry("email", officer + "@jiujiang.example.gov.cn");
        assertThat(trail.getList("entries.findAll { it.entityKind == 'route' }.entityId")).contains("case.accepted");

        Api.as("officer", officer, "360400").request().get("/api/v1/audit/register").then().statusCode(403);
    }

    @Test
    void aRewrittenRecipientEntryShowsAgainstTheCheckpoint() {
        String officer = "officer-rw-" + UUID.randomUUID().toString().substring(0, 8);
        Api.staff(officer, "吴刚", officer + "@jiujiang.example.gov.cn", List.of("EMAIL"), List.of("officer"), "360400");
        Map<String, Object> checkpoint = Api.admin().request().post("/api/v1/audit/checkpoints").then().statusCode(201).extract().jsonPath()
                .getMap("");
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        int seq = auditor().request().get("/api/v1/audit/register").then().extract().jsonPath()
                .getInt("entries.find { it.entityId == '" + officer + "' }.seq");

        // notices redirected: the administrator rewrites the address on the chain and recomputes the hashes after it
        RogueAdministrator.rewriteRegisterEntry(db, seq, "{\"userId\":\"" + officer + "\",\"email\":\"someone-else@example.cn\"}");

        auditor().request().get("/api/v1/audit/register").then().statusCode(200).body("intact", equalTo(true));
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("findings[0].chain", equalTo("register"))
                .body("findings[0].problem", startsWith("rewritten"));
    }
}
