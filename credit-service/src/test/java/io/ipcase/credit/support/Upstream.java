package io.ipcase.credit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.EventSender;
import io.ipcase.identifiers.Uscc;

/**
 * Sends case and mediation events as those services publish them, built from their published
 * examples (their contracts) with the facts of the test put in.
 */
public final class Upstream {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A decision against one respondent, as case-service reports it. */
    public record Decision(UUID caseId, String caseNumber, String number, String subjectId, String subjectName, LocalDate effectiveOn,
            boolean intentional, BigDecimal fine, String ipKind, String kind) {

        /** a trademark penalty */
        public static Decision against(String subjectId, String name, LocalDate effectiveOn) {
            UUID caseId = UUID.randomUUID();
            String n = caseId.toString().substring(0, 6);
            return new Decision(caseId, "浔市监知罚〔2026〕" + n + "号", "浔市监知罚决〔2026〕" + n + "号", subjectId, name, effectiveOn, false,
                    new BigDecimal("20000"), "TRADEMARK", "PENALTY");
        }

        public Decision intentionalWithFine(long fine) {
            return new Decision(caseId, caseNumber, number, subjectId, subjectName, effectiveOn, true, BigDecimal.valueOf(fine), ipKind, kind);
        }

        /** the decision made again after its revocation, under the same number, effective on another day */
        public Decision reissued(LocalDate newEffectiveOn) {
            return new Decision(caseId, caseNumber, number, subjectId, subjectName, newEffectiveOn, intentional, fine, ipKind, kind);
        }

        /** the same decision about another right, of another kind (PENALTY or RULING) */
        public Decision about(String otherIpKind, String otherKind) {
            return new Decision(caseId, caseNumber, number, subjectId, subjectName, effectiveOn, intentional, fine, otherIpKind, otherKind);
        }
    }

    private Upstream() {
    }

    public static UUID decisionEffective(Decision d) {
        return send("ipcase.case.decision-effective.v1", d, UUID.randomUUID(), null);
    }

    /**
     * case-service's report, recorded on {@code recordedOn}, of a refusal that names the respondent's obligation: served on
     * the effective day, the fine payable 15 days, the demand made the day after and giving until {@code demandDue}
     */
    public static UUID decisionNotPerformedAfterDemand(Decision d, LocalDate demandDue, LocalDate recordedOn) {
        ObjectNode data = build("ipcase.case.decision-not-performed.v1", d, "当事人逾期未缴纳罚款，经催告仍未履行", null);
        data.putArray("obligations").addObject().put("subjectId", d.subjectId()).put("servedOn", d.effectiveOn().toString())
                .put("paymentDue", d.effectiveOn().plusDays(15).toString()).put("demandedOn", d.effectiveOn().plusDays(16).toString())
                .put("demandDue", demandDue.toString()).put("refused", true);
        UUID eventId = UUID.randomUUID();
        // recorded at noon China time on that day
        EventSender.send("ipcase.case.events", d.caseId().toString(), eventId, "ipcase.case.decision-not-performed.v1", "/ipcase/case-service",
                write(data), recordedOn.atTime(4, 0).toInstant(java.time.ZoneOffset.UTC));
        return eventId;
    }

    /** case-service's report that the respondent performed the decision on that day */
    public static UUID decisionPerformed(Decision d, LocalDate performedOn) {
        ObjectNode data = build("ipcase.case.decision-performed.v1", d, null, null);
        ((ObjectNode) data.get("decision")).put("performedOn", performedOn.toString());
        UUID eventId = UUID.randomUUID();
        EventSender.send("ipcase.case.events", d.caseId().toString(), eventId, "ipcase.case.decision-performed.v1", "/ipcase/case-service",
                write(data));
        return eventId;
    }

    public static UUID decisionNotPerformed(Decision d, UUID eventId) {
        return send("ipcase.case.decision-not-performed.v1", d, eventId, "当事人逾期未缴纳罚款，经催告仍未履行");
    }

    /** a refusal whose reason the officer wrote with people's data in it; the complainant an individual */
    public static UUID decisionNotPerformed(Decision d, String reason, String complainantName, String complainantId, String complainantPhone) {
        ObjectNode complainant = JSON.createObjectNode().put("kind", "INDIVIDUAL").put("name", complainantName).put("subjectId", complainantId)
                .put("idNumber", complainantId).put("phone", complainantPhone);
        return send("ipcase.case.decision-not-performed.v1", d, UUID.randomUUID(), reason, complainant);
    }

    /** a refusal by an organisation whose legal representative the case recorded */
    public static UUID decisionNotPerformedRepresentedBy(Decision d, String representativeName, String representativeId) {
        ObjectNode data = build("ipcase.case.decision-not-performed.v1", d, "当事人逾期未缴纳罚款，经催告仍未履行", null);
        ((ObjectNode) data.get("respondents").get(0)).putObject("legalRepresentative").put("name", representativeName)
                .put("subjectId", representativeId).put("idNumber", representativeId);
        UUID eventId = UUID.randomUUID();
        EventSender.send("ipcase.case.events", d.caseId().toString(), eventId, "ipcase.case.decision-not-performed.v1", "/ipcase/case-service",
                write(data));
        return eventId;
    }

    /** a refusal recorded against one of two respondents only: the decision's subject and another, {@code by} the one that refused */
    public static UUID decisionNotPerformedBy(Decision d, String otherSubject, String otherName, String by) {
        ObjectNode data = build("ipcase.case.decision-not-performed.v1", d, "经催告，仅一名被处罚人仍未履行", null);
        ((ArrayNode) data.get("respondents")).addObject().put("kind", "ORGANISATION").put("name", otherName).put("subjectId", otherSubject)
                .put("uscc", otherSubject);
        data.put("notPerformedBy", by);
        UUID eventId = UUID.randomUUID();
        EventSender.send("ipcase.case.events", d.caseId().toString(), eventId, "ipcase.case.decision-not-performed.v1", "/ipcase/case-service",
                write(data));
        return eventId;
    }

    /** decision-not-performed sent as part of the caller's trace ({@code traceparent}) */
    public static UUID decisionNotPerformedInTrace(Decision d, String traceparent) {
        UUID eventId = UUID.randomUUID();
        EventSender.send("ipcase.case.events", d.caseId().toString(), eventId, "ipcase.case.decision-not-performed.v1", "/ipcase/case-service",
                write(build("ipcase.case.decision-not-performed.v1", d, "当事人逾期未缴纳罚款，经催告仍未履行", null)), java.time.Instant.now(),
                java.util.Map.of("traceparent", traceparent));
        return eventId;
    }

    public static UUID decisionRevoked(Decision d) {
        return send("ipcase.case.decision-revoked.v1", d, UUID.randomUUID(), "行政复议决定撤销原行政处罚决定");
    }

    private static UUID send(String type, Decision d, UUID eventId, String reason) {
        return send(type, d, eventId, reason, null);
    }

    private static UUID send(String type, Decision d, UUID eventId, String reason, ObjectNode complainant) {
        EventSender.send("ipcase.case.events", d.caseId().toString(), eventId, type, "/ipcase/case-service", write(build(type, d, reason, complainant)));
        return eventId;
    }

    private static ObjectNode build(String type, Decision d, String reason, ObjectNode complainant) {
        ObjectNode data = example(type);
        if (complainant != null) {
            data.putArray("complainants").add(complainant);
        }
        data.put("caseId", d.caseId().toString());
        data.put("caseNumber", d.caseNumber());
        data.put("region", "360400");
        ArrayNode respondents = data.putArray("respondents");
        ObjectNode party = respondents.addObject();
        boolean organisation = Uscc.isValid(d.subjectId());
        party.put("kind", organisation ? "ORGANISATION" : "INDIVIDUAL");
        party.put("name", d.subjectName());
        party.put("subjectId", d.subjectId());
        int colon = d.subjectId().indexOf(':');
        if (colon > 0) {
            // a foreign national: COUNTRY:passport number
            party.put("idType", "PASSPORT").put("nationality", d.subjectId().substring(0, colon)).put("idNumber", d.subjectId().substring(colon + 1));
        } else {
            party.put(organisation ? "uscc" : "idNumber", d.subjectId());
        }
        // the respondent's obligations are the test's to give (decisionNotPerformedAfterDemand)
        data.remove("obligations");
        ((ObjectNode) data.get("ipRight")).put("kind", d.ipKind());
        ObjectNode decision = (ObjectNode) data.get("decision");
        decision.put("kind", d.kind());
        decision.put("number", d.number());
        decision.put("infringementFound", true);
        decision.put("intentional", d.intentional());
        decision.put("fine", d.fine());
        decision.put("decidedOn", d.effectiveOn().minusDays(2).toString());
        decision.put("servedOn", d.effectiveOn().toString());
        decision.put("effectiveOn", d.effectiveOn().toString());
        if (reason != null) {
            data.put("reason", reason);
        }
        return data;
    }

    /** mediation-service's example of an agreement not performed after the court confirmed it, about this subject */
    public static void confirmedAgreementNotPerformed(UUID mediationId, String subjectId, String subjectName) {
        String type = "ipcase.mediation.agreement-not-performed.v1";
        ObjectNode data = example(type);
        data.put("mediationId", mediationId.toString());
        data.remove("caseId");
        data.remove("caseNumber");
        data.put("previousState", "CONFIRMED");
        ArrayNode respondents = data.putArray("respondents");
        ObjectNode party = respondents.addObject();
        party.put("kind", "ORGANISATION").put("name", subjectName).put("subjectId", subjectId).put("uscc", subjectId);
        EventSender.send("ipcase.mediation.events", mediationId.toString(), UUID.randomUUID(), type, "/ipcase/mediation-service", write(data));
    }

    /** notification-service's report that the notice of the proposal reached its subject at that instant */
    public static UUID noticeDelivered(String listingId, String subjectId, java.time.Instant deliveredAt) {
        return noticeDelivered(UUID.randomUUID(), listingId, subjectId, deliveredAt);
    }

    public static UUID noticeDelivered(UUID eventId, String listingId, String subjectId, java.time.Instant deliveredAt) {
        return noticeDelivered(eventId, listingId, subjectId, deliveredAt, null);
    }

    /** ... with the SHA-256 (hex) of the one-time statement link's token the notice carried */
    public static UUID noticeDelivered(UUID eventId, String listingId, String subjectId, java.time.Instant deliveredAt, String statementTokenHash) {
        String type = "ipcase.notification.delivered.v1";
        ObjectNode data = example(type);
        data.remove("caseId");
        data.put("messageId", UUID.randomUUID().toString()).put("listingId", listingId).put("sourceEventId", UUID.randomUUID().toString())
                .put("sourceEventType", "ipcase.credit.listing-proposed.v1").put("recipient", subjectId).put("recipientRole", "SUBJECT")
                .put("deliveredAt", deliveredAt.toString());
        if (statementTokenHash != null) {
            data.put("statementTokenHash", statementTokenHash);
        }
        EventSender.send("ipcase.notification.events", listingId, eventId, type, "/ipcase/notification-service", write(data));
        return eventId;
    }

    /** notification-service's report that the notice of the proposal cannot reach its subject: no contact on record */
    public static UUID noticeUndeliverable(String listingId, String subjectId) {
        String type = "ipcase.notification.undeliverable.v1";
        ObjectNode data = example(type);
        data.put("messageId", UUID.randomUUID().toString()).put("listingId", listingId).put("sourceEventId", UUID.randomUUID().toString())
                .put("recipient", subjectId);
        UUID eventId = UUID.randomUUID();
        EventSender.send("ipcase.notification.events", listingId, eventId, type, "/ipcase/notification-service", write(data));
        return eventId;
    }

    private static ObjectNode example(String type) {
        try {
            return (ObjectNode) JSON.readTree(EventContract.exampleOf(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
