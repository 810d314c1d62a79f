package io.ipcase.mediation.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A suggested mediator asked to take a mediation, and their answer. */
@Entity
@Table(name = "mediator_offer")
@IdClass(MediatorOffer.Key.class)
public class MediatorOffer extends PanacheEntityBase {

    public enum Status {
        OFFERED, ACCEPTED, DECLINED,
        /** it took the dispute, a party objected to it and it stood down */
        OBJECTED,
        /** another mediator took it, or it ended */
        CLOSED
    }

    public static class Key implements Serializable {
        public UUID mediationId;
        public String mediatorId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(mediationId, k.mediationId) && Objects.equals(mediatorId, k.mediatorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mediationId, mediatorId);
        }
    }

    @Id
    @Column(name = "mediation_id")
    public UUID mediationId;
    @Id
    @Column(name = "mediator_id")
    public String mediatorId;
    public int rank;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "offered_at")
    public Instant offeredAt;
    @Column(name = "answered_at")
    public Instant answeredAt;

    public static List<MediatorOffer> ofMediation(UUID mediationId) {
        return list("mediationId = ?1 order by rank", mediationId);
    }

    public static MediatorOffer openOffer(UUID mediationId, String mediatorId) {
        return find("mediationId = ?1 and mediatorId = ?2 and status = ?3", mediationId, mediatorId, Status.OFFERED).firstResult();
    }
}
