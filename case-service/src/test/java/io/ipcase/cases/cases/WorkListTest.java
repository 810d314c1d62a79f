package io.ipcase.cases.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** The work list's filters and search, and the head's and the reviewer's queues, as the console asks for them. */
@QuarkusTest
class WorkListTest {

    final Api officer = Api.officer();

    private List<String> ids(String query) {
        return officer.request().get("/api/v1/cases?size=200&" + query).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aCaseIsFoundByPartyNameOrIdentifierByIpKindProcedureAndOfficer() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Api.rulingRequest();
        body.put("procedure", "SIMPLIFIED");
        body.put("respondents", List.of(Api.organisation("浔阳" + run + "商行")));
        body.put("handlingOfficers", List.of("officer-li", "officer-" + run));
        String id = officer.registerCase(body);

        assertThat(ids("q=" + run)).containsExactly(id);
        assertThat(ids("q=浔阳" + run + "商行")).containsExactly(id);
        assertThat(ids("q=" + run + "_")).isEmpty();
        assertThat(ids("q=%25")).isEmpty();
        assertThat(ids("officer=officer-" + run)).containsExactly(id);
        assertThat(ids("officer=officer-" + run + "&ipKind=PATENT_UTILITY_MODEL&procedure=SIMPLIFIED")).containsExactly(id);
        assertThat(ids("officer=officer-" + run + "&ipKind=TRADEMARK")).isEmpty();
        assertThat(ids("officer=officer-" + run + "&procedure=ORDINARY")).isEmpty();
        assertThat(ids("q=" + Api.USCC)).contains(id);
        String number = officer.act(id, "accept").then().statusCode(200).extract().path("caseNumber");
        assertThat(ids("q=" + number)).containsExactly(id);
    }

    /** A page says where the others are (Link: first, prev, next, last), its filters kept; following next walks the list. */
    @Test
    void aPageLinksTheOthersWithItsFiltersKept() {
        String officerOfRun = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Api.rulingRequest();
            body.put("handlingOfficers", List.of("officer-li", officerOfRun));
            officer.registerCase(body);
        }
        var middle = officer.request().get("/api/v1/cases?officer=" + officerOfRun + "&size=1&page=1").then().statusCode(200).extract();
        String links = middle.header("Link");
        assertThat(links).contains("page=0").contains("rel=\"first\"").contains("rel=\"prev\"").contains("rel=\"next\"")
                .contains("rel=\"last\"").contains("officer=" + officerOfRun);
        String next = java.util.Arrays.stream(links.split(", ")).filter(l -> l.endsWith("rel=\"next\"")).findFirst().orElseThrow()
                .replaceAll("^<(.*)>.*$", "$1");
        var last = officer.request().get(next).then().statusCode(200).extract();
        assertThat(last.<Integer>path("page")).isEqualTo(2);
        assertThat(last.<String>path("items[0].id")).isNotEqualTo(middle.<String>path("items[0].id"));
        assertThat(last.header("Link")).doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
    }

    /** NEWEST first unless asked otherwise, OLDEST on request; a page's links keep the sort; an unknown sort is a 400 naming it. */
    @Test
    void casesComeNewestFirstOrOldestFirst() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Api.rulingRequest();
        body.put("handlingOfficers", List.of("officer-li", "officer-" + run));
        String first = officer.registerCase(body);
        String second = officer.registerCase(body);

        assertThat(ids("officer=officer-" + run)).containsExactly(second, first);
        assertThat(ids("officer=officer-" + run + "&sort=NEWEST")).containsExactly(second, first);
        assertThat(ids("officer=officer-" + run + "&sort=OLDEST")).containsExactly(first, second);
        var page = officer.request().get("/api/v1/cases?officer=officer-" + run + "&sort=OLDEST&size=1").then().statusCode(200).extract();
        assertThat(page.<List<String>>path("items.id")).containsExactly(first);
        String next = java.util.Arrays.stream(page.header("Link").split(", ")).filter(l -> l.endsWith("rel=\"next\"")).findFirst()
                .orElseThrow().replaceAll("^<(.*)>.*$", "$1");
        assertThat(next).contains("sort=OLDEST");
        officer.request().get(next).then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(second));
        officer.request().get("/api/v1/cases?sort=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("sort"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("OLDEST"));
    }

    @Test
    void theHeadsQueueHoldsExtensionRequestsAndProposedTransfersTheReviewersTheCasesInReview() {
        String extension = officer.registerCase(Api.penaltyCase());
        officer.act(extension, "accept").then().statusCode(200);
        officer.request().body(Map.of("reason", "需要鉴定")).post("/api/v1/cases/" + extension + "/extension-request").then().statusCode(200);
        String transfer = officer.registerCase(Api.penaltyCase());
        officer.act(transfer, "accept").then().statusCode(200);
        officer.act(transfer, "propose-transfer", Api.reason("涉嫌犯罪")).then().statusCode(200);
        String review = officer.registerCase(Api.penaltyCase());
        officer.act(review, "accept").then().statusCode(200);
        officer.act(review, "submit-for-review", Api.decision(true, 200_000)).then().statusCode(200);

        assertThat(ids("awaiting=HEAD")).contains(extension, transfer).doesNotContain(review);
        assertThat(ids("awaiting=REVIEW")).contains(review).doesNotContain(extension, transfer);
        officer.request().get("/api/v1/cases?awaiting=SOMEONE").then().statusCode(400).contentType("application/problem+json");
        officer.request().get("/api/v1/cases?ipKind=BANANA").then().statusCode(400);
        officer.request().get("/api/v1/cases?q=" + "x".repeat(101)).then().statusCode(400);
    }

    @Test
    void myDeadlinesAreTheRunningClocksNearestFirst() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Api.penaltyCase();
        body.put("handlingOfficers", List.of("officer-li", "officer-" + run));
        String filed = officer.registerCase(body);
        officer.act(filed, "accept").then().statusCode(200);
        String received = officer.registerCase(body);
        String suspended = officer.registerCase(body);
        officer.act(suspended, "accept").then().statusCode(200);
        officer.act(suspended, "suspend", Api.reason("等待鉴定")).then().statusCode(200);

        // received: 15 working days to accept; filed: 90 days to close; a suspended clock does not run
        assertThat(ids("officer=officer-" + run + "&sort=DUE")).containsExactly(received, filed);
        String light = officer.get(received).then().extract().path("deadline.light");
        assertThat(light).isEqualTo("GREEN");
        assertThat(officer.get(suspended).then().extract().<Object>path("deadline")).isNull();
        officer.request().get("/api/v1/cases?sort=SIDEWAYS").then().statusCode(400);
    }
}
