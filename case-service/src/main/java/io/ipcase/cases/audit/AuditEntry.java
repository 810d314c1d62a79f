package io.ipcase.cases.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a case's enforcement record (执法全过程记录); never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public UUID caseId;
    public int seq;
    public Instant at;
    public String actor;
    public String role;
    public String action;
    @Column(name = "before_state")
    public String beforeState;
    @Column(name = "after_state")
    public String afterState;
    public String reason;
    public String details;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    public static List<AuditEntry> ofCase(UUID caseId) {
        return list("caseId = ?1 order by seq", caseId);
    }
}
