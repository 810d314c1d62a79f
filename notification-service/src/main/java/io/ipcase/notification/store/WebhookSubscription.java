package io.ipcase.notification.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An external system that receives events by HTTP POST, signed with its own secret. */
@Entity
@Table(name = "webhook")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String url;
    /** HMAC-SHA256 key; never shown again after it is set */
    @JsonIgnore
    public String secret;
    /** comma-separated event names ({@code case.decision-issued}) or {@code *} */
    @Column(name = "event_names")
    public String eventNames;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean wants(String eventName) {
        return active && ("*".equals(eventNames.trim()) || Arrays.stream(eventNames.split(",")).map(String::trim).anyMatch(eventName::equals));
    }

    public static List<WebhookSubscription> activeOnes() {
        return list("active = true");
    }
}
