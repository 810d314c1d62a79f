package io.ipcase.notification.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.ipcase.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls the notification API as a given person. */
public final class Api {

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

    public String token() {
        return token;
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** registers a member of staff with the admin: channels, e-mail, roles and region */
    public static void staff(String userId, String name, String email, List<String> channels, List<String> roles, String region) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("language", "zh");
        body.put("region", region);
        body.put("channels", channels);
        body.put("roles", roles);
        admin().request().body(body).put("/api/v1/recipients/" + userId).then().statusCode(200);
    }
}
