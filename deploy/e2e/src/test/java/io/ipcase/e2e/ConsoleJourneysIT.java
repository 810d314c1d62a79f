package io.ipcase.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.ipcase.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The console's journeys in a real browser (Debian's Chromium) against the console and the four
 * services as packaged processes on the embedded servers. Each journey ends with what the page shows
 * and what the services hold, and leaves a screenshot under target/screenshots.
 */
class ConsoleJourneysIT {

    static RunningSystem system;
    static Browser browser;
    final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() {
        system = RunningSystem.get();
        browser = new Browser(RunningConsole.get().url());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        browser.forget();
    }

    /** 1: an officer registers a case (correcting the ID the form flags), accepts it, adds evidence, decides and serves it. */
    @Test
    void officerTakesAPenaltyCaseFromRegistrationToTheEffectiveDecision() {
        browser.signIn("officer-li");
        browser.open("/cases/new");
        browser.choose("f-track", "ADMINISTRATIVE_PENALTY");
        browser.choose("f-procedure", "ORDINARY");
        browser.choose("f-source", "INSPECTION");
        browser.type("f-handlingOfficers", "officer-li, officer-sun");
        browser.choose("f-ipRight-kind", "TRADEMARK");
        browser.type("f-ipRight-title", "庐山云雾 " + run);
        browser.type("f-ipRight-holder", "九江庐山云雾茶业有限公司");
        browser.choose("f-respondents-0-kind", "INDIVIDUAL");
        browser.type("f-respondents-0-name", "张三丰");
        browser.type("f-respondents-0-idNumber", "110105194912310021");
        browser.type("f-amountInvolved", "12800.50");
        // the form flags the wrong check digit while typing …
        browser.waitFor(ExpectedConditions.textMatches(By.id("f-respondents-0-idNumber-check"), java.util.regex.Pattern.compile(".+")));
        browser.screenshot("01-register-flagged-id");
        // … and the service's own message lands by the field when it is sent anyway
        browser.click(By.id("register-submit"));
        assertThat(browser.text(By.id("f-respondents-0-idNumber-error"))).contains("GB 11643");
        assertThat(browser.find(By.id("f-respondents-0-idNumber")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.type("f-respondents-0-idNumber", "11010519491231002X");
        browser.waitFor(ExpectedConditions.textToBe(By.id("f-respondents-0-idNumber-check"), ""));
        browser.click(By.id("register-submit"));
        browser.waitForPath("/cases/[0-9a-f-]{36}");
        String caseId = browser.currentPath().substring("/cases/".length());
        assertThat(browser.find(By.id("case-state")).getDomAttribute("data-state")).isEqualTo("RECEIVED");

        act("accept", Map.of());
        assertThat(state()).isEqualTo("INVESTIGATING");
        String caseNumber = browser.text(By.id("case-title"));
        assertThat(caseNumber).contains("〔");

        browser.openAction("add-evidence");
        browser.choose("f-evidence-kind", "PHYSICAL");
        browser.paste("f-evidence-obtainedAt", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "T10:30");
        browser.type("f-evidence-description", "现场查获假冒茶叶 120 盒");
        browser.type("f-evidence-sha256", "a".repeat(64));
        browser.click(By.id("submit-evidence"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-list"), "现场查获假冒茶叶"));

        browser.openAction("issue-decision");
        browser.choose("f-issue-decision-decision-kind", "PENALTY");
        browser.choose("f-issue-decision-decision-infringementFound", "true");
        browser.type("f-issue-decision-decision-fine", "5000");
        browser.type("f-issue-decision-decision-orders", "责令立即停止侵权行为，没收侵权商品");
        submit("issue-decision");
        assertThat(state()).isEqualTo("DECIDED");
        browser.screenshot("02-case-decided");

        act("serve", Map.of());
        assertThat(state()).isEqualTo("EFFECTIVE");
        assertThat(browser.text(By.id("decision-fine"))).isEqualTo("¥5,000.00");
        assertThat(browser.find(By.id("audit-chain")).getDomAttribute("data-intact")).isEqualTo("true");
        browser.screenshot("03-case-effective");

        Response stored = as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId));
        assertThat(stored.jsonPath().getString("state")).isEqualTo("EFFECTIVE");
        assertThat(stored.jsonPath().getString("respondents[0].idNumber")).isEqualTo("11010519491231002X");
        assertThat(as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId + "/evidence")).jsonPath()
                .getList("$")).hasSize(1);

        // anyone: the published decision, the individual masked
        browser.signOut();
        browser.open("/public/decisions");
        WebElement published = browser.find(By.cssSelector("article[data-case-number='" + caseNumber + "']"));
        assertThat(published.getText()).contains("张**").doesNotContain("张三丰").doesNotContain("11010519491231002X")
                .contains("¥5,000.00");
        browser.screenshot("04-public-decision");
    }

    /** 2: the head approves the extension an officer asked for; the closing date moves. */
    @Test
    void headApprovesAnExtensionAndTheDueDateMoves() {
        String caseId = registeredAndAccepted();
        String dueBefore = as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId)).jsonPath().getString("closingDue");

        browser.signIn("officer-li");
        browser.open("/cases/" + caseId);
        browser.openAction("extension-request");
        browser.type("f-extension-request-reason", "需委托鉴定机构出具鉴定意见");
        browser.click(By.id("submit-extension-request"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pending-extension"), "鉴定意见"));

        browser.signIn("head-wang");
        browser.open("/cases/" + caseId);
        browser.choose("f-extension-decision-approved", "true");
        browser.click(By.id("submit-extension-decision"));
        browser.waitFor(ExpectedConditions.textToBe(By.id("extension-count"), "1"));
        String dueAfter = browser.text(By.id("closing-due"));
        assertThat(LocalDate.parse(dueAfter)).isAfter(LocalDate.parse(dueBefore));
        browser.screenshot("05-extension-approved");

        Response stored = as("head", "head-wang", "360400").get(api("case-service", "/cases/" + caseId));
        assertThat(stored.jsonPath().getString("closingDue")).isEqualTo(dueAfter);
        assertThat(stored.jsonPath().getInt("extensionCount")).isEqualTo(1);
    }

    /** 5: another region's officer gets the 403 page; a stale page gets the 412 path; NUL and oversized input get field messages. */
    @Test
    void refusalsAreExplainedNotThrown() {
        String caseId = registeredAndAccepted();

        browser.signIn("officer-he");
        browser.open("/cases/" + caseId);
        assertThat(browser.find(By.id("error-forbidden")).getText()).contains("jurisdiction");
        browser.screenshot("06-forbidden");

        // the officer's page shows version n; meanwhile a colleague suspends the case
        browser.signIn("officer-li");
        browser.open("/cases/" + caseId);
        as("officer", "officer-sun", "360400").body(Map.of("reason", "等待权利人补充材料")).post(api("case-service", "/cases/" + caseId + "/suspend"))
                .then().statusCode(200);
        browser.openAction("propose-transfer");
        browser.type("f-propose-transfer-reason", "涉案金额较大，涉嫌犯罪");
        browser.click(By.id("submit-propose-transfer"));
        assertThat(browser.find(By.id("outcome-412")).getText()).isNotBlank();
        browser.screenshot("07-stale");
        browser.click(By.id("reload"));
        browser.waitFor(ExpectedConditions.attributeToBe(By.id("case-state"), "data-state", "SUSPENDED"));
        assertThat(as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId)).jsonPath().getString("state"))
                .isEqualTo("SUSPENDED");

        browser.open("/cases/new");
        browser.choose("f-track", "ADMINISTRATIVE_PENALTY");
        browser.choose("f-procedure", "SIMPLIFIED");
        browser.choose("f-source", "INSPECTION");
        browser.type("f-handlingOfficers", "officer-li, officer-sun");
        browser.choose("f-ipRight-kind", "TRADEMARK");
        browser.paste("f-ipRight-title", "庐山\u0000云雾");
        browser.type("f-ipRight-holder", "九江庐山云雾茶业有限公司");
        browser.choose("f-respondents-0-kind", "ORGANISATION");
        browser.type("f-respondents-0-name", "九江某茶叶商行 " + run);
        browser.type("f-respondents-0-uscc", "91350100M000100Y43");
        browser.paste("f-summary", "长".repeat(100_000));
        long casesBefore = caseCount();
        browser.click(By.id("register-submit"));
        assertThat(browser.find(By.id("outcome-400")).isDisplayed()).isTrue();
        assertThat(browser.all(By.cssSelector(".field-error"))).isNotEmpty();
        assertThat(browser.currentPath()).isEqualTo("/cases/new");
        browser.screenshot("08-bad-input");
        assertThat(caseCount()).isEqualTo(casesBefore);
    }

    private void act(String action, Map<String, String> fields) {
        browser.openAction(action);
        fields.forEach(browser::type);
        submit(action);
    }

    /** sends an action's form and waits for the case page to be drawn again */
    private void submit(String action) {
        WebElement before = browser.find(By.id("case-state"));
        browser.click(By.id("submit-" + action));
        browser.waitFor(ExpectedConditions.stalenessOf(before));
    }

    private String state() {
        return browser.find(By.id("case-state")).getDomAttribute("data-state");
    }

    private String registeredAndAccepted() {
        Map<String, Object> registration = Map.of("track", "ADMINISTRATIVE_PENALTY", "procedure", "ORDINARY", "region", "360400", "source",
                "INSPECTION", "ipRight", Map.of("kind", "TRADEMARK", "title", "庐山云雾 " + run, "holder", "九江庐山云雾茶业有限公司"),
                "respondents", List.of(Map.of("kind", "ORGANISATION", "name", "九江某茶叶商行 " + run, "uscc", "91350100M000100Y43")),
                "handlingOfficers", List.of("officer-li", "officer-sun"));
        String id = as("officer", "officer-li", "360400").body(registration).post(api("case-service", "/cases")).then().statusCode(201)
                .extract().path("id");
        as("officer", "officer-li", "360400").body(Map.of()).post(api("case-service", "/cases/" + id + "/accept")).then().statusCode(200);
        return id;
    }

    private long caseCount() {
        return as("officer", "officer-li", "360400").get(api("case-service", "/cases?size=1")).jsonPath().getLong("total");
    }

    private static RequestSpecification as(String role, String user, String region) {
        return given().auth().oauth2(DevTokens.token(user, role, region)).contentType(ContentType.JSON);
    }

    private static String api(String service, String path) {
        return system.url(service) + "/api/v1" + path;
    }
}
