package io.ipcase.console.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Sign-in, sign-out and the CSRF rule, through HTTP as a browser meets them (no service is called). */
@QuarkusTest
class SignInAndCsrfTest {

    @Test
    void theSignInPageListsTheLocalUsersAndSetsAStrictHttpOnlyCsrfCookie() {
        Response page = given().redirects().follow(false).get("/sign-in");
        page.then().statusCode(200).body(containsString("officer-li")).body(containsString("head-wang"));
        String cookie = page.getHeader("Set-Cookie");
        assertThat(cookie).contains("ipcase_csrf=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void signingInNeedsThePagesCsrfToken() {
        String csrf = given().get("/sign-in").getCookie("ipcase_csrf");
        given().cookie("ipcase_csrf", csrf).formParam("user", "officer-li").post("/sign-in").then().statusCode(403);
        given().cookie("ipcase_csrf", csrf).header("X-CSRF-Token", "another-token-of-the-same-length-000000000").formParam("user", "officer-li")
                .post("/sign-in").then().statusCode(403);
        given().cookie("ipcase_csrf", csrf).header("X-CSRF-Token", csrf).header("Sec-Fetch-Site", "cross-site")
                .formParam("user", "officer-li").post("/sign-in").then().statusCode(403);

        Response signedIn = given().cookie("ipcase_csrf", csrf).header("X-CSRF-Token", csrf).formParam("user", "officer-li").post("/sign-in");
        signedIn.then().statusCode(200).header("HX-Redirect", "/");
        String session = signedIn.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("ipcase_session=")).findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        // the token learnt before signing in is replaced
        assertThat(signedIn.getCookie("ipcase_csrf")).isNotEqualTo(csrf);
    }

    @Test
    void anUnknownUserIsNotSignedIn() {
        String csrf = given().get("/sign-in").getCookie("ipcase_csrf");
        given().cookie("ipcase_csrf", csrf).header("X-CSRF-Token", csrf).formParam("user", "mallory").post("/sign-in").then().statusCode(404)
                .body(containsString("error-notFound"));
    }

    @Test
    void staffPagesSendAVisitorToSignIn() {
        given().redirects().follow(false).get("/cases").then().statusCode(303).header("Location", containsString("/sign-in"));
        given().redirects().follow(false).header("HX-Request", "true").get("/cases").then().statusCode(200).header("HX-Redirect", "/sign-in");
    }

    @Test
    void signingOutClearsTheSession() {
        String csrf = given().get("/sign-in").getCookie("ipcase_csrf");
        Response out = given().cookie("ipcase_csrf", csrf).header("X-CSRF-Token", csrf).post("/sign-out");
        out.then().statusCode(200).header("HX-Redirect", "/sign-in");
        assertThat(out.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("ipcase_session=;") && c.contains("Max-Age=0"));
    }

    @Test
    void theLanguageSwitchGoesBackOnlyWithinTheConsole() {
        Response switched = given().redirects().follow(false).get("/lang/en?back=/public/blacklist");
        switched.then().statusCode(303).header("Location", containsString("/public/blacklist"));
        assertThat(switched.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("ipcase_lang=en;"));
        given().redirects().follow(false).get("/lang/en?back=//evil.example/x").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
    }
}
