package io.ipcase.cases.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Two officers act on the same version of a case at once: one wins, the other is told the case moved on. */
@QuarkusTest
class ConcurrentUpdateTest {

    final Api officer = Api.officer();

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = officer.registerCase(Api.penaltyCase());
        String etag = officer.get(id).then().statusCode(200).extract().header("ETag");
        officer.request().header("If-Match", etag).body(Map.of()).post("/api/v1/cases/" + id + "/accept").then().statusCode(200);
        officer.request().header("If-Match", etag).body(Map.of("reason", "x")).post("/api/v1/cases/" + id + "/withdraw").then()
                .statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(1));
        officer.get(id).then().body("state", equalTo("INVESTIGATING"));
    }

    /** repeated: a lost update shows only when the second request reads while the first holds the lock */
    @RepeatedTest(5)
    void twoConcurrentUpdatesWithTheSameVersionOneWins() throws Exception {
        String id = officer.registerCase(Api.penaltyCase());
        String etag = officer.get(id).then().extract().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = List.of("accept", "refuse").stream()
                .map(action -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return officer.request().header("If-Match", etag).body(Map.of("reason", "并发"))
                            .post("/api/v1/cases/" + id + "/" + action).statusCode();
                })).toList();
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        officer.get(id).then().body("version", equalTo(1));
        List<Map<String, Object>> audit = officer.request().get("/api/v1/cases/" + id + "/audit").then().extract().path("entries");
        assertThat(audit).hasSize(2);
    }
}
