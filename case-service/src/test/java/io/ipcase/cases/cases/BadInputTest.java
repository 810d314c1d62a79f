package io.ipcase.cases.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.cases.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Bad input is refused with a 400 problem naming the fields, and nothing is written. */
@QuarkusTest
class BadInputTest {

    final Api officer = Api.officer();

    long caseCount() {
        return officer.request().get("/api/v1/cases?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    Response registerExpecting400(Map<String, Object> body) {
        long before = caseCount();
        Response response = officer.register(body);
        response.then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
        return response;
    }

    @Test
    void missingFieldsAreNamed() {
        Map<String, Object> body = Api.penaltyCase();
        body.remove("track");
        body.remove("ipRight");
        body.put("respondents", List.of());
        registerExpecting400(body).then().body("errors.field", hasItems("track", "ipRight", "respondents"));
    }

    @Test
    void badUsccAndIdChecksumsAreRefused() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> organisation = Api.organisation("某公司");
        organisation.put("uscc", "91350100M000100Y44");
        Map<String, Object> person = Api.individual("李四");
        person.put("idNumber", "110105194912310021");
        body.put("respondents", List.of(organisation, person));
        registerExpecting400(body).then()
                .body("errors.field", hasItems("respondents[0].uscc", "respondents[1].idNumber"));
    }

    /**
     * A foreign rights holder complains of a Hong Kong resident and a foreign national (docs/domain.md, "Identifiers"):
     * each identified by its own document, the foreign ones with their country; a document without what it needs is refused
     * by its field.
     */
    @Test
    void foreignAndHongKongMacaoTaiwanPartiesAreIdentifiedByTheirDocuments() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> holder = new java.util.HashMap<>(Map.of("kind", "ORGANISATION", "name", "Acme Tea Inc.", "idType", "FOREIGN_REGISTRATION",
                "idNumber", "C0806592", "nationality", "USA"));
        Map<String, Object> hongKong = new java.util.HashMap<>(Map.of("kind", "INDIVIDUAL", "name", "陈大文", "idType", "HK_MACAO_PERMIT",
                "idNumber", "H12345678"));
        Map<String, Object> visitor = new java.util.HashMap<>(Map.of("kind", "INDIVIDUAL", "name", "John Smith", "idType", "PASSPORT",
                "idNumber", "E12345678", "nationality", "GBR"));
        body.put("complainants", List.of(holder));
        body.put("respondents", List.of(hongKong, visitor));
        String id = officer.registerCase(body);
        officer.get(id).then().statusCode(200)
                .body("complainants[0].subjectId", equalTo("USA:C0806592")).body("complainants[0].idType", equalTo("FOREIGN_REGISTRATION"))
                .body("respondents[0].subjectId", equalTo("H12345678")).body("respondents[0].idType", equalTo("HK_MACAO_PERMIT"))
                .body("respondents[1].subjectId", equalTo("GBR:E12345678")).body("respondents[1].nationality", equalTo("GBR"));

        visitor.remove("nationality");
        hongKong.put("idNumber", "H1234567");
        registerExpecting400(body).then().body("errors.field", hasItems("respondents[0].idNumber", "respondents[1].nationality"))
                .body("errors.message.flatten()", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(containsString("H1234567"))));
    }

    /** The console of a Chinese-speaking officer asks for Chinese: each field's message comes in Chinese, the fields named alike. */
    @Test
    void fieldMessagesComeInTheCallersLanguage() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> organisation = Api.organisation("某公司");
        organisation.put("uscc", "91350100M000100Y44");
        body.put("respondents", List.of(organisation));
        body.put("summary", "长".repeat(5000));
        body.remove("track");
        long before = caseCount();
        Response zh = officer.request().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").body(body).post("/api/v1/cases");
        zh.then().statusCode(400).contentType("application/problem+json").header("Content-Language", "zh-CN").body("title", equalTo("请求内容无效"))
                .body("errors.find { it.field == 'respondents[0].uscc' }.message", containsString("统一社会信用代码"))
                .body("errors.find { it.field == 'track' }.message", equalTo("不能为null"))
                .body("errors.find { it.field == 'summary' }.message", containsString("个数必须在"));
        officer.request().header("Accept-Language", "en").body(body).post("/api/v1/cases").then().statusCode(400)
                .header("Content-Language", "en").body("title", equalTo("Invalid request"))
                .body("errors.find { it.field == 'respondents[0].uscc' }.message", containsString("unified social credit code"))
                .body("errors.find { it.field == 'track' }.message", equalTo("must not be null"));
        // ipcase's own checks (not Bean Validation's) too, and a refused action's missing reason
        String id = officer.registerCase(Api.penaltyCase());
        officer.request().header("Accept-Language", "zh-CN").body(Map.of()).post("/api/v1/cases/" + id + "/refuse").then()
                .statusCode(400).body("errors[0].field", equalTo("reason")).body("errors[0].message", equalTo("此项必填"));
        officer.request().header("Accept-Language", "zh-CN").body("{\"summary\": \"销售\\u0000假冒\"}").post("/api/v1/cases").then()
                .statusCode(400).body("errors[0].message", equalTo("含有空字符（NUL）"));
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before + 1);
    }

    /** The ruling track takes patents here (ipcase.rules.ruling-ip-kinds); a trademark dispute goes to the courts. */
    @Test
    void aRulingRequestOnATrademarkIsRefused() {
        Map<String, Object> body = Api.rulingRequest();
        body.put("ipRight", Map.of("kind", "TRADEMARK", "number", "第12345678号", "title", "庐山云雾", "holder", "九江某茶业有限公司"));
        registerExpecting400(body).then().body("errors.field", hasItem("ipRight.kind"));
    }

    @Test
    void organisationWithoutUsccIsRefused() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> organisation = Api.organisation("某公司");
        organisation.remove("uscc");
        body.put("respondents", List.of(organisation));
        registerExpecting400(body).then().body("errors.field", hasItem("respondents[0].uscc"));
    }

    /** a legal representative is an organisation's, and identified like a person */
    @Test
    void aLegalRepresentativeIsAnOrganisationsAndIdentifiedLikeAPerson() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> organisation = Api.organisation("某公司");
        organisation.put("legalRepresentative", Map.of("name", "林志远", "idNumber", "350102198203150038"));
        Map<String, Object> individual = Api.individual("张三丰");
        individual.put("legalRepresentative", Map.of("name", "林志远", "idNumber", "350102198203150039"));
        body.put("respondents", List.of(organisation, individual));
        registerExpecting400(body).then()
                .body("errors.field", hasItem("respondents[0].legalRepresentative.idNumber"))
                .body("errors.field", hasItem("respondents[1].legalRepresentative"));
        Map<String, Object> nameless = Api.organisation("某某公司");
        nameless.put("legalRepresentative", Map.of("idNumber", "350102198203150039"));
        body.put("respondents", List.of(nameless));
        registerExpecting400(body).then().body("errors.field", hasItem("respondents[0].legalRepresentative.name"));
    }

    @Test
    void badDivisionCodeIsRefused() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("region", "990400");
        registerExpecting400(body).then().body("errors.field", hasItem("region"));
    }

    @Test
    void wrongTypesAreNamed() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("amountInvolved", "a lot");
        registerExpecting400(body).then().body("errors[0].field", equalTo("amountInvolved"));
        body = Api.penaltyCase();
        body.put("track", "CRIMINAL");
        registerExpecting400(body).then().body("errors[0].field", equalTo("track"))
                .body("errors[0].message", containsString("ADMINISTRATIVE_PENALTY"));
        body = Api.penaltyCase();
        body.put("receivedOn", "2026-02-30");
        registerExpecting400(body).then().body("errors[0].field", equalTo("receivedOn"));
    }

    @Test
    void oversizedTextIsRefused() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("summary", "侵".repeat(4001));
        registerExpecting400(body).then().body("errors.field", hasItem("summary"));
    }

    @Test
    void oneOfficerIsNotEnough() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("handlingOfficers", List.of("officer-li"));
        registerExpecting400(body).then().body("errors.field", hasItem("handlingOfficers"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreRefused() {
        long before = caseCount();
        officer.request().body("{\"track\": ").post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        Map<String, Object> body = Api.penaltyCase();
        body.put("colour", "red");
        officer.register(body).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void unknownCaseAndActionAre404() {
        officer.get("00000000-0000-0000-0000-000000000000").then().statusCode(404).contentType("application/problem+json");
        officer.get("not-a-uuid").then().statusCode(404);
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "teleport").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void actionWithoutItsRequiredReasonChangesNothing() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "refuse").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        officer.get(id).then().body("state", equalTo("RECEIVED")).body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL in a text            | summary        | "销售\\u0000假冒"          | contains a NUL character
            lone surrogate           | summary        | "销售\\ud800假冒"          | unpaired surrogate
            direction override       | summary        | "销售\\u202e假冒"          | direction override
            number for a string      | summary        | 12                       | wrong type
            enum by its index        | procedure      | 0                        | procedure
            boolean for a string     | source         | true                     | source
            amount with exponent     | amountInvolved | 1e2147483647             | less than 10^13
            amount in thousandths    | amountInvolved | 0.001                    | two decimals
            amount as a string       | amountInvolved | "12000"                  | amountInvolved
            date before time         | receivedOn     | "-999999999-01-01"       | receivedOn
            date after time          | receivedOn     | "+1000000000-01-01"      | receivedOn
            year zero                | receivedOn     | "0000-01-01"             | between 1900 and 2199
            date as a number         | receivedOn     | 20260301                 | receivedOn
            """)
    void hostileValuesAreRefusedByName(String what, String field, String json, String expected) {
        String body = Api.json(Api.penaltyCase()).replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\"" + field + "\":" + json + ","))
                .replaceAll(",\"" + field + "\":(\"[^\"]*\"|[0-9.]+)(?=[,}])", "");
        long before = caseCount();
        officer.request().body(body).post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message.join(' ')", containsString(expected.contains(field) ? "" : expected));
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aSecondDocumentAfterTheBodyIsRefused() {
        long before = caseCount();
        officer.request().body(Api.json(Api.penaltyCase()) + " {}").post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        long before = caseCount();
        String body = Api.json(Api.penaltyCase());
        given().auth().oauth2(Api.officerToken()).contentType("text/plain").body(body).post("/api/v1/cases").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
        given().auth().oauth2(Api.officerToken()).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/cases").then()
                .statusCode(415).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void badQueryAndPathValuesAreNamed() {
        officer.request().get("/api/v1/cases?page=abc").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        officer.request().get("/api/v1/cases?state=NOPE").then().statusCode(400).body("errors.field", hasItem("state"));
        officer.request().queryParam("caseNumber", "a\u0000b").get("/api/v1/cases").then().statusCode(400).body("errors.field", hasItem("caseNumber"));
        officer.request().get("/api/v1/cases/%00").then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)))
                .contentType("application/problem+json");
    }

    @Test
    void theHttpLayersOwnRefusalsAreProblemsToo() {
        long before = caseCount();
        officer.request().get("/api/v1/cases?caseNumber=" + "9".repeat(100_000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        officer.request().header("X-Padding", "p".repeat(64 * 1024)).get("/api/v1/cases").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        officer.request().body("{\"summary\":\"" + "侵".repeat(2_000_000) + "\"}").post("/api/v1/cases").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        given().get("/no/such/page").then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        officer.request().delete("/api/v1/cases").then().statusCode(405).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void performanceBeforeTheDecisionIsRefused() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 5000)).then().statusCode(200);
        officer.act(id, "serve", Map.of()).then().statusCode(200);
        long version = officer.get(id).then().extract().jsonPath().getLong("version");
        officer.act(id, "record-performance", Map.of("performedOn", "2001-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("performedOn"));
        officer.act(id, "record-performance", Map.of("performedOn", "0000-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("performedOn"));
        officer.get(id).then().body("version", equalTo((int) version)).body("performedOn", equalTo(null));
    }

    @Test
    void anUnknownQueryParameterOrAMissingBodyIs400() {
        officer.request().get("/api/v1/cases?stat=CLOSED").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("stat"));
        String id = officer.registerCase(Api.penaltyCase());
        given().auth().oauth2(Api.officerToken()).contentType("application/json").post("/api/v1/cases/" + id + "/accept").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        officer.request().body("null").post("/api/v1/cases/" + id + "/accept").then().statusCode(400);
        officer.get(id).then().body("state", equalTo("RECEIVED")).body("version", equalTo(0));
    }
}
