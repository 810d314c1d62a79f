package io.ipcase.mediation.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.ipcase.infra.DevTokens;
import io.ipcase.infra.testing.RogueAdministrator;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The registry's changes are on the register chain, and signed checkpoints show a database administrator's rewrite
 * that leaves every chain verifying on its own (docs/domain.md, "Audit").
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
    void registryChangesAreOnTheRegisterChainWhichVerifies() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360491");
        String mediator = Registry.mediator(organisation, "陈敏", "TRADEMARK");
        organisation.admin().request().body(Map.of("active", false, "ipKinds", List.of("PATENT_INVENTION"), "phone", "0792-8001234"))
                .put("/api/v1/mediation-organisations/" + organisation.id() + "/mediators/" + mediator).then().statusCode(200);

        JsonPath trail = auditor().request().get("/api/v1/audit/register").then().statusCode(200).body("intact", equalTo(true))
                .extract().jsonPath();
        List<Map<String, Object>> mine = trail.getList("entries.findAll { it.entityId == '" + mediator + "' }");
        assertThat(mine).extracting(e -> e.get("action")).containsExactly("register", "update");
        Map<String, Object> update = mine.get(1);
        assertThat(update).containsEntry("actor", organisation.adminId()).containsEntry("role", "organisation-admin")
                .containsEntry("entityKind", "mediator");
        assertThat((Map<String, Object>) update.get("newValues")).containsEntry("active", false)
                .containsEntry("phone", "0792-8001234");
        auditor().request().get("/api/v1/audit/register").then().body("entries.entityId", hasItem(organisation.id()));

        Api.mediator(mediator).request().get("/api/v1/audit/register").then().statusCode(403);
        organisation.admin().request().get("/api/v1/audit/register").then().statusCode(403);
    }

    @Test
    void aCheckpointIsSignedKeptInTheFileAndVerifies() throws Exception {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360491");
        String mediation = openMediation(organisation);

        Map<String, Object> checkpoint = takeCheckpoint();
        assertThat((List<Map<String, Object>>) checkpoint.get("heads")).extracting(h -> h.get("chain") + "/" + h.get("id"))
                .contains("register/register", "mediation/" + mediation);
        // the operator's copy: one JSON line per checkpoint
        String line = await().atMost(Duration.ofSeconds(10)).until(() -> Files.readAllLines(Path.of("target/audit-checkpoints.jsonl")).stream()
                .filter(l -> l.contains((String) checkpoint.get("signature"))).findFirst().orElse(null), Objects::nonNull);
        assertThat(line).startsWith("{\"service\":\"mediation-service\",\"seq\":" + checkpoint.get("seq") + ",");

        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).queryParam("keyId", checkpoint.get("keyId")).post("/api/v1/audit/checkpoints/verify")
                .then().statusCode(200).body("intact", equalTo(true)).body("checkpoints", equalTo(1));
        auditor().request().queryParam("after", ((Number) checkpoint.get("seq")).longValue() - 1).get("/api/v1/audit/checkpoints").then()
                .statusCode(200).body("[0].signature", equalTo(checkpoint.get("signature")));
        // nothing changed since: no new checkpoint
        Api.admin().request().post("/api/v1/audit/checkpoints").then().statusCode(204);
    }

    @Test
    void aRewrittenRegisterEntryWithRecomputedHashesShowsAgainstTheCheckpoint() throws Exception {
        Registry.Organisation organisation = Registry.organisation("INDUSTRY", "360491");
        String mediator = Registry.mediator(organisation, "刘洋", "TRADEMARK");
        Map<String, Object> checkpoint = takeCheckpoint();
        int seq = auditor().request().get("/api/v1/audit/register").then().extract().jsonPath()
                .getInt("entries.find { it.entityId == '" + mediator + "' }.seq");

        // the operator's command, on the operator's copy of the checkpoint
        Path copy = operatorsCopy(checkpoint);
        assertThat(auditCheck(copy, (String) checkpoint.get("keyId"))).startsWith("0\nintact: 1 checkpoints");

        RogueAdministrator.rewriteRegisterEntry(db, seq, "{\"id\":\"" + mediator + "\",\"active\":true,\"ipKinds\":[\"PATENT_INVENTION\"]}");

        // the chain alone still holds together: only the signed checkpoint shows the rewrite
        auditor().request().get("/api/v1/audit/register").then().statusCode(200).body("intact", equalTo(true));
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("findings.chain", hasItem("register"))
                .body("findings.find { it.chain == 'register' }.problem", startsWith("rewritten"));
        assertThat(auditCheck(copy, (String) checkpoint.get("keyId"))).startsWith("1\n")
                .contains("checkpoint " + checkpoint.get("seq") + ": register register seq ").contains("rewritten").contains("NOT INTACT");
    }

    /** the checkpoint's line from the file the service appends to, copied where the operator keeps it */
    private static Path operatorsCopy(Map<String, Object> checkpoint) throws Exception {
        String line = await().atMost(Duration.ofSeconds(10)).until(() -> Files.readAllLines(Path.of("target/audit-checkpoints.jsonl")).stream()
                .filter(l -> l.contains((String) checkpoint.get("signature"))).findFirst().orElse(null), Objects::nonNull);
        Path copy = Files.createTempFile("checkpoints", ".jsonl");
        Files.writeString(copy, line + "\n");
        return copy;
    }

    /** runs README's check command against this service: its exit status, a newline, what it printed */
    private static String auditCheck(Path checkpoints, String keyId) throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", "../deploy/local/audit-check.sh", "http://localhost:" + RestAssured.port,
                checkpoints.toString(), keyId).redirectErrorStream(true);
        command.environment().put("IPCASE_TOKEN", DevTokens.token("auditor-01", "auditor", null));
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return process.waitFor() + "\n" + output;
    }

    @Test
    void aRewrittenMediationAuditEntryShowsAgainstTheCheckpoint() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360491");
        String mediation = openMediation(organisation);
        Map<String, Object> checkpoint = takeCheckpoint();

        RogueAdministrator.rewriteAggregateEntry(db, "mediation", "mediation_audit_entry", "mediation_id", UUID.fromString(mediation), 1,
                "改写的理由");

        auditor().request().get("/api/v1/mediations/" + mediation + "/audit").then().statusCode(200).body("intact", equalTo(true));
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("findings.id", hasItems(mediation))
                .body("findings.find { it.id == '" + mediation + "' }.chain", equalTo("mediation"))
                .body("findings.find { it.id == '" + mediation + "' }.seq", notNullValue());
    }

    @Test
    void anAlteredCheckpointIsRefusedAndBadInputIsAProblem() {
        Registry.organisation("PEOPLES", "360491");
        Map<String, Object> checkpoint = new HashMap<>(takeCheckpoint());
        checkpoint.put("takenAt", "2020-01-01T00:00:00Z");
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("findings[0].problem", startsWith("the signature does not hold"));
        auditor().request().body(Map.of("checkpoints", List.of(checkpoint))).queryParam("keyId", "0123456789abcdef").post("/api/v1/audit/checkpoints/verify").then()
                .statusCode(200).body("intact", equalTo(false));

        auditor().request().body(Map.of("checkpoints", "not a list")).post("/api/v1/audit/checkpoints/verify").then().statusCode(400)
                .contentType("application/problem+json");
        auditor().request().body(Map.of("checkpoints", List.of(Map.of("service", "mediation-service")))).post("/api/v1/audit/checkpoints/verify").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> noEntry = new HashMap<>(checkpoint);
        noEntry.put("heads", List.of(Map.of("chain", "register", "id", "register", "seq", 0, "hash", "0".repeat(64))));
        auditor().request().body(Map.of("checkpoints", List.of(noEntry))).post("/api/v1/audit/checkpoints/verify").then().statusCode(400)
                .contentType("application/problem+json");
        auditor().request().body(Map.of("checkpoints", List.of())).queryParam("keyId", "XYZ").post("/api/v1/audit/checkpoints/verify").then().statusCode(400)
                .contentType("application/problem+json");
        auditor().request().post("/api/v1/audit/checkpoints").then().statusCode(403);
    }

    private static String openMediation(Registry.Organisation organisation) {
        return organisation.admin().request().body(Api.dispute(organisation.id(), "360491")).post("/api/v1/mediations").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> takeCheckpoint() {
        return Api.admin().request().post("/api/v1/audit/checkpoints").then().statusCode(201).body("signature", notNullValue()).extract()
                .jsonPath().getMap("");
    }
}
