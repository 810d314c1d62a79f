package io.ipcase.kit.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One step of an aggregate's audit trail; never updated, never deleted. Each service maps it to
 * its own table with a foreign key to the aggregate it records ({@link #chainId()}).
 */
@MappedSuperclass
public abstract class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
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

    /** the id of the aggregate whose chain this entry belongs to */
    public abstract UUID chainId();
}
