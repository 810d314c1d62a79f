package io.ipcase.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.ipcase.notification.service.Webhooks;
import io.ipcase.notification.support.Api;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** External systems get events by signed POST; failures are retried with backoff, then given up and recorded. */
@QuarkusTest
class WebhookTest {

    record Received(String body, String signature, String eventId) {
    }

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger arrived = new AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    /** a receiving system that answers 500 the first {@code failures} times, then 200 */
    private String endpoint(int failures, boolean hang) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            arrived.incrementAndGet();
            if (hang) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = calls.incrementAndGet() <= failures ? 500 : 200;
            if (status == 200) {
                received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Ipcase-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Ipcase-Event-Id")));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private static String subscribe(String url, String secret, String events) {
        return Api.admin().request().body(Map.of("name", "信用中国测试", "url", url, "secret", secret, "eventNames", events))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    @Test
    void failingTwiceThenSucceedingGivesExactlyOneSignedDelivery() throws Exception {
        String secret = "s3cret-" + UUID.randomUUID();
        String id = subscribe(endpoint(2, false), secret, "credit.subject-listed");
        UUID eventId = Upstream.send("ipcase.credit.subject-listed.v1", "91350100M000100Y43", Upstream.example("ipcase.credit.subject-listed.v1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        Received r = received.get(0);
        assertThat(r.eventId()).isEqualTo(eventId.toString());
        assertThat(r.signature()).isEqualTo("sha256=" + Webhooks.sign(secret, r.body()));
        assertThat(r.body()).contains("\"decisionNumber\"");
        Api.as("auditor", "auditor-1", null).request().queryParam("eventId", eventId.toString()).queryParam("recipient", id)
                .get("/api/v1/deliveries").then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(3)).body("items[0].attemptLog.outcome", org.hamcrest.Matchers.contains("FAILED", "FAILED", "SENT"));
        Api.admin().request().delete("/api/v1/webhooks/" + id).then().statusCode(200);
    }

    @Test
    void anEndpointThatNeverAnswersIsGivenUpAfterTheConfiguredAttempts() throws Exception {
        String id = subscribe(endpoint(0, true), "another-secret-0123", "credit.subject-delisted");
        UUID eventId = Upstream.send("ipcase.credit.subject-delisted.v1", "91350100M000100Y43",
                Upstream.example("ipcase.credit.subject-delisted.v1"));
        Api auditor = Api.as("auditor", "auditor-1", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> auditor.request().queryParam("eventId", eventId.toString())
                .queryParam("recipient", id).get("/api/v1/deliveries").then().body("items[0].status", equalTo("GAVE_UP")));
        auditor.request().queryParam("eventId", eventId.toString()).queryParam("recipient", id).get("/api/v1/deliveries").then()
                .body("items[0].attempts", equalTo(3)).body("items[0].lastError", org.hamcrest.Matchers.containsString("no answer"));
        assertThat(received).isEmpty();
        Api.admin().request().delete("/api/v1/webhooks/" + id).then().statusCode(200);
    }

    @Test
    void stoppingASubscriptionWithdrawsWhatWaitsForARetry() throws Exception {
        String id = subscribe(endpoint(0, true), "stopped-secret-0123", "credit.subject-listed");
        UUID eventId = Upstream.send("ipcase.credit.subject-listed.v1", "91350100M000100Y43", Upstream.example("ipcase.credit.subject-listed.v1"));
        // the first attempt reaches the endpoint, which does not answer; the administrator stops the subscription meanwhile
        await().atMost(Duration.ofSeconds(30)).until(() -> arrived.get() == 1);
        Api.admin().request().delete("/api/v1/webhooks/" + id).then().statusCode(200).body("active", equalTo(false));
        Api auditor = Api.as("auditor", "auditor-1", null);
        // the attempt under way ends (no answer in time); what would have been its retry is withdrawn instead
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> auditor.request().queryParam("eventId", eventId.toString())
                .queryParam("recipient", id).get("/api/v1/deliveries").then().body("items[0].status", equalTo("WITHDRAWN"))
                .body("items[0].attempts", equalTo(1)));
        // no retry follows, though the first attempt failed and two more were allowed
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> arrived.get() == 1);
        auditor.request().queryParam("status", "WITHDRAWN").queryParam("recipient", id).get("/api/v1/deliveries").then()
                .body("total", equalTo(1)).body("items[0].attempts", equalTo(1));
        assertThat(received).isEmpty();
    }

    @Test
    void onlyAnAdminSubscribesAndBadSubscriptionsAre400() {
        Api.as("officer", "officer-li", "360400").request().body(Map.of("name", "x", "url", "http://x", "secret", "0123456789abcdef",
                "eventNames", "*")).post("/api/v1/webhooks").then().statusCode(403);
        Api.admin().request().body(Map.of("name", "x", "url", "ftp://x", "secret", "short", "eventNames", "case accepted")).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("url", "secret", "eventNames"));
    }
}
