package io.ipcase.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.notification.support.Api;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** The delivery log lists the newest messages first, or the oldest first when asked. */
@QuarkusTest
class DeliveryLogOrderTest {

    final Api admin = Api.admin();

    private List<String> eventIds(UUID caseId, String sort) {
        return admin.request().get("/api/v1/deliveries?caseId=" + caseId + sort).then().statusCode(200).extract().path("items.eventId");
    }

    /** the case event, sent and planned: its id once its message is in the log */
    private UUID planned(String type, UUID caseId, String tag) {
        UUID eventId = Upstream.send(type, caseId.toString(), Upstream.caseExample(type, caseId, tag, d -> { }));
        await().atMost(Duration.ofSeconds(30)).until(() -> eventIds(caseId, "").contains(eventId.toString()));
        return eventId;
    }

    @Test
    void messagesComeNewestFirstOrOldestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID caseId = UUID.randomUUID();
        String accepted = planned("ipcase.case.accepted.v1", caseId, tag).toString();
        String refused = planned("ipcase.case.refused.v1", caseId, tag).toString();

        assertThat(eventIds(caseId, "")).containsExactly(refused, accepted);
        assertThat(eventIds(caseId, "&sort=NEWEST")).containsExactly(refused, accepted);
        assertThat(eventIds(caseId, "&sort=OLDEST")).containsExactly(accepted, refused);

        // the next page keeps the sort
        String link = admin.request().get("/api/v1/deliveries?caseId=" + caseId + "&sort=OLDEST&size=1").then().statusCode(200)
                .body("items.eventId", contains(accepted)).extract().header("Link");
        String next = java.util.Arrays.stream(link.split(", ")).filter(l -> l.endsWith("rel=\"next\"")).findFirst().orElseThrow()
                .replaceAll("^<(.*)>.*$", "$1");
        assertThat(next).contains("sort=OLDEST");
        admin.request().get(next).then().statusCode(200).body("items.eventId", contains(refused));
    }

    @Test
    void anUnknownSortIsABadRequestNamingIt() {
        admin.request().get("/api/v1/deliveries?sort=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sort")).body("errors[0].message", containsString("NEWEST, OLDEST"));
    }
}
