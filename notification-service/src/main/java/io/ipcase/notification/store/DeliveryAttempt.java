package io.ipcase.notification.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One try to deliver a message, and what came of it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
    @Column(name = "message_id")
    public UUID messageId;
    public Instant at;
    /** SENT, FAILED */
    public String outcome;
    public String detail;

    public static List<DeliveryAttempt> of(UUID messageId) {
        return list("messageId = ?1 order by at, id", messageId);
    }
}
