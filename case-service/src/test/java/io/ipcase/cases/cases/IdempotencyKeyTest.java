package io.ipcase.cases.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.restassured.response.Response;

import io.quarkus.test.junit.QuarkusTest;

/** A client that retries after a lost response gets the first answer again, and nothing is done twice. */
@QuarkusTest
class IdempotencyKeyTest {

    final Api officer = Api.officer();

    long caseCount() {
        return officer.request().get("/api/v1/cases?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    Response register(String key, Map<String, Object> body) {
        return officer.request().header("Idempotency-Key", key).body(body).post("/api/v1/cases");
    }

    @Test
    void aRetriedRegistrationCreatesOneCase() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.penaltyCase();
        long before = caseCount();
        Response first = register(key, body);
        first.then().statusCode(201);
        Response again = register(key, body);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertThat(caseCount()).isEqualTo(before + 1);
        // without a key each POST is a new request
        officer.register(body).then().statusCode(201);
        assertThat(caseCount()).isEqualTo(before + 2);
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        register(key, Api.penaltyCase()).then().statusCode(201);
        long before = caseCount();
        Map<String, Object> other = Api.penaltyCase();
        other.put("summary", "另一件事");
        register(key, other).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"));
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aRetriedActionIsAnsweredAsTheFirstTimeNotWith409() {
        String id = officer.registerCase(Api.penaltyCase());
        String key = UUID.randomUUID().toString();
        officer.request().header("Idempotency-Key", key).body(Map.of()).post("/api/v1/cases/" + id + "/accept").then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"));
        officer.request().header("Idempotency-Key", key).body(Map.of()).post("/api/v1/cases/" + id + "/accept").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("state", equalTo("INVESTIGATING"));
        officer.get(id).then().body("version", equalTo(1));
        // a new key is a new request: accepting twice is not allowed
        officer.request().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of()).post("/api/v1/cases/" + id + "/accept")
                .then().statusCode(409);
    }

    @Test
    void aRefusedRequestStoresNothingSoItCanBeCorrectedUnderTheSameKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.penaltyCase();
        body.put("region", "990400");
        register(key, body).then().statusCode(400);
        register(key, Api.penaltyCase()).then().statusCode(201);
    }

    @Test
    void keysAreTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        Response mine = register(key, Api.penaltyCase());
        Response theirs = Api.as("officer", "officer-chen", Api.REGION).request().header("Idempotency-Key", key).body(Api.penaltyCase())
                .post("/api/v1/cases");
        theirs.then().statusCode(201);
        assertThat(theirs.<String>path("id")).isNotEqualTo(mine.path("id"));
    }

    @Test
    void aMalformedKeyIs400() {
        register("not a key\u0001", Api.penaltyCase()).then().statusCode(400).contentType("application/problem+json");
        register("x".repeat(201), Api.penaltyCase()).then().statusCode(400);
    }

    @Test
    void theOpenApiDocumentNamesTheHeaderOnEveryPost() {
        io.restassured.path.json.JsonPath openapi = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        paths.forEach((path, item) -> {
            if (item.containsKey("post")) {
                assertThat(openapi.getList("paths['" + path + "'].post.parameters.name")).as(path).contains("Idempotency-Key");
            }
        });
    }
}
