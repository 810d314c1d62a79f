package io.ipcase.cases.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.RogueAdministrator;
import io.quarkus.test.junit.QuarkusTest;

/** The audit trail records every command and shows when a stored entry has been altered. */
@QuarkusTest
class AuditChainTest {

    @Inject
    DataSource dataSource;

    final Api officer = Api.officer();

    @Test
    void everyCommandIsRecordedAndTheChainVerifies() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "suspend", Api.reason("等待检验结果")).then().statusCode(200);
        Api.as("auditor", "auditor-qian", null).request().get("/api/v1/cases/" + id + "/audit").then().statusCode(200)
                .body("intact", equalTo(true))
                .body("entries", hasSize(3))
                .body("entries.action", contains("register", "accept", "suspend"))
                .body("entries.actor", contains("officer-li", "officer-li", "officer-li"))
                .body("entries[2].beforeState", equalTo("INVESTIGATING"))
                .body("entries[2].afterState", equalTo("SUSPENDED"))
                .body("entries[2].reason", equalTo("等待检验结果"));
    }

    @Test
    void aTamperedRowBreaksTheChainFromThatEntry() throws Exception {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "suspend", Api.reason("等待检验结果")).then().statusCode(200);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // an administrator with direct database access, bypassing the append-only trigger
            statement.execute("alter table audit_entry disable trigger audit_entry_no_update");
            try {
                statement.execute("update audit_entry set actor = 'someone-else' where case_id = '" + UUID.fromString(id) + "' and seq = 2");
            } finally {
                statement.execute("alter table audit_entry enable trigger audit_entry_no_update");
            }
        }
        officer.request().get("/api/v1/cases/" + id + "/audit").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo(2));
    }

    /** an administrator who recomputes the hashes after the entry changed leaves an intact chain, but not one a checkpoint signed (docs/domain.md, "Audit") */
    @Test
    void aRewriteWithRecomputedHashesShowsAgainstASignedCheckpoint() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        var taken = Api.as("admin", "admin-root", null).request().post("/api/v1/audit/checkpoints").then().statusCode(201)
                .body("heads.id", hasItem(id)).extract();
        Map<String, Object> checkpoint = taken.jsonPath().getMap("");
        Api auditor = Api.as("auditor", "auditor-qian", null);
        // the Location of the checkpoint taken lists it first
        auditor.request().get(taken.header("Location")).then().statusCode(200).body("[0].seq", equalTo(checkpoint.get("seq")))
                .body("[0].signature", equalTo(checkpoint.get("signature")));
        // (the checkpoint signs every case changed since the last: those the other tests tampered with show, this one holds)
        auditor.request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("findings.id", not(hasItem(id)));

        RogueAdministrator.rewriteAggregateEntry(dataSource, "ip_case", "audit_entry", "case_id", UUID.fromString(id), 1, "改写的登记");

        auditor.request().get("/api/v1/cases/" + id + "/audit").then().statusCode(200).body("intact", equalTo(true));
        auditor.request().body(Map.of("checkpoints", List.of(checkpoint))).post("/api/v1/audit/checkpoints/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("findings.find { it.id == '" + id + "' }.chain", equalTo("case"))
                .body("findings.find { it.id == '" + id + "' }.problem", startsWith("rewritten"));
        officer.request().get("/api/v1/audit/checkpoints").then().statusCode(403);
    }

    @Test
    void removingTheNewestEntriesIsDetected() throws Exception {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "suspend", Api.reason("等待检验结果")).then().statusCode(200);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_no_update");
            try {
                statement.execute("delete from audit_entry where case_id = '" + UUID.fromString(id) + "' and seq = 3");
            } finally {
                statement.execute("alter table audit_entry enable trigger audit_entry_no_update");
            }
        }
        officer.request().get("/api/v1/cases/" + id + "/audit").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo(3));
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() throws Exception {
        String id = officer.registerCase(Api.penaltyCase());
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(
                    "delete from audit_entry where case_id = '" + UUID.fromString(id) + "'")).hasMessageContaining("append-only");
        }
    }
}
