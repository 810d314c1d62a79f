package io.ipcase.mediation.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.ipcase.kit.vocabulary.Labelled;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mediation session, scheduled and then held, with its minutes (调解笔录). */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends PanacheEntityBase {

    public enum Mode implements Labelled {
        ONLINE("线上调解", "online"),
        ON_SITE("现场调解", "on site");

        private final String labelZh;
        private final String labelEn;

        Mode(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        @Override
        public String labelZh() {
            return labelZh;
        }

        @Override
        public String labelEn() {
            return labelEn;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
    @Column(name = "mediation_id")
    @JsonIgnore
    public UUID mediationId;
    public int seq;
    @Column(name = "scheduled_at")
    public Instant scheduledAt;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    /** the room, or the link of the online session */
    public String place;
    @Column(name = "held_at")
    public Instant heldAt;
    public String attendees;
    public String minutes;

    public static List<MediationSession> ofMediation(UUID mediationId) {
        return list("mediationId = ?1 order by seq", mediationId);
    }

    public static long held(UUID mediationId) {
        return count("mediationId = ?1 and heldAt is not null", mediationId);
    }
}
