package io.ipcase.credit.support;

import static io.restassured.RestAssured.given;

import java.util.List;
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
