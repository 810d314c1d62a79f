package io.ipcase.notification.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.kit.outbox.Outbox;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.domain.RecipientKind;
import io.ipcase.notification.store.Message;

/**
 * What the services that serve documents need to hear from the mail (README, notification-service): a decision delivered
 * to a respondent is its electronic service (case-service); the notice of a listing proposal delivered to its subject
 * starts the subject's objection window, and one that cannot reach the subject is to be announced (credit-service).
 * Written to the outbox in the transaction that records the delivery or its failure.
 */
@ApplicationScoped
public class DeliveryReports {

    public static final String TOPIC = "ipcase.notification.events";
    static final String DECISION_ISSUED = "ipcase.case.decision-issued.v1";
    static final String LISTING_PROPOSED = "ipcase.credit.listing-proposed.v1";

    private final Outbox outbox;
    private final IpcaseClock clock;

    public DeliveryReports(Outbox outbox, IpcaseClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** 电子送达: a decision mailed to a respondent */
    static boolean isServiceOfDecision(Message m) {
        return m.eventType.equals(DECISION_ISSUED) && m.recipientKind == RecipientKind.RESPONDENTS && m.caseId != null && m.channel == Channel.EMAIL;
    }

    /** 告知: the notice of a listing proposal mailed to its subject */
    public static boolean isNoticeOfProposal(Message m) {
        return m.eventType.equals(LISTING_PROPOSED) && m.recipientKind == RecipientKind.SUBJECT && m.listingId != null && m.channel == Channel.EMAIL;
    }

    /** the message reached its recipient: reported when it serves a decision or a notice, nothing otherwise */
    public void delivered(Message m) {
        boolean decision = isServiceOfDecision(m);
        if (!decision && !isNoticeOfProposal(m)) {
            return;
        }
        String key = decision ? m.caseId.toString() : m.listingId.toString();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("messageId", m.id.toString());
        data.put(decision ? "caseId" : "listingId", key);
        data.put("sourceEventId", m.eventId.toString());
        data.put("sourceEventType", m.eventType);
        data.put("recipient", m.recipient);
        data.put("recipientRole", decision ? "RESPONDENT" : "SUBJECT");
        data.put("channel", m.channel.name());
        data.put("deliveredAt", m.sentAt.toString());
        if (!decision && m.statementTokenHash != null) {
            data.put("statementTokenHash", m.statementTokenHash);
        }
        outbox.record(TOPIC, key, "ipcase.notification.delivered.v1", key, data);
    }

    /**
     * the notice of a proposal cannot reach its subject: {@code NO_ADDRESS} (no contact on record) or
     * {@code DELIVERY_FAILED} (the last attempt failed); nothing for other messages
     */
    public void undeliverable(Message m, String reason) {
        if (!isNoticeOfProposal(m)) {
            return;
        }
        String key = m.listingId.toString();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("messageId", m.id.toString());
        data.put("listingId", key);
        data.put("sourceEventId", m.eventId.toString());
        data.put("sourceEventType", m.eventType);
        data.put("recipient", m.recipient);
        data.put("recipientRole", "SUBJECT");
        data.put("channel", m.channel.name());
        data.put("reason", reason);
        data.put("reportedAt", clock.now().toString());
        outbox.record(TOPIC, key, "ipcase.notification.undeliverable.v1", key, data);
    }
}
