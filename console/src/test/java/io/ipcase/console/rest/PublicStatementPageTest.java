package io.ipcase.console.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The subject's statement page is public: no sign-in, and a link that is no link is a plain 404 that names no token; its
 * form keeps the console's CSRF rule (no service is called).
 */
@QuarkusTest
class PublicStatementPageTest {

    @Test
    void aMalformedLinkIsNotFoundWithoutSigningIn() {
        given().redirects().follow(false).get("/public/statement/not-a-token").then().statusCode(404)
                .body(containsString("error-notFound"));
    }

    @Test
    void theStatementFormNeedsThePagesCsrfToken() {
        String token = "A".repeat(43);
        String csrf = given().get("/sign-in").getCookie("ipcase_csrf");
        given().cookie("ipcase_csrf", csrf).formParam("statement", "x").post("/public/statement/" + token).then().statusCode(403);
    }
}
