package io.ipcase.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An aggregate row that carries the head of its own audit chain (columns audit_seq, audit_hash). */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase implements AuditedAggregate {

    /** the newest audit entry of the aggregate, anchoring its hash chain */
    @Column(name = "audit_seq")
    @JsonIgnore
    public int auditSeq;
    @Column(name = "audit_hash")
    @JsonIgnore
    public String auditHash;

    @Override
    public int auditSeq() {
        return auditSeq;
    }

    @Override
    public String auditHash() {
        return auditHash;
    }

    @Override
    public void anchorAudit(int seq, String hash) {
        auditSeq = seq;
        auditHash = hash;
    }
}
