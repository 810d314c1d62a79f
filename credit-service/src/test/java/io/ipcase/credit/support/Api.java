package io.ipcase.credit.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import io.ipcase.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls the credit API as a given person, the way a client would. */
public final class Api {

    public static final String REGION = "360400";

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    public static Api as(String roles, String user, String region) {
        return new Api(DevTokens.token(user, roles, region));
    }

    public static Api creditOfficer() {
        return as("credit-officer", "credit-officer-zhou", REGION);
    }

    public static Api officer() {
        return as("officer", "officer-li", REGION);
    }

    public static Api platform() {
        return as("credit-platform", "credit-china", null);
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public Response act(String listingId, String action, Map<String, Object> body) {
        return request().body(body == null ? Map.of() : body).post("/api/v1/listings/" + listingId + "/" + action);
    }

    public Response listingsOf(String subjectId) {
        return request().queryParam("subjectId", subjectId).get("/api/v1/listings");
    }

    /**
     * notification-service reports the notice of every proposal of these subjects that waits for it delivered at noon
     * China time on that day, and the proposals' windows are set: the window runs from the notice's service
     * (docs/domain.md, "The notice and the objection window")
     */
    public static void deliverNotices(LocalDate receivedOn, String... subjects) {
        Api officer = creditOfficer();
        for (String subject : subjects) {
            List<String> waiting = officer.request().queryParam("subjectId", subject).queryParam("state", "PROPOSED").get("/api/v1/listings")
                    .then().statusCode(200).extract().path("items.findAll { it.objectionDue == null }.id");
            for (String id : waiting) {
                Upstream.noticeDelivered(id, subject, receivedOn.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            }
            for (String id : waiting) {
                await().atMost(Duration.ofSeconds(30)).until(() -> officer.request().get("/api/v1/listings/" + id).then().extract()
                        .<String>path("objectionDue"), Objects::nonNull);
            }
        }
    }

    /**
     * The credit officer lists every proposal of these subjects that is due for decision (its objection window passed
     * without objection and the watch handed it over): the calendar never lists, a credit officer does.
     */
    public static void listWhatIsDue(String... subjects) {
        Api officer = creditOfficer();
        for (String subject : subjects) {
            List<String> due = officer.request().queryParam("subjectId", subject).queryParam("state", "AWAITING_DECISION").get("/api/v1/listings")
                    .then().statusCode(200).extract().path("items.id");
            for (String id : due) {
                officer.act(id, "list", Map.of("reason", "告知期满未提出陈述申辩，经审查予以列入")).then().statusCode(200);
            }
        }
    }
}
