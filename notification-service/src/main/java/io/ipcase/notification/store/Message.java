package io.ipcase.notification.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.domain.MessageStatus;
import io.ipcase.notification.domain.RecipientKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message to one recipient on one channel, with its delivery state. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "event_key")
    public String eventKey;
    @Column(name = "case_id")
    public UUID caseId;
    /** the listing proposal a credit event is about (its notice's delivery is reported to credit-service) */
    @Column(name = "listing_id")
    public UUID listingId;
    /** SHA-256 (hex) of the token of the statement link the notice of a listing proposal carries */
    @Column(name = "statement_token_hash")
    public String statementTokenHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public RecipientKind recipientKind;
    /** user id of staff, subject id (USCC / resident ID) of a party */
    public String recipient;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** e-mail address, inbox user id or webhook URL */
    public String address;
    public String language;
    public String subject;
    public String body;
    @Enumerated(EnumType.STRING)
    public MessageStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "read_at")
    public Instant readAt;
    /** the W3C traceparent of the event that planned it: its delivery joins that trace */
    @Column(name = "trace_parent")
    public String traceParent;
}
