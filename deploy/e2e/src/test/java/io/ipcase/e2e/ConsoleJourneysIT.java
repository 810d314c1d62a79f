package io.ipcase.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        // a mediator of its own for the journeys' design-patent disputes, so no other suite's mediator is offered them
        String org = as("admin", "admin-root", null).body(Map.of("name", "九江市外观设计专利纠纷人民调解委员会 " + UUID.randomUUID().toString().substring(0, 6),
                "kind", "PEOPLES", "region", "360400", "admins", List.of("org-admin-jj"))).post(api("mediation-service", "/mediation-organisations"))
                .then().statusCode(201).extract().path("id");
        as("organisation-admin", "org-admin-jj", null).body(Map.of("id", "mediator-liu", "name", "刘洋", "ipKinds", List.of("PATENT_DESIGN")))
                .post(api("mediation-service", "/mediation-organisations/" + org + "/mediators")).then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** a failed journey leaves the page it failed on, for whoever reads the report */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
                System.err.println("the page when " + context.getRequiredTestMethod().getName() + " failed ("
                        + browser.currentPath() + "):\n" + browser.driver().findElement(By.tagName("main")).getText());
            }
        }
    };

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
        if (!"local".equals(System.getProperty("ipcase.e2e.stack"))) {
            // the officer's click is one trace: the console's call to case-service is the parent of case-service's span
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<OtlpReceiver.Span> spans = system.traces().spans();
                assertThat(spans).anySatisfy(call -> {
                    assertThat(call).returns("console", OtlpReceiver.Span::service).returns("POST case-service", OtlpReceiver.Span::name);
                    assertThat(spans).anySatisfy(served -> assertThat(served).returns("case-service", OtlpReceiver.Span::service)
                            .returns(call.traceId(), OtlpReceiver.Span::traceId).returns(call.spanId(), OtlpReceiver.Span::parentSpanId)
                            .returns("POST /api/v1/cases/{id}/{action}", OtlpReceiver.Span::name));
                });
            });
        }
        String caseNumber = browser.text(By.id("case-title"));
        assertThat(caseNumber).contains("〔");

        // the investigation finds a larger amount: corrected with a reason, the case now reaches the police's threshold
        assertThat(browser.all(By.id("transfer-flagged"))).isEmpty();
        browser.openAction("amendment");
        browser.type("f-amendment-amountInvolved", "80000");
        browser.type("f-amendment-reason", "现场检查查明非法经营额为 8 万元");
        submit("amendment");
        assertThat(browser.find(By.id("transfer-flagged")).isDisplayed()).isTrue();

        browser.openAction("add-evidence");
        browser.choose("f-evidence-kind", "PHYSICAL");
        browser.paste("f-evidence-obtainedAt", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "T10:30");
        browser.type("f-evidence-description", "现场查获假冒茶叶 120 盒");
        browser.type("f-evidence-sha256", "a".repeat(64));
        browser.click(By.id("submit-evidence"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-list"), "现场查获假冒茶叶"));

        // the respondent is told of the intended penalty and waives its say in writing (行政处罚法 Arts. 44–45, 64)
        browser.openAction("penalty-notice");
        browser.choose("f-penalty-notice-partyWaived", "true");
        submit("penalty-notice");
        assertThat(browser.find(By.id("notice")).getDomAttribute("data-waived")).isEqualTo("true");

        // the head issues the penalty decision (the officer's hands it over; 行政处罚法 Art. 57)
        browser.signIn("head-wang");
        browser.open("/cases/" + caseId);
        browser.openAction("issue-decision");
        browser.choose("f-issue-decision-decision-kind", "PENALTY");
        browser.choose("f-issue-decision-decision-infringementFound", "true");
        browser.type("f-issue-decision-decision-fine", "5000");
        browser.type("f-issue-decision-decision-orders", "责令立即停止侵权行为，没收侵权商品");
        submit("issue-decision");
        assertThat(state()).isEqualTo("DECIDED");
        browser.screenshot("02-case-decided");

        browser.signIn("officer-li");
        browser.open("/cases/" + caseId);
        act("serve", Map.of());
        assertThat(state()).isEqualTo("EFFECTIVE");
        assertThat(browser.text(By.id("decision-fine"))).isEqualTo("¥5,000.00");
        // payable within 15 days of service
        assertThat(browser.text(By.id("payment-due"))).isNotBlank();
        assertThat(browser.find(By.id("audit-chain")).getDomAttribute("data-intact")).isEqualTo("true");
        // the decision took effect on service and went public the same day
        assertThat(browser.find(By.id("publication")).getDomAttribute("data-status")).isEqualTo("published");
        assertThat(browser.text(By.id("published-on"))).isNotBlank();
        browser.screenshot("03-case-effective");

        Response stored = as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId));
        assertThat(stored.jsonPath().getString("state")).isEqualTo("EFFECTIVE");
        assertThat(stored.jsonPath().getString("respondents[0].idNumber")).isEqualTo("11010519491231002X");
        assertThat(as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId + "/evidence")).jsonPath()
                .getList("$")).hasSize(1);

        // the head may take it down early on credit repair once it is paid: not yet, and the form says why (422)
        browser.signIn("head-wang");
        browser.open("/cases/" + caseId);
        browser.openAction("publication-repair");
        browser.type("f-publication-repair-reason", "已缴清罚款并完成整改");
        browser.click(By.id("submit-publication-repair"));
        assertThat(browser.find(By.id("outcome-422")).getText()).isNotBlank();
        assertThat(browser.find(By.id("publication")).getDomAttribute("data-status")).isEqualTo("published");

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

        // shared with 南昌 (360100) for joint handling, the case opens for an officer there
        browser.openAction("share");
        browser.type("f-share-region", "360100");
        browser.click(By.id("submit-share"));
        await().atMost(Duration.ofSeconds(20)).until(() -> as("head", "head-wang", "360400").get(api("case-service", "/cases/" + caseId))
                .jsonPath().getList("sharedRegions").contains("360100"));
        browser.signIn("officer-he");
        browser.open("/cases/" + caseId);
        assertThat(browser.find(By.id("case-title")).isDisplayed()).isTrue();
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
        // the page tells since when the clock stands still and why
        assertThat(browser.text(By.cssSelector("#pauses tr[data-reason='SUSPENSION']"))).contains("仍在中止").contains("中止");
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

    /** 3: a dispute referred to mediation ends in an agreement the court confirms; performed, the case closes as mediated. */
    @Test
    void aReferredDisputeIsMediatedConfirmedAndClosesTheCase() {
        String caseId = registeredAndAccepted("INFRINGEMENT_RULING", "PATENT_DESIGN", "折叠式晾衣架 " + run, individual());
        browser.signIn("officer-li");
        browser.open("/cases/" + caseId);
        act("refer-to-mediation", Map.of("f-refer-to-mediation-reason", "双方同意调解"));
        assertThat(state()).isEqualTo("IN_MEDIATION");
        assertThat(browser.find(By.id("clock-paused")).isDisplayed()).isTrue();

        String mediationId = await().atMost(Duration.ofSeconds(60)).until(() -> as("mediator", "mediator-liu", null)
                .queryParam("caseId", caseId).get(api("mediation-service", "/mediations")).then().extract().<String>path("items[0].id"),
                Objects::nonNull);
        browser.signIn("mediator-liu");
        browser.open("/mediations");
        browser.click(By.cssSelector("#offers a[data-mediation='" + mediationId + "']"));
        act("accept", Map.of());
        assertThat(state()).isEqualTo("ASSIGNED");

        browser.openAction("schedule-session");
        // the services' clock, which other suites may have moved on (the local stack's adjustable clock)
        Response clock = as("admin", "admin-root", null).get(api("mediation-service", "/dev/clock"));
        java.time.LocalDateTime serviceNow = java.time.Instant.parse(clock.jsonPath().getString("now")).atZone(ZoneId.of("Asia/Shanghai"))
                .toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        browser.paste("f-schedule-session-session-scheduledAt", serviceNow.toString());
        browser.choose("f-schedule-session-session-mode", "ON_SITE");
        browser.type("f-schedule-session-session-place", "九江市市场监管局第一调解室");
        submit("schedule-session");
        // held now: the time left empty is the time it is recorded
        browser.openAction("record-session");
        browser.type("f-record-session-attendees", "请求人代理人、被请求人、调解员刘洋");
        browser.type("f-record-session-minutes", "双方就赔偿数额达成一致");
        submit("record-session");
        assertThat(browser.text(By.cssSelector("#session-list tr[data-seq='1'] .held"))).isNotBlank();

        browser.openAction("reach-agreement");
        browser.type("f-reach-agreement-agreement-facts", "被请求人销售侵犯外观设计专利权的产品");
        browser.type("f-reach-agreement-agreement-disputedPoints", "赔偿数额");
        browser.type("f-reach-agreement-agreement-terms-0-obligor", "王建国");
        browser.type("f-reach-agreement-agreement-terms-0-obligation", "赔偿请求人经济损失");
        browser.type("f-reach-agreement-agreement-terms-0-manner", "银行转账");
        browser.type("f-reach-agreement-agreement-terms-0-place", "请求人账户");
        browser.paste("f-reach-agreement-agreement-terms-0-deadline", serviceNow.toLocalDate().plusDays(30).toString());
        browser.type("f-reach-agreement-agreement-terms-0-amount", "20000");
        for (int signer = 0; signer < 3; signer++) {
            browser.paste("f-reach-agreement-agreement-signatures-" + signer + "-signedOn", serviceNow.toLocalDate().toString());
        }
        submit("reach-agreement");
        assertThat(state()).isEqualTo("AGREEMENT_REACHED");

        browser.openAction("request-confirmation");
        browser.type("f-request-confirmation-court", "九江市濂溪区人民法院");
        browser.choose("f-request-confirmation-jointApplication", "true");
        submit("request-confirmation");
        browser.screenshot("09-mediation-agreement");

        browser.signIn("court-jj-01");
        browser.open("/mediations?queue=court");
        browser.click(By.cssSelector("#mediation-list tr[data-mediation='" + mediationId + "'] a"));
        browser.openAction("accept-confirmation");
        browser.type("f-accept-confirmation-courtCaseNumber", "(2026)赣0402民特" + run + "号");
        submit("accept-confirmation");
        act("confirm", Map.of());
        assertThat(state()).isEqualTo("CONFIRMED");
        act("record-performance", Map.of());
        assertThat(state()).isEqualTo("PERFORMED");
        browser.screenshot("10-court-confirmed");

        await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(
                as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId)).jsonPath().getString("state")));
        assertThat(as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId)).jsonPath().getString("closedReason"))
                .isEqualTo("MEDIATED");
        browser.signIn("officer-li");
        browser.open("/cases/" + caseId);
        assertThat(state()).isEqualTo("CLOSED");
    }

    /** 4: after the subject's objection the credit officer lists it; the public finds it masked; revoked, it is removed. */
    @Test
    void aCreditOfficerListsAfterAnObjectionAndTheRevocationRemovesIt() {
        String subject = "11010519491231002X";
        String caseId = registeredAndAccepted("ADMINISTRATIVE_PENALTY", "TRADEMARK", "庐山云雾 " + run, individual());
        as("officer", "officer-li", "360400").body(Map.of("partyWaived", true)).post(api("case-service", "/cases/" + caseId + "/penalty-notice"))
                .then().statusCode(200);
        as("head", "head-wang", "360400").body(Map.of("decision", Map.of("kind", "PENALTY", "infringementFound", true, "fine", 8000,
                "orders", "没收侵权商品"))).post(api("case-service", "/cases/" + caseId + "/issue-decision")).then().statusCode(200);
        as("officer", "officer-li", "360400").body(Map.of()).post(api("case-service", "/cases/" + caseId + "/serve")).then().statusCode(200);
        // 15 days to pay, a formal demand, its ten days: then the refusal is recorded
        system.shiftClocksPast(decisionDate(caseId, "paymentDue"));
        as("officer", "officer-li", "360400").body(Map.of()).post(api("case-service", "/cases/" + caseId + "/demand-performance")).then()
                .statusCode(200);
        system.shiftClocksPast(decisionDate(caseId, "demandDue"));
        as("officer", "officer-li", "360400").body(Map.of("reason", "逾期未缴纳罚款，经催告仍未履行"))
                .post(api("case-service", "/cases/" + caseId + "/record-non-performance")).then().statusCode(200);
        String caseNumber = as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId)).jsonPath().getString("caseNumber");
        String listingId = await().atMost(Duration.ofSeconds(60)).until(() -> as("credit-officer",
                "credit-officer-zhou", "360400").queryParam("subjectId", subject).queryParam("state", "PROPOSED")
                .get(api("credit-service", "/listings")).jsonPath().<Map<String, Object>>getList("items").stream()
                // the refusal's proposal (the subject may also be proposed for a repeated infringement by the same case)
                .filter(l -> caseNumber.equals(l.get("caseNumber")) && "REFUSAL_TO_PERFORM".equals(l.get("rule")))
                .map(l -> (String) l.get("id")).findFirst().orElse(null),
                Objects::nonNull);

        // notification-service reports the notice delivered or, with no e-mail on record, undeliverable; the officer
        // files the statement on the page that shows it (a page read before that report is a version behind: its
        // form would get a 412)
        await().atMost(Duration.ofSeconds(60)).until(() -> as("credit-officer", "credit-officer-zhou", "360400")
                .get(api("credit-service", "/listings/" + listingId)).jsonPath().getString("noticeStatus"),
                status -> "DELIVERED".equals(status) || "UNDELIVERABLE".equals(status));

        // the subject's statement, filed by the officer who received it
        browser.signIn("officer-li");
        browser.open("/credit/listings/" + listingId);
        browser.openAction("object");
        browser.type("f-object-statement", "已筹措资金，请求分期缴纳");
        submit("object");
        assertThat(state()).isEqualTo("OBJECTED");

        browser.signIn("credit-officer-zhou");
        // the credit officer's queue: the proposals awaiting a decision first, the earliest end of the objection window first
        browser.open("/credit/listings");
        browser.choose("f-sort", "DECISION_DUE");
        browser.click(By.id("listing-search"));
        browser.waitFor(d -> d.getCurrentUrl().contains("sort=DECISION_DUE"));
        assertThat(browser.find(By.id("f-sort")).getDomProperty("value")).isEqualTo("DECISION_DUE");
        List<String> undecided = List.of("PROPOSED", "OBJECTED", "AWAITING_DECISION");
        List<WebElement> rows = browser.all(By.cssSelector("#listing-list tr[data-listing]"));
        assertThat(rows).isNotEmpty();
        List<String> queue = rows.stream().takeWhile(r -> undecided.contains(r.getDomAttribute("data-state"))
                && !r.getDomAttribute("data-objection-due").isEmpty()).map(r -> r.getDomAttribute("data-objection-due")).toList();
        assertThat(queue).as("the queue heads the list").isSorted();
        assertThat(rows.subList(queue.size(), rows.size())).noneMatch(r -> undecided.contains(r.getDomAttribute("data-state"))
                && !r.getDomAttribute("data-objection-due").isEmpty());
        browser.open("/credit/listings?state=OBJECTED");
        browser.click(By.cssSelector("#listing-list tr[data-listing='" + listingId + "'] a"));
        assertThat(browser.text(By.id("objection"))).contains("分期缴纳");
        browser.openAction("list");
        browser.type("f-list-reason", "申辩理由不成立，有履行能力而拒不履行");
        submit("list");
        assertThat(state()).isEqualTo("LISTED");
        // the listing page shows credit repair's conditions against the record: not a year yet, nothing performed
        assertThat(browser.find(By.cssSelector("#repair-conditions tr[data-condition='LISTED_LONG_ENOUGH']")).getDomAttribute("data-met"))
                .isEqualTo("false");
        assertThat(browser.find(By.cssSelector("#repair-conditions tr[data-condition='CONDUCT_CORRECTED']")).getDomAttribute("data-met"))
                .isEqualTo("unknown");
        browser.screenshot("11-listing-decided");

        browser.signOut();
        browser.open("/public/blacklist");
        browser.type("q", subject);
        browser.click(By.id("blacklist-search"));
        WebElement table = browser.find(By.id("blacklist"));
        browser.waitFor(ExpectedConditions.textToBePresentInElement(table, "王**"));
        assertThat(table.getText()).doesNotContain("王建国").doesNotContain(subject).contains("110" + "*".repeat(13) + "2X");
        browser.screenshot("12-public-blacklist");

        as("officer", "officer-li", "360400").body(Map.of("reason", "行政复议撤销")).post(api("case-service", "/cases/" + caseId + "/revoke-decision"))
                .then().statusCode(200);
        browser.signIn("credit-officer-zhou");
        browser.open("/credit/listings/" + listingId);
        browser.waitFor(d -> {
            try {
                d.navigate().refresh();
            } catch (org.openqa.selenium.TimeoutException e) {
                // a reload cut short by the page's own navigation: look again on the next poll
                return false;
            }
            return "REVOKED".equals(d.findElement(By.id("listing-state")).getDomAttribute("data-state"));
        }, Duration.ofSeconds(90));
        assertThat(browser.text(By.id("removed"))).isNotBlank();
        assertThat(as("credit-officer", "credit-officer-zhou", "360400").get(api("credit-service", "/listings/" + listingId)).jsonPath()
                .getString("state")).isEqualTo("REVOKED");
    }

    /** 6: a new notification shows in the open inbox without a reload; the dashboard draws the services' figures. */
    @Test
    void theInboxIsLiveAndTheDashboardShowsTheServicesFigures() {
        browser.signIn("mediator-liu");
        browser.open("/inbox");
        int before = browser.all(By.cssSelector("#inbox-list li")).size();
        String caseId = registeredAndAccepted("INFRINGEMENT_RULING", "PATENT_DESIGN", "便携式榨汁杯 " + run, individual());
        as("officer", "officer-li", "360400").body(Map.of("reason", "双方同意调解")).post(api("case-service", "/cases/" + caseId + "/refer-to-mediation"))
                .then().statusCode(200);
        String mediationId = await().atMost(Duration.ofSeconds(60)).until(() -> as("mediator", "mediator-liu", null).queryParam("caseId", caseId)
                .get(api("mediation-service", "/mediations")).then().extract().<String>path("items[0].id"), Objects::nonNull);
        as("mediator", "mediator-liu", null).body(Map.of()).post(api("mediation-service", "/mediations/" + mediationId + "/accept")).then()
                .statusCode(200);
        // the page is not reloaded: the message arrives over the live feed
        WebElement list = browser.find(By.id("inbox-list"));
        browser.waitFor(d -> d.findElements(By.cssSelector("#inbox-list li")).size() > before);
        assertThat(list.findElement(By.cssSelector("li")).getDomAttribute("data-event")).contains("mediation.mediator-assigned");
        browser.waitFor(ExpectedConditions.textMatches(By.id("unread-count"), java.util.regex.Pattern.compile("[1-9][0-9]*")));
        browser.screenshot("13-inbox-live");

        browser.signIn("head-wang");
        browser.open("/statistics");
        browser.waitFor(ExpectedConditions.attributeToBe(By.id("rates-chart"), "data-rendered", "true"));
        assertThat(browser.all(By.cssSelector("#rates-chart svg"))).isNotEmpty();
        Response report = as("head", "head-wang", "360400").get(api("case-service", "/statistics"));
        for (String rate : List.of("handledRate", "closureRate", "onTimeRate", "disclosureRate")) {
            String shown = browser.find(By.cssSelector("#figures tr[data-figure='" + rate + "']")).getDomAttribute("data-value");
            Object served = report.jsonPath().get(rate);
            if (served == null) {
                assertThat(shown).as(rate).isEmpty();
            } else {
                assertThat(new java.math.BigDecimal(shown)).as(rate).isEqualByComparingTo(served.toString());
            }
        }
        assertThat(report.jsonPath().getDouble("targets.closureRate")).isEqualTo(0.9);
        browser.screenshot("14-dashboard");
    }

    /**
     * An organisation's administrator changes what a mediator handles and takes them off new disputes;
     * the service's refusal of an empty choice comes in Chinese beside the field.
     */
    @Test
    void anOrganisationAdministratorDeactivatesAMediator() {
        // an organisation of its own in Beijing, so its mediator is never offered another journey's dispute
        String org = as("admin", "admin-root", null).body(Map.of("name", "北京市知识产权纠纷人民调解委员会 " + run, "kind", "PEOPLES",
                "region", "110000", "admins", List.of("org-admin-jj"))).post(api("mediation-service", "/mediation-organisations"))
                .then().statusCode(201).extract().path("id");
        String mediator = "mediator-wang-" + run;
        as("organisation-admin", "org-admin-jj", null).body(Map.of("id", mediator, "name", "王芳", "ipKinds", List.of("TRADE_SECRET")))
                .post(api("mediation-service", "/mediation-organisations/" + org + "/mediators")).then().statusCode(201);

        browser.signIn("org-admin-jj");
        browser.open("/organisations");
        browser.openAction("change-mediator-" + mediator);
        WebElement form = browser.find(By.cssSelector("#action-change-mediator-" + mediator + " form"));
        form.findElement(By.cssSelector("input[value='TRADE_SECRET']")).click();
        browser.click(By.id("submit-change-mediator-" + mediator));
        WebElement error = browser.find(By.cssSelector("#action-change-mediator-" + mediator + " .field-error"));
        assertThat(error.getText()).isEqualTo("不能为空");
        browser.screenshot("16-mediator-change-refused");

        form.findElement(By.cssSelector("input[value='TRADE_SECRET']")).click();
        form.findElement(By.cssSelector("input[value='COPYRIGHT']")).click();
        browser.choose("f-" + mediator + "-active", "false");
        browser.click(By.id("submit-change-mediator-" + mediator));
        browser.waitFor(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-mediator='" + mediator + "'] td[data-active]"),
                "data-active", "false"));
        Response stored = as("organisation-admin", "org-admin-jj", null).get(api("mediation-service", "/mediation-organisations/" + org
                + "/mediators"));
        assertThat(stored.jsonPath().getBoolean("find { it.id == '" + mediator + "' }.active")).isFalse();
        assertThat(stored.jsonPath().getList("find { it.id == '" + mediator + "' }.ipKinds")).containsExactlyInAnyOrder("TRADE_SECRET",
                "COPYRIGHT");
    }

    /** Keyboard only to sign in; every field of the main pages labelled; no page wider than a tablet held upright. */
    @Test
    void pagesWorkByKeyboardHaveLabelledFieldsAndFitATablet() {
        String caseId = registeredAndAccepted();
        browser.forget();
        browser.open("/sign-in");
        WebElement officer = browser.find(By.id("user-officer-li"));
        officer.sendKeys(org.openqa.selenium.Keys.SPACE);
        assertThat(officer.isSelected()).isTrue();
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("sign-in-submit");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBe(By.id("signed-in-user"), "officer-li"));

        List<String> pages = List.of("/cases", "/cases/new", "/cases/" + caseId, "/mediations", "/credit/listings", "/inbox", "/statistics",
                "/public/decisions", "/public/blacklist");
        for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1280, 800), new org.openqa.selenium.Dimension(768, 1024))) {
            browser.driver().manage().window().setSize(size);
            for (String page : pages) {
                browser.open(page);
                browser.find(By.id("main"));
                Object unlabelled = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                        return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                          .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name || e.id);""");
                assertThat((List<?>) unlabelled).as("unlabelled fields on " + page).isEmpty();
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as(page + " at " + size.getWidth() + " px wide").isLessThanOrEqualTo(0);
            }
        }
        browser.open("/cases/" + caseId);
        browser.screenshot("15-case-at-tablet-width");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }

    /** opens an action of the page's record, types into its fields, sends it and waits for the page drawn again */
    private void act(String action, Map<String, String> fields) {
        browser.openAction(action);
        fields.forEach(browser::type);
        submit(action);
    }

    private void submit(String action) {
        WebElement before = browser.find(By.cssSelector("[data-state]"));
        browser.click(By.id("submit-" + action));
        browser.waitFor(ExpectedConditions.stalenessOf(before));
    }

    /** the state the page's record shows (a case, a mediation or a listing) */
    private String state() {
        return browser.find(By.cssSelector("[data-state]")).getDomAttribute("data-state");
    }

    private String registeredAndAccepted() {
        return registeredAndAccepted("ADMINISTRATIVE_PENALTY", "TRADEMARK", "庐山云雾 " + run,
                Map.of("kind", "ORGANISATION", "name", "九江某茶叶商行 " + run, "uscc", "91350100M000100Y43"));
    }

    private static Map<String, Object> individual() {
        return Map.of("kind", "INDIVIDUAL", "name", "王建国", "idNumber", "11010519491231002X", "phone", "13907920123");
    }

    private String registeredAndAccepted(String track, String ipKind, String title, Map<String, Object> respondent) {
        Map<String, Object> registration = Map.of("track", track, "procedure", "ORDINARY", "region", "360400", "source", "COMPLAINT",
                "ipRight", Map.of("kind", ipKind, "title", title, "holder", "九江市农业科学院"),
                "complainants", List.of(Map.of("kind", "ORGANISATION", "name", "九江市农业科学院", "uscc", "91350100M000100Y43")),
                "respondents", List.of(respondent), "handlingOfficers", List.of("officer-li", "officer-sun"));
        String id = as("officer", "officer-li", "360400").body(registration).post(api("case-service", "/cases")).then().statusCode(201)
                .extract().path("id");
        as("officer", "officer-li", "360400").body(Map.of()).post(api("case-service", "/cases/" + id + "/accept")).then().statusCode(200);
        return id;
    }

    private long caseCount() {
        return as("officer", "officer-li", "360400").get(api("case-service", "/cases?size=1")).jsonPath().getLong("total");
    }

    private static java.time.LocalDate decisionDate(String caseId, String field) {
        return java.time.LocalDate.parse(as("officer", "officer-li", "360400").get(api("case-service", "/cases/" + caseId)).jsonPath()
                .getString("decision." + field));
    }

    private static RequestSpecification as(String role, String user, String region) {
        return given().auth().oauth2(DevTokens.token(user, role, region)).contentType(ContentType.JSON);
    }

    private static String api(String service, String path) {
        return system.url(service) + "/api/v1" + path;
    }
}
