package io.ipcase.cases.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.TopicTap;
import io.quarkus.test.junit.QuarkusTest;

/** The investigation corrects a case's facts: audited, published, the thresholds for the police judged again. */
@QuarkusTest
class AmendmentTest {

    final Api officer = Api.officer();
    final TopicTap topic = TopicTap.of("ipcase.case.events");

    @Test
    void correctedAmountsFlagTheCaseForThePoliceAndNewRespondentsReplaceTheOld() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.get(id).then().body("transferFlagged", equalTo(false));

        officer.request().body(Map.of("reason", "现场检查查明非法经营额为8万元", "amountInvolved", 80000,
                "respondents", List.of(Api.organisation("九江某茶叶商行"), Api.individual("张三丰")))).post("/api/v1/cases/" + id + "/amendment")
                .then().statusCode(200).body("state", equalTo("INVESTIGATING")).body("amountInvolved", equalTo(80000))
                .body("transferFlagged", equalTo(true)).body("respondents.size()", equalTo(2))
                .body("respondents[1].name", equalTo("张三丰"));
        officer.request().get("/api/v1/cases/" + id + "/audit").then().statusCode(200).body("entries.action", hasItem("amend"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).contains("ipcase.case.amended.v1"));
    }

    @Test
    void aDecidedCaseOrAnotherRegionCannotAmendAndABadPartyChangesNothing() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        int respondents = officer.get(id).then().extract().path("respondents.size()");
        Object amount = officer.get(id).then().extract().path("amountInvolved");
        Map<String, Object> badParty = Api.organisation("某公司");
        badParty.put("uscc", "91350100M000100Y44");
        officer.request().body(Map.of("reason", "更正", "respondents", List.of(badParty))).post("/api/v1/cases/" + id + "/amendment")
                .then().statusCode(400).body("errors.field", hasItem("respondents[0].uscc"));
        officer.request().body(Map.of("amountInvolved", 5)).post("/api/v1/cases/" + id + "/amendment").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        officer.request().body(Map.of("reason", "更正")).post("/api/v1/cases/" + id + "/amendment").then().statusCode(200);
        Api.as("officer", "officer-he", "360700").request().body(Map.of("reason", "更正", "amountInvolved", 1))
                .post("/api/v1/cases/" + id + "/amendment").then().statusCode(403);

        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200);
        officer.request().body(Map.of("reason", "更正", "amountInvolved", 1)).post("/api/v1/cases/" + id + "/amendment").then()
                .statusCode(422).body("rule", equalTo("facts-settled"));
        officer.get(id).then().body("respondents.size()", equalTo(respondents)).body("amountInvolved", equalTo(amount));
    }
}
