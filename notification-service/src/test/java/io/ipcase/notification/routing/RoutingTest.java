package io.ipcase.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.infra.EmbeddedSmtp;
import io.ipcase.infra.TestServers;
import io.ipcase.notification.support.Api;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** Each routed example reaches the right people with the right text, read back from the SMTP server and the inboxes. */
@QuarkusTest
class RoutingTest {

    final EmbeddedSmtp smtp = TestServers.get().smtp();

    private List<EmbeddedSmtp.Mail> mailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(address).size() >= count);
        return smtp.receivedBy(address);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void acceptedAndRefusedGoToTheComplainantOnly() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        Upstream.send("ipcase.case.accepted.v1", caseId.toString(), Upstream.caseExample("ipcase.case.accepted.v1", caseId, tag, d -> { }));
        List<EmbeddedSmtp.Mail> mail = mailTo("complainants-" + tag + "@example.cn", 1);
        assertThat(mail.get(0).subject()).startsWith("【受理通知】").contains(Upstream.example("ipcase.case.accepted.v1").path("caseNumber").asText());
        assertThat(mail.get(0).body()).contains("已于 ").contains("立案受理");

        String refusedTag = tag();
        UUID refused = UUID.randomUUID();
        Upstream.send("ipcase.case.refused.v1", refused.toString(), Upstream.caseExample("ipcase.case.refused.v1", refused, refusedTag, d -> { }));
        assertThat(mailTo("complainants-" + refusedTag + "@example.cn", 1).get(0).body())
                .contains(Upstream.example("ipcase.case.refused.v1").path("reason").asText());
        assertThat(smtp.receivedBy("respondents-" + tag + "@example.cn")).isEmpty();
        assertThat(smtp.receivedBy("respondents-" + refusedTag + "@example.cn")).isEmpty();
    }

    @Test
    void aDecisionGoesToBothPartiesAndItsDeliveryToTheRespondentIsPublished() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.decision-issued.v1", caseId, tag, d -> { });
        Upstream.send("ipcase.case.decision-issued.v1", caseId.toString(), data);
        String number = data.path("decision").path("number").asText();
        assertThat(mailTo("complainants-" + tag + "@example.cn", 1).get(0).subject()).contains(number);
        assertThat(mailTo("respondents-" + tag + "@example.cn", 1).get(0).body()).contains(number).contains("电子送达")
                // a penalty: the fine's 15 days, and review or suit (行政处罚法 Art. 67; 行政复议法, 行政诉讼法)
                .contains("十五日内缴纳").contains("六十日内申请行政复议").contains("六个月内");

        var delivered = io.ipcase.infra.testing.TopicTap.of("ipcase.notification.events");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(delivered.typesOf(caseId.toString()))
                .containsExactly("ipcase.notification.delivered.v1"));
        assertThat(delivered.ofKey(caseId.toString()).get(0).data()).contains("\"recipientRole\":\"RESPONDENT\"")
                .contains("\"caseId\":\"" + caseId + "\"");
    }

    /** 行政处罚法 Art. 61: a respondent that did not agree to electronic service is not served by e-mail; the complainant is told. */
    @Test
    void aDecisionIsNotMailedToARespondentWithoutConsentToElectronicService() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.decision-issued.v1", caseId, tag,
                d -> ((ObjectNode) d.withArray("respondents").get(0)).remove("eServiceConsent"));
        Upstream.send("ipcase.case.decision-issued.v1", caseId.toString(), data);
        assertThat(mailTo("complainants-" + tag + "@example.cn", 1).get(0).subject()).contains(data.path("decision").path("number").asText());
        // the complainant's mail and the respondent's would have been planned together, from the one event
        assertThat(smtp.receivedBy("respondents-" + tag + "@example.cn")).isEmpty();
        Api.admin().request().get("/api/v1/deliveries?caseId=" + caseId).then().statusCode(200)
                .body("items.recipientKind", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("RESPONDENTS")));
    }

    @Test
    void aRulingWithoutFineOrOrdersIsWrittenToo() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.decision-issued.v1", caseId, tag, d -> {
            ObjectNode decision = (ObjectNode) d.get("decision");
            decision.remove("fine");
            decision.remove("orders");
            decision.put("kind", "RULING");
        });
        Upstream.send("ipcase.case.decision-issued.v1", caseId.toString(), data);
        assertThat(mailTo("respondents-" + tag + "@example.cn", 1).get(0).body()).contains(data.path("decision").path("number").asText())
                .doesNotContain("罚款")
                // a ruling is challenged in court within 15 days, not by administrative review (专利法 Art. 65)
                .contains("十五日内").contains("起诉").doesNotContain("行政复议");
    }

    @Test
    void deadlinesGoToTheHandlingOfficersAndTheHeadOfTheRegion() {
        String tag = tag();
        String inboxOnly = "officer-in-" + tag;
        String byMail = "officer-mail-" + tag;
        String head = "head-" + tag;
        Api.staff(inboxOnly, "刘洋", null, List.of("INBOX"), List.of("officer"), "360400");
        Api.staff(byMail, "黄敏", byMail + "@jiujiang.example.gov.cn", List.of("EMAIL", "INBOX"), List.of("officer"), "360400");
        Api.staff(head, "王局长", head + "@jiujiang.example.gov.cn", List.of("EMAIL"), List.of("head"), "360400");
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.overdue.v1", caseId, tag, d -> {
            d.putArray("handlingOfficers").add(inboxOnly).add(byMail);
            d.put("region", "360402");
        });
        Upstream.send("ipcase.case.overdue.v1", caseId.toString(), data);

        // the clock in words, never its code
        assertThat(mailTo(byMail + "@jiujiang.example.gov.cn", 1).get(0).subject()).startsWith("【超期警示】").doesNotContain(
                data.path("deadline").path("clock").asText());
        assertThat(mailTo(head + "@jiujiang.example.gov.cn", 1).get(0).body()).contains(data.path("deadline").path("dueOn").asText());
        for (String officer : List.of(inboxOnly, byMail)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as("officer", officer, "360400").request().get("/api/v1/inbox")
                    .then().statusCode(200).body("items.caseId", org.hamcrest.Matchers.hasItem(caseId.toString())));
        }
        Api.as("head", head, "360400").request().get("/api/v1/inbox").then().body("items.caseId",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(caseId.toString())));
        assertThat(smtp.receivedBy("complainants-" + tag + "@example.cn")).isEmpty();

        ObjectNode approaching = Upstream.caseExample("ipcase.case.deadline-approaching.v1", caseId, tag, d -> {
            d.putArray("handlingOfficers").add(inboxOnly).add(byMail);
            d.put("region", "360402");
        });
        Upstream.send("ipcase.case.deadline-approaching.v1", caseId.toString(), approaching);
        assertThat(mailTo(head + "@jiujiang.example.gov.cn", 2).get(1).subject()).startsWith("【期限提醒】")
                .contains(approaching.path("deadline").path("dueOn").asText());
        assertThat(mailTo(byMail + "@jiujiang.example.gov.cn", 2).get(1).body()).contains("剩余");
    }

    /** 移送管辖: the heads of the region the case is handed to are told; the parties are not. */
    @Test
    void aCaseHandedOverIsAnnouncedToTheReceivingRegionsHead() {
        String tag = tag();
        String head = "head-gz-" + tag;
        Api.staff(head, "赵局长", head + "@ganzhou.example.gov.cn", List.of("EMAIL"), List.of("head"), "360700");
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.jurisdiction-transferred.v1", caseId, tag, d -> d.put("region", "360700"));
        Upstream.send("ipcase.case.jurisdiction-transferred.v1", caseId.toString(), data);
        assertThat(mailTo(head + "@ganzhou.example.gov.cn", 1).get(0).subject()).startsWith("【移送管辖】");
        assertThat(smtp.receivedBy("respondents-" + tag + "@example.cn")).isEmpty();
    }

    /** 催告: the respondents are told by when to perform; the complainants are not. */
    @Test
    void aDemandToPerformReachesTheRespondentsWithItsDueDate() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.performance-demanded.v1", caseId, tag, d -> { });
        Upstream.send("ipcase.case.performance-demanded.v1", caseId.toString(), data);
        var mail = mailTo("respondents-" + tag + "@example.cn", 1).get(0);
        assertThat(mail.subject()).startsWith("【催告】");
        assertThat(mail.body()).contains(data.path("decision").path("demandDue").asText()).contains(data.path("decision").path("paymentDue").asText());
        assertThat(smtp.receivedBy("complainants-" + tag + "@example.cn")).isEmpty();
    }

    /** A demand made of one of two respondents reaches that one only: the other owes nothing new. */
    @Test
    void aDemandOfOneRespondentReachesThatOneOnly() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.performance-demanded.v1", caseId, tag, d -> {
            ObjectNode other = d.withArray("respondents").addObject().put("kind", "ORGANISATION").put("name", "赣州某贸易有限公司")
                    .put("subjectId", "91360700MA35K1X019").put("uscc", "91360700MA35K1X019").put("email", "other-" + tag + "@example.cn");
            d.put("respondentId", other.path("subjectId").asText());
        });
        Upstream.send("ipcase.case.performance-demanded.v1", caseId.toString(), data);
        assertThat(mailTo("other-" + tag + "@example.cn", 1).get(0).subject()).startsWith("【催告】");
        // every message of the event is written with the event, before any is sent: the log holds the other one alone
        Api.admin().request().get("/api/v1/deliveries?caseId=" + caseId).then().statusCode(200)
                .body("items.recipient", org.hamcrest.Matchers.contains("91360700MA35K1X019"));
    }

    /** A session's time reads in China's wall clock and its mode in words, never a UTC stamp or an enum's name. */
    @Test
    void aSessionNoticeGivesChinaTimeAndTheModeInWords() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.mediation.session-scheduled.v1", caseId, tag, d -> ((ObjectNode) d.get("session"))
                .put("scheduledAt", "2026-03-20T02:00:00Z").put("mode", "ONLINE"));
        Upstream.send("ipcase.mediation.session-scheduled.v1", caseId.toString(), data);
        assertThat(mailTo("respondents-" + tag + "@example.cn", 1).get(0).body()).contains("2026-03-20 10:00（北京时间）").contains("线上调解")
                .doesNotContain("ONLINE").doesNotContain("02:00:00Z");
    }

    /** The parties learn of a revocation and of a failed mediation; a complainant that its case went to the police. */
    @Test
    void revocationTransferToThePoliceAndFailedMediationAreTold() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        Upstream.send("ipcase.case.decision-revoked.v1", caseId.toString(), Upstream.caseExample("ipcase.case.decision-revoked.v1", caseId, tag,
                d -> { }));
        assertThat(mailTo("respondents-" + tag + "@example.cn", 1).get(0).subject()).startsWith("【决定撤销】");
        assertThat(mailTo("complainants-" + tag + "@example.cn", 1).get(0).body()).contains("撤销");

        String police = tag();
        UUID transferred = UUID.randomUUID();
        Upstream.send("ipcase.case.transferred-to-police.v1", transferred.toString(), Upstream.caseExample("ipcase.case.transferred-to-police.v1",
                transferred, police, d -> { }));
        assertThat(mailTo("complainants-" + police + "@example.cn", 1).get(0).subject()).startsWith("【移送告知】");

        String failed = tag();
        UUID mediated = UUID.randomUUID();
        Upstream.send("ipcase.mediation.failed.v1", mediated.toString(), Upstream.caseExample("ipcase.mediation.failed.v1", mediated, failed,
                d -> { }));
        assertThat(mailTo("respondents-" + failed + "@example.cn", 1).get(0).subject()).startsWith("【调解终结】");
        // the respondent of the case sent to the police is not told (the investigation must not be tipped off)
        assertThat(smtp.receivedBy("respondents-" + police + "@example.cn")).isEmpty();
    }

    /** 行政处罚告知: the respondents are told until when they may state their case and ask for a hearing. */
    @Test
    void aNoticeOfIntendedPenaltyTellsTheRespondentsTheirPeriods() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.penalty-notified.v1", caseId, tag, d -> { });
        Upstream.send("ipcase.case.penalty-notified.v1", caseId.toString(), data);
        var mail = mailTo("respondents-" + tag + "@example.cn", 1).get(0);
        assertThat(mail.subject()).startsWith("【行政处罚告知】");
        assertThat(mail.body()).contains(data.path("notice").path("statementDue").asText()).contains(data.path("notice").path("hearingRequestDue").asText());
    }

    @Test
    void aMediatorAssignedIsToldWithThePartiesAndConfirmationReachesTheParties() {
        String tag = tag();
        String mediator = "mediator-" + tag;
        Api.staff(mediator, "陈敏", null, List.of("INBOX"), List.of("mediator"), null);
        UUID caseId = UUID.randomUUID();
        ObjectNode assigned = Upstream.caseExample("ipcase.mediation.mediator-assigned.v1", caseId, tag, d -> ((ObjectNode) d.get("mediator"))
                .put("id", mediator));
        Upstream.send("ipcase.mediation.mediator-assigned.v1", caseId.toString(), assigned);
        assertThat(mailTo("complainants-" + tag + "@example.cn", 1).get(0).subject()).contains("陈敏");
        assertThat(mailTo("respondents-" + tag + "@example.cn", 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as("mediator", mediator, null).request().get("/api/v1/inbox").then()
                .body("items[0].subject", org.hamcrest.Matchers.startsWith("【调解员已选定】")));

        Upstream.send("ipcase.mediation.confirmed.v1", caseId.toString(), Upstream.caseExample("ipcase.mediation.confirmed.v1", caseId, tag,
                d -> { }));
        assertThat(mailTo("respondents-" + tag + "@example.cn", 2).get(1).subject()).startsWith("【司法确认】");
    }

    @Test
    void theCreditSubjectIsToldOfTheProposalWithItsObjectionDeadlineAndOfTheListing() throws Exception {
        String tag = tag();
        String subject = "9136040" + "0MA" + tag.toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "1").substring(0, 7);
        UUID caseId = UUID.randomUUID();
        // the case events carry the subject's contact; the credit events name the subject only. They come on another
        // topic, so the decision's own mail to the subject shows that its contact is known before the credit events go out
        Upstream.send("ipcase.case.decision-issued.v1", caseId.toString(), Upstream.caseExample("ipcase.case.decision-issued.v1", caseId,
                tag, d -> ((ObjectNode) d.withArray("respondents").get(0)).put("subjectId", subject)));
        assertThat(mailTo("respondents-" + tag + "@example.cn", 1).get(0).subject()).startsWith("【决定书】");
        ObjectNode proposed = Upstream.example("ipcase.credit.listing-proposed.v1");
        proposed.put("subjectId", subject);
        String listingId = UUID.randomUUID().toString();
        proposed.put("listingId", listingId);
        Upstream.send("ipcase.credit.listing-proposed.v1", subject, proposed);
        EmbeddedSmtp.Mail mail = mailTo("respondents-" + tag + "@example.cn", 2).get(1);
        assertThat(mail.subject()).startsWith("【拟列入严重违法失信名单告知】");
        // the window runs from the day the subject receives the notice (docs/domain.md, "the notice and the objection
        // window"): the notice says so and how long, it names no end date it cannot know
        assertThat(mail.body()).contains("自您收到本告知之日起计算").contains(proposed.path("howToObject").asText())
                .contains(proposed.path("legalBasis").asText());
        // its delivery is reported, for credit-service to start the window on the day of receipt
        var reports = io.ipcase.infra.testing.TopicTap.of("ipcase.notification.events");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reports.typesOf(listingId))
                .containsExactly("ipcase.notification.delivered.v1"));
        assertThat(reports.ofKey(listingId).get(0).data()).contains("\"recipientRole\":\"SUBJECT\"").contains("\"listingId\":\"" + listingId + "\"")
                .contains("\"sourceEventType\":\"ipcase.credit.listing-proposed.v1\"").contains("\"recipient\":\"" + subject + "\"")
                .doesNotContain("caseId");
        // the notice carries a one-time link for the subject's own statement; only its token's SHA-256 goes to credit-service
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:8080/public/statement/([A-Za-z0-9_-]{43})").matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        String token = link.group(1);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(reports.ofKey(listingId).get(0).data()).contains("\"statementTokenHash\":\"" + hash + "\"").doesNotContain(token);
        // once sent, the stored notice keeps the link without its token
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.ipcase.notification.store.Message
                .<io.ipcase.notification.store.Message>list("listingId", UUID.fromString(listingId)).get(0).body);
        assertThat(stored).contains("http://127.0.0.1:8080/public/statement/…").doesNotContain(token);

        ObjectNode listed = Upstream.example("ipcase.credit.subject-listed.v1");
        listed.put("subjectId", subject);
        Upstream.send("ipcase.credit.subject-listed.v1", subject, listed);
        ObjectNode delisted = Upstream.example("ipcase.credit.subject-delisted.v1");
        delisted.put("subjectId", subject);
        Upstream.send("ipcase.credit.subject-delisted.v1", subject, delisted);
        List<EmbeddedSmtp.Mail> all = mailTo("respondents-" + tag + "@example.cn", 4);
        assertThat(all.get(2).body()).contains(listed.path("decisionNumber").asText()).contains(listed.path("endsOn").asText());
        assertThat(all.get(3).body()).contains("因原决定被撤销");

        // a proposal that ends without a listing is its own notice, in words rather than the removal's code
        ObjectNode closed = Upstream.example("ipcase.credit.proposal-closed.v1");
        closed.put("subjectId", subject);
        Upstream.send("ipcase.credit.proposal-closed.v1", subject, closed);
        EmbeddedSmtp.Mail notListed = mailTo("respondents-" + tag + "@example.cn", 5).get(4);
        assertThat(notListed.subject()).startsWith("【不予列入严重违法失信名单】");
        assertThat(notListed.body()).contains("决定不予列入").contains(closed.path("decisionNumber").asText()).doesNotContain("dismissed-on-review");
    }

    /**
     * A subject with no contact on record cannot be told by mail: the notice is reported undeliverable at once, for an
     * officer to announce it (docs/domain.md, "The notice and the objection window"); nothing is reported delivered.
     */
    @Test
    void theNoticeToASubjectWithoutContactIsReportedUndeliverable() {
        String subject = "91360400MA" + tag().toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "1").substring(0, 7) + "X";
        String listingId = UUID.randomUUID().toString();
        ObjectNode proposed = Upstream.example("ipcase.credit.listing-proposed.v1");
        proposed.put("subjectId", subject).put("listingId", listingId);
        Upstream.send("ipcase.credit.listing-proposed.v1", subject, proposed);
        var reports = io.ipcase.infra.testing.TopicTap.of("ipcase.notification.events");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reports.typesOf(listingId))
                .containsExactly("ipcase.notification.undeliverable.v1"));
        assertThat(reports.ofKey(listingId).get(0).data()).contains("\"reason\":\"NO_ADDRESS\"").contains("\"recipientRole\":\"SUBJECT\"");
    }

    /** A notice that could not reach its subject: the credit officers of the proposal's region are told, to have it announced. */
    @Test
    void anUndeliverableNoticeReachesTheCreditOfficersOfItsRegion() {
        String tag = tag();
        String here = "credit-officer-nu-" + tag;
        Api.staff(here, "周信用", here + "@jiujiang.example.gov.cn", List.of("EMAIL"), List.of("credit-officer"), "360400");
        ObjectNode undeliverable = Upstream.example("ipcase.credit.notice-undeliverable.v1");
        Upstream.send("ipcase.credit.notice-undeliverable.v1", undeliverable.path("subjectId").asText(), undeliverable);
        EmbeddedSmtp.Mail mail = mailTo(here + "@jiujiang.example.gov.cn", 1).get(0);
        assertThat(mail.subject()).startsWith("【拟列入告知无法送达，请公告送达】");
        assertThat(mail.body()).contains(undeliverable.path("noticeUndeliverableOn").asText()).contains("公告送达");
    }

    /** A proposal whose objection window passed without objection: the credit officers of its region decide, and are told. */
    @Test
    void aProposalDueForDecisionReachesTheCreditOfficersOfItsRegion() {
        String tag = tag();
        String here = "credit-officer-" + tag;
        String elsewhere = "credit-officer-gz-" + tag;
        Api.staff(here, "周信用", here + "@jiujiang.example.gov.cn", List.of("EMAIL"), List.of("credit-officer"), "360400");
        Api.staff(elsewhere, "吴信用", elsewhere + "@ganzhou.example.gov.cn", List.of("EMAIL"), List.of("credit-officer"), "360700");
        ObjectNode due = Upstream.example("ipcase.credit.listing-decision-due.v1");
        Upstream.send("ipcase.credit.listing-decision-due.v1", due.path("subjectId").asText(), due);
        EmbeddedSmtp.Mail mail = mailTo(here + "@jiujiang.example.gov.cn", 1).get(0);
        assertThat(mail.subject()).startsWith("【拟列入事项待决定】");
        assertThat(mail.body()).contains(due.path("objectionDue").asText()).contains(due.path("reason").asText());
        // every message of the event is written with the event: the other region's officer has none
        Api.admin().request().get("/api/v1/deliveries?recipient=" + elsewhere).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    /** The court's period on a confirmation passed: the court of the region and the mediator are told, nobody else. */
    @Test
    void aCourtsPeriodPassedReachesTheCourtAndTheMediator() {
        String tag = tag();
        String judge = "court-" + tag;
        String mediator = "mediator-" + tag;
        Api.staff(judge, "王法官", judge + "@court.example.gov.cn", List.of("EMAIL"), List.of("court"), "360400");
        Api.staff(mediator, "陈调解", mediator + "@mediation.example.cn", List.of("EMAIL"), List.of("mediator"), "360400");
        ObjectNode overdue = Upstream.example("ipcase.mediation.court-deadline-overdue.v1");
        overdue.put("region", "360402");
        ((ObjectNode) overdue.get("mediator")).put("id", mediator);
        java.util.UUID caseId = java.util.UUID.randomUUID();
        overdue.put("caseId", caseId.toString());
        Upstream.send("ipcase.mediation.court-deadline-overdue.v1", overdue.path("mediationId").asText(), overdue);
        assertThat(mailTo(judge + "@court.example.gov.cn", 1).get(0).subject()).startsWith("【司法确认期限已过】");
        assertThat(mailTo(mediator + "@mediation.example.cn", 1).get(0).body()).contains(overdue.path("deadline").path("dueOn").asText())
                .contains("作出决定");
        // every message of the event was written with it: none for the parties
        Api.admin().request().get("/api/v1/deliveries?caseId=" + caseId).then().statusCode(200)
                .body("items.recipientKind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.isOneOf("MEDIATOR", "COURT")));
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        String tag = tag();
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ObjectNode data = Upstream.caseExample("ipcase.case.accepted.v1", caseId, tag, d -> { });
        Upstream.send(eventId, "ipcase.case.accepted.v1", caseId.toString(), data);
        Upstream.send(eventId, "ipcase.case.accepted.v1", caseId.toString(), data);
        // a later event of the same case, on the same partition: once its mail is in, the duplicate was consumed
        Upstream.send("ipcase.case.refused.v1", caseId.toString(), Upstream.caseExample("ipcase.case.refused.v1", caseId, tag, d -> { }));
        List<EmbeddedSmtp.Mail> mail = mailTo("complainants-" + tag + "@example.cn", 2);
        assertThat(mail).extracting(EmbeddedSmtp.Mail::subject).hasSize(2).anyMatch(s -> s.startsWith("【受理通知】"))
                .anyMatch(s -> s.startsWith("【不予受理通知】"));
        Api.as("auditor", "auditor-1", null).request().queryParam("eventId", eventId.toString()).get("/api/v1/deliveries").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("SENT"))
                .body("items[0].attemptLog.outcome", org.hamcrest.Matchers.contains("SENT"));
    }
}
