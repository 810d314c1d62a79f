package io.ipcase.mediation.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls the mediation API as a given person, the way a client would. */
public final class Api {

    public static final String REGION = "360400";
    public static final String USCC = "91350100M000100Y43";
    public static final String RESIDENT_ID = "11010519491231002X";

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    public static Api as(String roles, String user, String region) {
        return new Api(DevTokens.token(user, roles, region));
    }

    public static Api admin() {
        return as("admin", "admin-root", null);
    }

    public static Api mediator(String id) {
        return as("mediator", id, null);
    }

    public static Api court() {
        return as("court", "court-jj-01", REGION);
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public Response act(String mediationId, String action, Map<String, Object> body) {
        return request().body(body == null ? Map.of() : body).post("/api/v1/mediations/" + mediationId + "/" + action);
    }

    public Response act(String mediationId, String action) {
        return act(mediationId, action, null);
    }

    public Response get(String mediationId) {
        return request().get("/api/v1/mediations/" + mediationId);
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }

    public static Map<String, Object> organisationParty(String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", "ORGANISATION");
        p.put("name", name);
        p.put("uscc", USCC);
        p.put("phone", "0591-87654321");
        return p;
    }

    public static Map<String, Object> individualParty(String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", "INDIVIDUAL");
        p.put("name", name);
        p.put("idNumber", RESIDENT_ID);
        p.put("phone", "13907920123");
        return p;
    }

    public static Map<String, Object> ipRight() {
        return Map.of("kind", "PATENT_UTILITY_MODEL", "number", "ZL202320123456.7", "title", "一种便携式电动打磨装置", "holder", "福建闽科实业有限公司");
    }

    /** A direct intake by an organisation (no case). */
    public static Map<String, Object> dispute(String organisationId, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("region", region);
        body.put("ipRight", ipRight());
        body.put("complainants", List.of(organisationParty("福建闽科实业有限公司")));
        body.put("respondents", List.of(individualParty("王建国")));
        body.put("summary", "销售涉嫌侵犯实用新型专利权的打磨机");
        return body;
    }
}
