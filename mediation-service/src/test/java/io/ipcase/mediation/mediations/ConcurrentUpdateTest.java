package io.ipcase.mediation.mediations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.RepeatedTest;

import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** Two commands on the same version of a mediation at once: one wins, the other is told it moved on. */
@QuarkusTest
class ConcurrentUpdateTest {

    @RepeatedTest(3)
    void twoConcurrentCommandsOnTheSameVersionOneWins() throws Exception {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360498");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360498")).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        Api mediator = Api.mediator(mediatorId);
        String etag = mediator.act(id, "accept").then().statusCode(200).extract().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = List.of("fail", "withdraw").stream()
                .map(action -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return mediator.request().header("If-Match", etag).body(Map.of("reason", "并发"))
                            .post("/api/v1/mediations/" + id + "/" + action).statusCode();
                })).toList();
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        Api.admin().get(id).then().body("version", equalTo(2));
        Api.admin().request().get("/api/v1/mediations/" + id + "/audit").then().body("intact", equalTo(true))
                .body("entries", org.hamcrest.Matchers.hasSize(3));
    }
}
