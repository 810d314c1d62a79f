package io.ipcase.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.notification.support.Api;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A user's own inbox: listed, marked read, streamed live; nobody else's. */
@QuarkusTest
class InboxTest {

    @TestHTTPResource("/api/v1/inbox/stream")
    URI stream;

    private static UUID overdueFor(String officer) {
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.overdue.v1", caseId, "x", d -> d.putArray("handlingOfficers").add(officer));
        Upstream.send("ipcase.case.overdue.v1", caseId.toString(), data);
        return caseId;
    }

    @Test
    void aNewMessageArrivesOnTheLiveStream() throws Exception {
        String officer = "officer-live-" + UUID.randomUUID().toString().substring(0, 8);
        Api me = Api.as("officer", officer, "360400");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + me.token()).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the stream ends when the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();

        UUID caseId = overdueFor(officer);
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(caseId.toString())));
        assertThat(lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow()).contains("【超期警示】");
        response.body().close();
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnInbox() {
        String officer = "officer-own-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "officer-other-" + UUID.randomUUID().toString().substring(0, 8);
        Api me = Api.as("officer", officer, "360400");
        UUID caseId = overdueFor(officer);
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> me.request().get("/api/v1/inbox").then().extract()
                .<String>path("items[0].id"), java.util.Objects::nonNull);
        me.request().get("/api/v1/inbox").then().body("unread", equalTo(1)).body("items[0].caseId", equalTo(caseId.toString()));

        Api them = Api.as("officer", other, "360400");
        them.request().get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(0));
        them.request().post("/api/v1/inbox/" + id + "/read").then().statusCode(403).contentType("application/problem+json");
        them.request().get("/api/v1/recipients/" + officer).then().statusCode(403);
        me.request().post("/api/v1/inbox/" + id + "/read").then().statusCode(200).body("readAt", org.hamcrest.Matchers.notNullValue());
        me.request().queryParam("unread", true).get("/api/v1/inbox").then().body("total", equalTo(0));
        given().get("/api/v1/inbox").then().statusCode(401);
        Api.as("credit-platform", "platform", null).request().get("/api/v1/inbox").then().statusCode(403);
        me.request().get("/api/v1/deliveries").then().statusCode(403);
        me.request().body(Map.of("recipients", List.of("PARTIES"), "enabled", true)).put("/api/v1/routes/case.accepted").then().statusCode(403);
    }
}
