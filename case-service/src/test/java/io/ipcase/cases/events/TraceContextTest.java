package io.ipcase.cases.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.TopicTap;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An event carries the trace of the request that caused it (the CloudEvents distributed-tracing extension,
 * {@code traceparent}), though the outbox publishes it after the commit: the consumers' spans join that trace.
 */
@QuarkusTest
class TraceContextTest {

    final TopicTap topic = TopicTap.of("ipcase.case.events");

    @Test
    void anEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callersSpan = "00f067aa0ba902b7";
        String id = Api.officer().request().header("traceparent", "00-" + traceId + "-" + callersSpan + "-01").body(Api.penaltyCase())
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(id)).singleElement().satisfies(event -> {
            String traceparent = event.headers().get("traceparent");
            assertThat(traceparent).as("traceparent of %s", event.type()).matches("00-" + traceId + "-[0-9a-f]{16}-01");
            assertThat(traceparent).as("a span of case-service's own, under the caller's").doesNotContain(callersSpan);
        }));
    }

    @Test
    void aRequestWithoutATraceStartsOne() {
        String id = Api.officer().registerCase(Api.penaltyCase());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(id)).singleElement()
                .satisfies(event -> assertThat(event.headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")));
    }
}
