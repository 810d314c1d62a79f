package io.ipcase.credit.checks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.credit.watch.ListingWatch;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Credit checks for joint punishment: one subject, a thousand at once, the public search; and who may ask. */
@QuarkusTest
class CreditCheckTest {

    @Inject
    IpcaseClock clock;
    @Inject
    ListingWatch watch;

    final Api platform = Api.platform();
    String organisation;
    String individual;

    @BeforeEach
    void twoListedSubjects() {
        organisation = Subjects.uscc();
        individual = Subjects.residentId();
        clock.fixAt(LocalDate.of(2026, 6, 1));
        Upstream.decisionNotPerformed(Upstream.Decision.against(organisation, "九江黑名单测试有限公司", LocalDate.of(2026, 5, 1)), UUID.randomUUID());
        Upstream.decisionNotPerformed(Upstream.Decision.against(individual, "王建国", LocalDate.of(2026, 5, 1)), UUID.randomUUID());
        for (String subject : List.of(organisation, individual)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Api.creditOfficer().listingsOf(subject).then().extract()
                    .<String>path("items[0].id"), Objects::nonNull);
        }
        // the window runs from the notice's service: delivered the day it was proposed
        Api.deliverNotices(LocalDate.of(2026, 6, 1), organisation, individual);
        clock.fixAt(LocalDate.of(2026, 6, 10));
        watch.scan();
        Api.listWhatIsDue(organisation, individual);
    }

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void oneSubject() {
        platform.request().get("/api/v1/credit-checks/" + organisation).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
                .body("listed", equalTo(true)).body("listings", hasSize(1))
                .body("listings[0].rule", equalTo("REFUSAL_TO_PERFORM"))
                .body("listings[0].authority", equalTo("九江市市场监督管理局"))
                .body("listings[0].endsOn", equalTo("2029-06-10"));
        platform.request().get("/api/v1/credit-checks/" + Subjects.uscc()).then().statusCode(200).body("listed", equalTo(false))
                .body("listings", hasSize(0));
        platform.request().get("/api/v1/credit-checks/91350100M000100Y44").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("subjectId"));
    }

    /**
     * The joint-punishment memoranda reach a listed organisation's legal representative: a check on the person answers the
     * organisation's listing as {@code representativeOf}, though the person is not listed (docs/domain.md, "The legal
     * representative"); the public search never shows the person.
     */
    @Test
    void theLegalRepresentativeOfAListedOrganisationIsAnsweredAsSuch() {
        String company = Subjects.uscc();
        String representative = Subjects.residentId();
        clock.fixAt(LocalDate.of(2026, 6, 1));
        Upstream.decisionNotPerformedRepresentedBy(Upstream.Decision.against(company, "九江法代测试有限公司", LocalDate.of(2026, 5, 1)), "林志远",
                representative);
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> Api.creditOfficer().listingsOf(company).then().extract()
                .<String>path("items[0].id"), Objects::nonNull);
        Api.creditOfficer().request().get("/api/v1/listings/" + id).then().body("legalRepresentative.name", equalTo("林志远"))
                .body("legalRepresentative.subjectId", equalTo(representative));
        // proposed only: nobody is reached yet
        platform.request().get("/api/v1/credit-checks/" + representative).then().statusCode(200).body("representativeOf", hasSize(0));
        Api.deliverNotices(LocalDate.of(2026, 6, 1), company);
        clock.fixAt(LocalDate.of(2026, 6, 10));
        watch.scan();
        Api.listWhatIsDue(company);

        platform.request().get("/api/v1/credit-checks/" + representative).then().statusCode(200)
                .body("listed", equalTo(false)).body("listings", hasSize(0))
                .body("representativeOf", hasSize(1)).body("representativeOf[0].subjectId", equalTo(company))
                .body("representativeOf[0].subjectName", equalTo("九江法代测试有限公司"))
                .body("representativeOf[0].rule", equalTo("REFUSAL_TO_PERFORM"))
                .body("representativeOf[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("legalRepSubjectId")));
        platform.request().body(Map.of("subjectIds", List.of(individual, representative))).post("/api/v1/credit-checks").then().statusCode(200)
                .body("results[0].representativeOf", hasSize(0))
                .body("results[1].listed", equalTo(false)).body("results[1].representativeOf[0].subjectId", equalTo(company));
        String page = given().get("/api/v1/public/blacklist?q=" + company).then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains("九江法代测试有限公司").doesNotContain("林志远").doesNotContain(representative);
    }

    @Test
    void aThousandAtOnceAnsweredInTheOrderAsked() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 998; i++) {
            ids.add(i % 2 == 0 ? Subjects.uscc() : Subjects.residentIdNeverRecorded());
        }
        ids.add(137, organisation);
        ids.add(842, individual);
        Response answer = platform.request().body(Map.of("subjectIds", ids)).post("/api/v1/credit-checks");
        answer.then().statusCode(200).body("checked", equalTo(1000)).body("listed", equalTo(2))
                .body("results", hasSize(1000))
                .body("results[137].subjectId", equalTo(organisation)).body("results[137].listed", equalTo(true))
                .body("results[842].subjectId", equalTo(individual)).body("results[842].listed", equalTo(true))
                .body("results[843].listed", equalTo(false))
                .body("results.findAll { it.listed }.subjectId", org.hamcrest.Matchers.containsInAnyOrder(organisation, individual));
    }

    @Test
    void badBulkRequestsAre400() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(organisation);
        }
        platform.request().body(Map.of("subjectIds", tooMany)).post("/api/v1/credit-checks").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("subjectIds"));
        platform.request().body(Map.of("subjectIds", List.of(organisation, "not-an-id", individual, "11010519491231002Y"))).post("/api/v1/credit-checks")
                .then().statusCode(400).body("errors.field", hasItems("subjectIds[1]", "subjectIds[3]"));
        platform.request().body(Map.of("subjectIds", "91350100M000100Y43")).post("/api/v1/credit-checks").then().statusCode(400)
                .contentType("application/problem+json");
        platform.request().body(Map.of("subjectIds", List.of(organisation), "depth", Map.of("x", 1))).post("/api/v1/credit-checks").then()
                .statusCode(400).contentType("application/problem+json");
        platform.request().body(Map.of()).post("/api/v1/credit-checks").then().statusCode(400).body("errors.field", hasItems("subjectIds"));
    }

    @Test
    void thePublicSearchShowsOrganisationsAndMasksIndividuals() {
        given().queryParam("q", "九江黑名单测试").get("/api/v1/public/blacklist").then().statusCode(200)
                .body("items.subjectId", hasItems(organisation)).body("items[0].subjectName", equalTo("九江黑名单测试有限公司"));
        given().queryParam("q", individual).get("/api/v1/public/blacklist").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].subjectName", equalTo("王**"))
                .body("items[0].subjectId", org.hamcrest.Matchers.not(equalTo(individual)))
                .body("items[0].subjectId", org.hamcrest.Matchers.containsString("*"));
        // individuals are not found by name
        given().queryParam("q", "王建国").get("/api/v1/public/blacklist").then().statusCode(200)
                .body("items.subjectId", org.hamcrest.Matchers.not(hasItems(org.hamcrest.Matchers.containsString(individual.substring(14)))));
        given().queryParam("size", 1000).get("/api/v1/public/blacklist").then().statusCode(400);
    }

    @Test
    void whoMayAsk() {
        given().get("/api/v1/credit-checks/" + organisation).then().statusCode(401);
        given().contentType("application/json").body(Map.of("subjectIds", List.of(organisation))).post("/api/v1/credit-checks").then()
                .statusCode(401);
        Api.as("mediator", "mediator-chen", null).request().get("/api/v1/credit-checks/" + organisation).then().statusCode(403);
        Api.as("court", "court-1", "360400").request().get("/api/v1/listings").then().statusCode(403);
        Api.as("credit-platform", "credit-china", null).request().get("/api/v1/listings?subjectId=" + organisation).then().statusCode(200)
                .body("total", equalTo(1));
        String id = Api.creditOfficer().listingsOf(organisation).then().extract().path("items[0].id");
        Api.as("credit-officer", "credit-officer-fz", "350100").request().get("/api/v1/listings/" + id).then().statusCode(403);
        Api.as("credit-officer", "credit-officer-fz", "350100").act(id, "apply-for-repair", Map.of("statement", "x")).then().statusCode(403);
        platform.act(id, "dismiss", Map.of("reason", "x")).then().statusCode(403);
        Api.as("officer", "officer-li", "360400").act(id, "grant-repair", Map.of("reason", "x")).then().statusCode(409);
    }

    @Inject
    io.agroal.api.AgroalDataSource database;

    /**
     * Another replica's commit, made here straight in the database (no command of this process sees it): the checks of this
     * replica answer it within the index's refresh, both ways.
     */
    @Test
    void aChangeCommittedByAnotherReplicaIsAnsweredWithinTheRefresh() throws Exception {
        platform.request().get("/api/v1/credit-checks/" + organisation).then().statusCode(200).body("listed", equalTo(true));
        anotherReplica("update listing set state = 'REVOKED', version = version + 1 where subject_id = ? and state = 'LISTED'", organisation);
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.request().get("/api/v1/credit-checks/" + organisation).then()
                .statusCode(200).extract().<Boolean>path("listed"), listed -> !listed);
        anotherReplica("update listing set state = 'LISTED', version = version + 1 where subject_id = ? and state = 'REVOKED'", organisation);
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.request().get("/api/v1/credit-checks/" + organisation).then()
                .statusCode(200).extract().<Boolean>path("listed"), listed -> listed);
    }

    private void anotherReplica(String sql, String subjectId) throws Exception {
        try (var c = database.getConnection(); var update = c.prepareStatement(sql)) {
            update.setString(1, subjectId);
            org.assertj.core.api.Assertions.assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
