package io.ipcase.mediation.mediations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.support.Agreements;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Referrals;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** A referred case through offers, sessions, agreement and judicial confirmation to performance; and a direct intake that fails. */
@QuarkusTest
class MediationLifeTest {

    static final TopicTap TOPIC = TopicTap.of("ipcase.mediation.events");

    @Inject
    IpcaseClock clock;

    final Api admin = Api.admin();
    final Api court = Api.court();

    @Test
    void aReferralDeliveredTwiceOpensExactlyOneMediation() {
        String region = "360481";
        Registry.Organisation organisation = Registry.organisation("ADMINISTRATIVE", region);
        Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String referral = Referrals.caseEvent("ipcase.case.referred-to-mediation.v1", caseId, region);
        Referrals.send(eventId, "ipcase.case.referred-to-mediation.v1", caseId, referral);
        Referrals.send(eventId, "ipcase.case.referred-to-mediation.v1", caseId, referral);
        // the case's withdrawal follows both deliveries on the same partition: once it shows, both were consumed
        Referrals.send(UUID.randomUUID(), "ipcase.case.withdrawn.v1", caseId,
                Referrals.caseEvent("ipcase.case.withdrawn.v1", caseId, region));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.request().queryParam("caseId", caseId.toString())
                .get("/api/v1/mediations").then().statusCode(200).body("items.state", contains("WITHDRAWN")));
        admin.request().queryParam("caseId", caseId.toString()).get("/api/v1/mediations").then()
                .body("total", equalTo(1))
                .body("items[0].caseNumber", equalTo("浔市监知裁〔2026〕12号"))
                .body("items[0].kind", equalTo("ADMINISTRATIVE"))
                .body("items[0].complainants.name", contains("福建闽科实业有限公司"))
                .body("items[0].respondents.idNumber", contains(Api.RESIDENT_ID))
                .body("items[0].reason", org.hamcrest.Matchers.startsWith("the case was withdrawn"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(caseId.toString()))
                .containsExactly("ipcase.mediation.opened.v1", "ipcase.mediation.withdrawn.v1"));
    }

    /** the compensation in a trademark penalty case is mediated between the right holder and the infringer (商标法 Art. 60 §3) */
    @Test
    void compensationInAPenaltyCaseIsMediatedBetweenTheRightHolderAndTheInfringer() {
        String region = "360487";
        Registry.Organisation organisation = Registry.organisation("ADMINISTRATIVE", region);
        Registry.mediator(organisation, "陈敏", "TRADEMARK");
        UUID caseId = UUID.randomUUID();
        Referrals.send(UUID.randomUUID(), "ipcase.case.compensation-referred-to-mediation.v1", caseId,
                Referrals.caseEvent("ipcase.case.compensation-referred-to-mediation.v1", caseId, region));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.request().queryParam("caseId", caseId.toString())
                .get("/api/v1/mediations").then().statusCode(200).body("items.state", contains("REQUESTED")));
        admin.request().queryParam("caseId", caseId.toString()).get("/api/v1/mediations").then()
                .body("items[0].ipRight.kind", equalTo("TRADEMARK"))
                .body("items[0].complainants.name", contains("江西鄱湖电器有限公司"))
                .body("items[0].respondents.name", contains("福建闽科实业有限公司"))
                .body("items[0].summary", equalTo("双方当事人请求就侵犯注册商标专用权的赔偿数额进行调解"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(caseId.toString()))
                .containsExactly("ipcase.mediation.opened.v1"));
    }

    /** the parties ask for a mediator of their choice, and a party may object to the one assigned (人民调解法 Arts. 19, 23) */
    @Test
    void thePartiesChooseTheirMediatorAndMayObjectToIt() {
        String region = "360488";
        Registry.Organisation organisation = Registry.organisation("ADMINISTRATIVE", region);
        List<String> mediators = List.of(Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL"),
                Registry.mediator(organisation, "刘洋", "PATENT_UTILITY_MODEL"),
                Registry.mediator(organisation, "周婷", "PATENT_UTILITY_MODEL"),
                Registry.mediator(organisation, "孙磊", "PATENT_UTILITY_MODEL"));
        UUID caseId = UUID.randomUUID();
        Referrals.refer(caseId, region);
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> admin.request().queryParam("caseId", caseId.toString())
                .get("/api/v1/mediations").then().extract().<String>path("items[0].id"), java.util.Objects::nonNull);
        List<String> offered = admin.get(id).then().body("offers", hasSize(3)).extract().path("offers.mediatorId");
        String chosen = mediators.stream().filter(m -> !offered.contains(m)).findFirst().orElseThrow();

        // the parties ask for the one not offered: it alone is offered the dispute now
        Api.mediator(offered.get(0)).act(id, "request-mediator", Map.of("mediatorId", chosen, "reason", "双方请求由该调解员调解")).then()
                .statusCode(403);
        organisation.admin().act(id, "request-mediator", Map.of("mediatorId", chosen)).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        organisation.admin().act(id, "request-mediator", Map.of("mediatorId", chosen, "reason", "双方请求由该调解员调解")).then().statusCode(200)
                .body("state", equalTo("REQUESTED"))
                .body("offers.findAll { it.status == 'OFFERED' }.mediatorId", contains(chosen));
        Api.mediator(offered.get(0)).act(id, "accept").then().statusCode(403);
        Api.mediator(chosen).act(id, "accept").then().statusCode(200).body("state", equalTo("ASSIGNED")).body("mediator.id", equalTo(chosen));

        // a party does not accept it: it stands down, and the organisation's other mediators are asked — never it again
        Api.mediator(chosen).act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                "mode", "ON_SITE", "place", "第一调解室"))).then().statusCode(200);
        String dueOn = admin.get(id).then().extract().path("dueOn");
        organisation.admin().act(id, "object-to-mediator", Api.reason("被申请人称该调解员曾代理请求人的其他纠纷")).then().statusCode(200)
                .body("state", equalTo("REQUESTED")).body("mediator", equalTo(null)).body("dueOn", equalTo(dueOn))
                .body("organisation.id", equalTo(organisation.id()))
                .body("offers.find { it.mediatorId == '" + chosen + "' }.status", equalTo("OBJECTED"))
                .body("offers.findAll { it.status == 'OFFERED' }.mediatorId", containsInAnyOrder(offered.toArray()));
        String key = caseId.toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(key)).endsWith(
                "ipcase.mediation.mediator-assigned.v1", "ipcase.mediation.session-scheduled.v1", "ipcase.mediation.mediator-objected-to.v1"));
        assertThat(TOPIC.ofKey(key).get(TOPIC.ofKey(key).size() - 1).data()).contains("\"id\":\"" + chosen + "\"").contains("曾代理请求人");
        Api.mediator(chosen).act(id, "accept").then().statusCode(403);
        Api.mediator(offered.get(1)).act(id, "accept").then().statusCode(200).body("state", equalTo("ASSIGNED"));
    }

    @Test
    void fromReferralThroughJudicialConfirmationToPerformance() {
        String region = "360482";
        Registry.Organisation organisation = Registry.organisation("ADMINISTRATIVE", region);
        List<String> mediators = List.of(Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL"),
                Registry.mediator(organisation, "刘洋", "PATENT_UTILITY_MODEL", "PATENT_INVENTION"),
                Registry.mediator(organisation, "周婷", "PATENT_UTILITY_MODEL"),
                Registry.mediator(organisation, "孙磊", "PATENT_UTILITY_MODEL"));
        String trademarksOnly = Registry.mediator(organisation, "吴刚", "TRADEMARK");
        UUID caseId = UUID.randomUUID();
        Referrals.refer(caseId, region);

        String id = await().atMost(Duration.ofSeconds(30)).until(() -> admin.request().queryParam("caseId", caseId.toString())
                .get("/api/v1/mediations").then().extract().<String>path("items[0].id"), java.util.Objects::nonNull);
        List<String> offered = admin.get(id).then().statusCode(200)
                .body("state", equalTo("REQUESTED"))
                .body("offers", hasSize(3))
                .body("offers.status", everyItem(equalTo("OFFERED")))
                .body("offers.mediatorId", not(hasItem(trademarksOnly)))
                .body("allowedActions", containsInAnyOrder("accept", "decline", "assign", "request-mediator", "withdraw"))
                .extract().path("offers.mediatorId");
        assertThat(mediators).containsAll(offered);

        // the first declines: the one not asked yet is asked instead
        String decliner = offered.get(0);
        Api.mediator(decliner).act(id, "decline").then().statusCode(200).body("state", equalTo("REQUESTED"));
        String fourth = mediators.stream().filter(m -> !offered.contains(m)).findFirst().orElseThrow();
        admin.get(id).then().body("offers", hasSize(4))
                .body("offers.find { it.mediatorId == '" + decliner + "' }.status", equalTo("DECLINED"))
                .body("offers.find { it.mediatorId == '" + fourth + "' }.status", equalTo("OFFERED"));

        String mediatorId = offered.get(1);
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "accept").then().statusCode(200)
                .body("state", equalTo("ASSIGNED"))
                .body("mediator.id", equalTo(mediatorId))
                .body("organisation.id", equalTo(organisation.id()))
                .body("offers.find { it.mediatorId == '" + mediatorId + "' }.status", equalTo("ACCEPTED"))
                .body("offers.find { it.mediatorId == '" + fourth + "' }.status", equalTo("CLOSED"));
        // too late for the others: the mediation has been taken, and nothing changes
        Api.mediator(fourth).act(id, "accept").then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("ASSIGNED"));

        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", at.toString(), "mode", "ONLINE",
                "place", "https://meeting.example.cn/r/8841"))).then().statusCode(200).body("state", equalTo("IN_PROGRESS"));
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "双方就赔偿数额进行协商，初步达成一致。",
                "attendees", "福建闽科实业有限公司代理人；王建国")).then().statusCode(200);
        mediator.request().get("/api/v1/mediations/" + id + "/sessions").then().statusCode(200)
                .body("seq", contains(1)).body("[0].minutes", equalTo("双方就赔偿数额进行协商，初步达成一致。"));

        String today = clock.today().toString();
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement(today, today))).then().statusCode(200)
                .body("state", equalTo("AGREEMENT_REACHED"))
                .body("agreementEffectiveOn", equalTo(today))
                .body("agreement.terms[0].obligor", equalTo("王建国"))
                .body("confirmationApplicationDue", equalTo(lastDayToApply(clock.today())));

        mediator.act(id, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", true)).then().statusCode(200)
                .body("state", equalTo("CONFIRMATION_REQUESTED")).body("confirmation.requestedOn", equalTo(today));
        court.act(id, "accept-confirmation", Map.of("courtCaseNumber", "(2026)赣0402民特15号")).then().statusCode(200)
                .body("state", equalTo("CONFIRMATION_ACCEPTED")).body("confirmation.courtCaseNumber", equalTo("(2026)赣0402民特15号"));
        court.act(id, "confirm").then().statusCode(200).body("state", equalTo("CONFIRMED"));
        mediator.act(id, "record-performance").then().statusCode(200).body("state", equalTo("PERFORMED"))
                .body("performedOn", equalTo(today)).body("allowedActions", hasSize(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(caseId.toString())).containsExactly(
                "ipcase.mediation.opened.v1", "ipcase.mediation.mediator-assigned.v1", "ipcase.mediation.session-scheduled.v1",
                "ipcase.mediation.session-held.v1", "ipcase.mediation.agreement-reached.v1", "ipcase.mediation.confirmation-requested.v1",
                "ipcase.mediation.confirmation-accepted.v1", "ipcase.mediation.confirmed.v1", "ipcase.mediation.agreement-performed.v1"));
        TopicTap.Event performed = TOPIC.ofKey(caseId.toString()).get(8);
        assertThat(performed.headers()).containsEntry("ce_source", "/ipcase/mediation-service").containsKey("ce_id");
        assertThat(performed.data()).contains("\"caseId\":\"" + caseId + "\"").contains("\"mediationId\":\"" + id + "\"");

        admin.request().get("/api/v1/mediations/" + id + "/audit").then().statusCode(200).body("intact", equalTo(true))
                .body("entries.action", contains("open", "decline", "accept", "schedule-session", "record-session", "reach-agreement",
                        "request-confirmation", "accept-confirmation", "confirm", "record-performance"));
    }

    /**
     * The kind and the time limit follow the organisation that takes the dispute: a referral entrusted to a people's
     * mediation committee is people's mediation from the start, with its one month; one offered to the region's mediators
     * becomes people's mediation when a committee's mediator takes it (docs/domain.md, "Mediation").
     */
    @Test
    void theKindAndTimeLimitFollowTheOrganisationThatTakesTheDispute() {
        String region = "360483";
        Registry.Organisation committee = Registry.organisation("PEOPLES", region);
        String mediator = Registry.mediator(committee, "何静", "TRADEMARK", "PATENT_UTILITY_MODEL", "PATENT_INVENTION", "PATENT_DESIGN");
        UUID entrusted = UUID.randomUUID();
        Referrals.referTo(entrusted, region, committee.id());
        String first = await().atMost(Duration.ofSeconds(30)).until(() -> admin.request().queryParam("caseId", entrusted.toString())
                .get("/api/v1/mediations").then().extract().<String>path("items[0].id"), java.util.Objects::nonNull);
        String openedOn = admin.get(first).then().body("kind", equalTo("PEOPLES")).body("organisation.id", equalTo(committee.id()))
                .body("offers.mediatorId", contains(mediator)).extract().path("openedOn");
        // one month from the opening (a last day off work moves to the next working day)
        String peoplesDue = admin.get(first).then().extract().path("dueOn");
        assertThat(java.time.LocalDate.parse(peoplesDue)).isBetween(java.time.LocalDate.parse(openedOn).plusMonths(1),
                java.time.LocalDate.parse(openedOn).plusMonths(1).plusDays(10));

        UUID offered = UUID.randomUUID();
        Referrals.refer(offered, region);
        String second = await().atMost(Duration.ofSeconds(30)).until(() -> admin.request().queryParam("caseId", offered.toString())
                .get("/api/v1/mediations").then().extract().<String>path("items[0].id"), java.util.Objects::nonNull);
        admin.get(second).then().body("kind", equalTo("ADMINISTRATIVE")).body("openedOn", equalTo(openedOn))
                .body("dueOn", org.hamcrest.Matchers.not(equalTo(peoplesDue)));
        // taken by the committee's mediator: people's mediation, its one month from the same opening
        Api.mediator(mediator).act(second, "accept").then().statusCode(200).body("kind", equalTo("PEOPLES")).body("dueOn", equalTo(peoplesDue));
    }

    @Test
    void anOrganisationTakesInADisputeAssignsAMediatorAndTheMediationFails() {
        String region = "360483";
        Registry.Organisation organisation = Registry.organisation("PEOPLES", region);
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), region)).post("/api/v1/mediations").then()
                .statusCode(201).body("kind", equalTo("PEOPLES")).body("caseId", equalTo(null))
                .body("offers.mediatorId", contains(mediatorId)).extract().path("id");
        organisation.admin().request().get("/api/v1/mediations/" + id + "/suggestions").then().statusCode(200).body("id", hasSize(0));

        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("mediator.name", equalTo("陈敏"));
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ON_SITE",
                "place", "濂溪区人民调解委员会第二调解室"))).then().statusCode(200);
        mediator.act(id, "fail", Api.reason("被申请人拒绝赔偿")).then().statusCode(200).body("state", equalTo("FAILED"))
                .body("reason", equalTo("被申请人拒绝赔偿")).body("endedOn", equalTo(clock.today().toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(id)).containsExactly(
                "ipcase.mediation.opened.v1", "ipcase.mediation.mediator-assigned.v1", "ipcase.mediation.session-scheduled.v1",
                "ipcase.mediation.failed.v1"));
    }


    @Test
    void aConfirmedAgreementNotPerformedIsRecordedByTheCourtWithItsReason() {
        String region = "360485";
        Registry.Organisation organisation = Registry.organisation("JUDICIAL", region);
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), region)).post("/api/v1/mediations").then()
                .statusCode(201).body("kind", equalTo("JUDICIAL")).extract().path("id");
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "accept").then().statusCode(200);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ONLINE",
                "place", "https://meeting.example.cn/r/9"))).then().statusCode(200);
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "达成一致")).then().statusCode(200);
        String today = clock.today().toString();
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement(today, today))).then().statusCode(200);
        // the court cannot record performance before it has confirmed the agreement
        court.act(id, "record-non-performance", Api.reason("x")).then().statusCode(403);
        mediator.act(id, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", false)).then()
                .statusCode(422).body("rule", equalTo("joint-application-required"));
        mediator.act(id, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", true)).then().statusCode(200);
        court.act(id, "accept-confirmation").then().statusCode(400).body("errors.field", hasItem("courtCaseNumber"));
        court.act(id, "accept-confirmation", Map.of("courtCaseNumber", "(2026)赣0402民特33号")).then().statusCode(200);
        court.act(id, "confirm").then().statusCode(200);
        court.act(id, "record-non-performance", Map.of()).then().statusCode(400).body("errors.field", hasItem("reason"));
        court.act(id, "record-non-performance", Api.reason("被申请人逾期未支付赔偿款，申请人已申请强制执行")).then().statusCode(200)
                .body("state", equalTo("NOT_PERFORMED")).body("endedOn", equalTo(today))
                .body("allowedActions", org.hamcrest.Matchers.contains("apply-for-enforcement"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(id)).endsWith(
                "ipcase.mediation.confirmed.v1", "ipcase.mediation.agreement-not-performed.v1"));
        assertThat(TOPIC.ofKey(id).get(TOPIC.ofKey(id).size() - 1).data()).contains("\"courtCaseNumber\":\"(2026)赣0402民特33号\"")
                .contains("逾期未支付");

        // the confirmed agreement goes to the court's enforcement: the court records the application and its end
        mediator.act(id, "apply-for-enforcement", Map.of("courtCaseNumber", "(2026)赣0402执211号")).then().statusCode(403);
        court.act(id, "apply-for-enforcement").then().statusCode(400).body("errors.field", hasItem("courtCaseNumber"));
        court.act(id, "apply-for-enforcement", Map.of("courtCaseNumber", "(2026)赣0402执211号")).then().statusCode(200)
                .body("state", equalTo("ENFORCEMENT_APPLIED")).body("enforcement.courtCaseNumber", equalTo("(2026)赣0402执211号"))
                .body("enforcement.appliedOn", equalTo(today))
                .body("allowedActions", org.hamcrest.Matchers.containsInAnyOrder("record-enforced", "end-enforcement"));
        court.act(id, "end-enforcement", Map.of()).then().statusCode(400).body("errors.field", hasItem("reason"));
        court.act(id, "end-enforcement", Api.reason("被执行人名下无可供执行的财产")).then().statusCode(200)
                .body("state", equalTo("ENFORCEMENT_ENDED")).body("enforcement.concludedOn", equalTo(today)).body("allowedActions", empty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TOPIC.typesOf(id)).endsWith(
                "ipcase.mediation.agreement-not-performed.v1", "ipcase.mediation.enforcement-applied.v1", "ipcase.mediation.enforcement-ended.v1"));
        assertThat(TOPIC.ofKey(id).get(TOPIC.ofKey(id).size() - 1).data()).contains("\"concludedOn\":\"" + today + "\"")
                .contains("无可供执行的财产");
    }

    @Test
    void anAgreementIsPerformedOrNotWithoutJudicialConfirmation() {
        String region = "360486";
        Registry.Organisation organisation = Registry.organisation("INDUSTRY", region);
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        Api mediator = Api.mediator(mediatorId);
        String today = clock.today().toString();
        String performed = agreed(organisation, mediator, region, today);
        String notPerformed = agreed(organisation, mediator, region, today);

        mediator.act(performed, "record-performance", Map.of("on", "2020-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("on"));
        mediator.act(performed, "record-performance", Map.of("on", today)).then().statusCode(200).body("state", equalTo("PERFORMED"))
                .body("performedOn", equalTo(today)).body("confirmation", equalTo(null));
        mediator.act(notPerformed, "record-non-performance", Api.reason("被申请人未按期停止销售")).then().statusCode(200)
                .body("state", equalTo("NOT_PERFORMED")).body("allowedActions", empty());
        // an agreement the court never confirmed is no enforceable title: the dispute goes back to the authority
        court.act(notPerformed, "apply-for-enforcement", Map.of("courtCaseNumber", "(2026)赣0402执212号")).then().statusCode(422)
                .body("rule", equalTo("not-confirmed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(TOPIC.typesOf(performed)).endsWith("ipcase.mediation.agreement-reached.v1", "ipcase.mediation.agreement-performed.v1");
            assertThat(TOPIC.typesOf(notPerformed)).endsWith("ipcase.mediation.agreement-reached.v1",
                    "ipcase.mediation.agreement-not-performed.v1");
        });
    }

    private static String agreed(Registry.Organisation organisation, Api mediator, String region, String today) {
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), region)).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        mediator.act(id, "accept").then().statusCode(200);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ON_SITE",
                "place", "行业协会调解室"))).then().statusCode(200);
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "达成一致")).then().statusCode(200);
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement(today, today))).then().statusCode(200);
        return id;
    }

    /** 30 days after the agreement took effect, moved to the next working day when it falls on a rest day */
    private String lastDayToApply(LocalDate effective) {
        return new io.ipcase.kit.calendar.DeadlineCalculator(io.ipcase.kit.calendar.HolidayCalendar.load())
                .due(effective, io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule.naturalDays(30)).toString();
    }
}
