package io.ipcase.cases.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipcase.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls the case API as a given person, the way a client would. */
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

    public static String officerToken() {
        return DevTokens.token("officer-li", "officer", REGION);
    }

    /** the body as JSON text, for tests that edit it as text */
    public static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Api officer() {
        return as("officer", "officer-li", REGION);
    }

    public static Api head() {
        return as("head", "head-wang", REGION);
    }

    public static Api reviewer() {
        return as("reviewer", "reviewer-zhao", REGION);
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public Response register(Map<String, Object> body) {
        return request().body(body).post("/api/v1/cases");
    }

    public String registerCase(Map<String, Object> body) {
        return register(body).then().statusCode(201).extract().path("id");
    }

    public Response act(String caseId, String action, Map<String, Object> body) {
        return request().body(body == null ? Map.of() : body).post("/api/v1/cases/" + caseId + "/" + action);
    }

    public Response act(String caseId, String action) {
        return act(caseId, action, null);
    }

    /** the notice of the intended penalty served today, the party having waived statement and hearing in writing */
    public void noticeWaived(String caseId) {
        request().body(Map.of("partyWaived", true)).post("/api/v1/cases/" + caseId + "/penalty-notice").then().statusCode(200);
    }

    public Response get(String caseId) {
        return request().get("/api/v1/cases/" + caseId);
    }

    public static Map<String, Object> rulingRequest() {
        Map<String, Object> body = penaltyCase();
        body.put("track", "INFRINGEMENT_RULING");
        body.put("ipRight", Map.of("kind", "PATENT_UTILITY_MODEL", "number", "ZL202310123456.7", "title", "一种折叠桌", "holder",
                "福州某科技有限公司"));
        body.put("complainants", List.of(organisation("福州某科技有限公司")));
        return body;
    }

    public static Map<String, Object> penaltyCase() {
        Map<String, Object> body = new HashMap<>();
        body.put("track", "ADMINISTRATIVE_PENALTY");
        body.put("procedure", "ORDINARY");
        body.put("region", REGION);
        body.put("source", "COMPLAINT");
        body.put("ipRight", Map.of("kind", "TRADEMARK", "number", "第12345678号", "title", "庐山云雾", "holder", "九江某茶业有限公司"));
        body.put("complainants", new ArrayList<>(List.of(organisation("九江某茶业有限公司"))));
        body.put("respondents", new ArrayList<>(List.of(organisation("九江某商贸有限公司"), individual("张三丰"))));
        body.put("handlingOfficers", List.of("officer-li", "officer-chen"));
        body.put("summary", "销售假冒注册商标的茶叶");
        body.put("amountInvolved", 12000);
        return body;
    }

    public static Map<String, Object> organisation(String name) {
        return new HashMap<>(Map.of("kind", "ORGANISATION", "name", name, "uscc", USCC, "address", "江西省九江市浔阳区", "phone",
                "0792-1234567", "email", "legal@example.org"));
    }

    public static Map<String, Object> individual(String name) {
        return new HashMap<>(Map.of("kind", "INDIVIDUAL", "name", name, "idNumber", RESIDENT_ID, "phone", "13800000000"));
    }

    public static Map<String, Object> decision(boolean infringementFound, Number fine) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("infringementFound", infringementFound);
        decision.put("intentional", infringementFound);
        decision.put("orders", "立即停止侵权行为");
        if (fine != null) {
            decision.put("fine", fine);
        }
        return Map.of("decision", decision);
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }
}
