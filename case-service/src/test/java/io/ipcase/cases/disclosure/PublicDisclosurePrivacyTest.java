package io.ipcase.cases.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The anonymous penalty page never shows an individual's personal data, however the officer wrote
 * it into the decision's free text (docs/domain.md, "Privacy").
 */
@QuarkusTest
class PublicDisclosurePrivacyTest {

    static final String RESPONDENT_ID = "360403199001011232";
    static final String COMPLAINANT_ID = "11010519491231002X";

    @Inject
    IpcaseClock clock;

    final Api officer = Api.officer();

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void freeTextOfAPublishedPenaltyCarriesNoPersonalData() {
        clock.fixAt(LocalDate.of(2026, 4, 1));
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> respondent = new HashMap<>(Map.of("kind", "INDIVIDUAL", "name", "周建国", "idNumber", RESPONDENT_ID,
                "phone", "+86 139-0792-0123", "email", "zhou.jianguo@example.cn", "address", "江西省九江市浔阳区湖滨路8号3单元"));
        Map<String, Object> complainant = new HashMap<>(Map.of("kind", "INDIVIDUAL", "name", "欧阳明月", "idNumber", COMPLAINANT_ID,
                "phone", "13800138000"));
        body.put("respondents", new ArrayList<>(List.of(respondent)));
        body.put("complainants", new ArrayList<>(List.of(complainant)));
        String id = officer.registerCase(body);
        officer.act(id, "accept").then().statusCode(200);
        String orders = "责令周建国（ID" + RESPONDENT_ID + "，手机 +86 139-0792-0123，座机0792-8601234，邮箱 zhou.jianguo@example.cn，"
                + "住江西省九江市浔阳区湖滨路8号3单元）停止销售；投诉人欧阳明月（身份证 110105 19491231 002X，电话13800138000）"
                + "另留邮箱 oyang@mail.example.com，其亲属周某护照E12345678";
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Map.of("decision", Map.of("infringementFound", true, "intentional", false, "fine", 5000,
                "orders", orders))).then().statusCode(200);
        officer.act(id, "serve", Map.of("servedOn", "2026-04-01")).then().statusCode(200);
        String caseNumber = officer.get(id).path("caseNumber");

        String page = given().get("/api/v1/public/penalty-decisions?region=360400&size=100").then().statusCode(200).extract().asString();
        assertThat(page).contains(caseNumber).contains("周**");
        String digits = page.replaceAll("\\D", "");
        for (String value : List.of("周建国", "欧阳明月", "湖滨路8号", "zhou.jianguo", "oyang@", "E12345678")) {
            assertThat(page).as("the public page shows " + value).doesNotContain(value);
        }
        for (String number : List.of(RESPONDENT_ID.substring(0, 17), "110105194912310", "13907920123", "13800138000", "07928601234")) {
            assertThat(digits).as("the public page shows the digits of " + number).doesNotContain(number);
        }
    }

    /**
     * An organisation's legal representative is a person: recorded on the case and in its events, never on the public page —
     * though the organisation's own name and USCC are public.
     */
    @Test
    void theLegalRepresentativeOfAPublishedOrganisationStaysOffThePublicPage() {
        clock.fixAt(LocalDate.of(2026, 4, 2));
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> respondent = new HashMap<>(Api.organisation("九江某商贸有限公司"));
        respondent.put("legalRepresentative", Map.of("name", "林志远", "idNumber", "350102198203150039"));
        body.put("respondents", new ArrayList<>(List.of(respondent)));
        String id = officer.registerCase(body);
        officer.get(id).then().body("respondents[0].legalRepresentative.name", org.hamcrest.Matchers.equalTo("林志远"))
                .body("respondents[0].legalRepresentative.subjectId", org.hamcrest.Matchers.equalTo("350102198203150039"));
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Map.of("decision", Map.of("infringementFound", true, "intentional", false, "fine", 5000,
                "orders", "责令九江某商贸有限公司（法定代表人林志远，身份证350102198203150039）停止销售"))).then().statusCode(200);
        officer.act(id, "serve", Map.of("servedOn", "2026-04-02")).then().statusCode(200);
        String caseNumber = officer.get(id).path("caseNumber");

        String page = given().get("/api/v1/public/penalty-decisions?region=360400&size=100").then().statusCode(200).extract().asString();
        assertThat(page).contains(caseNumber).contains("九江某商贸有限公司");
        assertThat(page).doesNotContain("林志远").doesNotContain("35010219820315");
    }

    /**
     * A fine of 500 is minor: on display for 3 months from publication (1 June → 1 September 2026), then down from the
     * public page; the case page says when its display ended.
     */
    @Test
    void aPublishedDecisionComesDownWhenItsDisplayPeriodEnds() {
        clock.fixAt(LocalDate.of(2026, 6, 1));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200);
        officer.act(id, "serve").then().statusCode(200).body("publication.displayPeriod", org.hamcrest.Matchers.equalTo("MINOR"))
                .body("publication.displayUntil", org.hamcrest.Matchers.equalTo("2026-09-01"))
                .body("publication.displayEnded", org.hamcrest.Matchers.equalTo(false));
        String caseNumber = officer.get(id).path("caseNumber");
        clock.fixAt(LocalDate.of(2026, 9, 1));
        assertThat(publicCaseNumbers()).contains(caseNumber);
        clock.fixAt(LocalDate.of(2026, 9, 2));
        assertThat(publicCaseNumbers()).doesNotContain(caseNumber);
        officer.get(id).then().body("publication.displayEnded", org.hamcrest.Matchers.equalTo(true));
    }

    /**
     * Credit repair: a moderate decision (a fine of 20,000), once paid, comes down at the head's decision from the day after its
     * first 3 months on display — not before, not by an officer, not in another region.
     */
    @Test
    void aPaidDecisionComesDownOnCreditRepairAfterItsShortestDisplay() {
        clock.fixAt(LocalDate.of(2026, 6, 1));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 20000)).then().statusCode(200);
        officer.act(id, "serve").then().statusCode(200).body("publication.displayPeriod", org.hamcrest.Matchers.equalTo("MODERATE"));
        String caseNumber = officer.get(id).path("caseNumber");
        Map<String, Object> repair = Map.of("reason", "已缴清罚款并完成整改");
        Api.head().request().body(repair).post("/api/v1/cases/" + id + "/publication/repair").then().statusCode(422)
                .body("rule", org.hamcrest.Matchers.equalTo("not-performed"));
        officer.act(id, "record-performance").then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 9, 1));
        Api.head().request().body(repair).post("/api/v1/cases/" + id + "/publication/repair").then().statusCode(422)
                .body("rule", org.hamcrest.Matchers.equalTo("shortest-display-running"));
        clock.fixAt(LocalDate.of(2026, 9, 2));
        officer.request().body(repair).post("/api/v1/cases/" + id + "/publication/repair").then().statusCode(403);
        Api.head().request().body(repair).post("/api/v1/cases/" + id + "/publication/repair").then().statusCode(200)
                .body("publication.withdrawnOn", org.hamcrest.Matchers.equalTo("2026-09-02"))
                .body("publication.withdrawalReason", org.hamcrest.Matchers.containsString("已缴清罚款并完成整改"));
        assertThat(publicCaseNumbers()).doesNotContain(caseNumber);
        Api.head().request().body(repair).post("/api/v1/cases/" + id + "/publication/repair").then().statusCode(422)
                .body("rule", org.hamcrest.Matchers.equalTo("not-on-display"));
        officer.request().get("/api/v1/cases/" + id + "/audit").then()
                .body("entries.action", org.hamcrest.Matchers.hasItem("repair-publication"));
    }

    /** every case number on the public page, page by page */
    private List<String> publicCaseNumbers() {
        List<String> numbers = new ArrayList<>();
        for (int page = 0; ; page++) {
            var json = given().get("/api/v1/public/penalty-decisions?region=360400&size=100&page=" + page).then().statusCode(200).extract()
                    .jsonPath();
            numbers.addAll(json.getList("items.caseNumber"));
            if (numbers.size() >= json.getLong("total") || json.getList("items").isEmpty()) {
                return numbers;
            }
        }
    }
}
