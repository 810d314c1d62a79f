package io.ipcase.mediation.audit;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.ipcase.kit.audit.AuditRecord;

/** One step of a mediation's record; never updated, never deleted. */
@Entity
@Table(name = "mediation_audit_entry")
public class MediationAuditEntry extends AuditRecord {

    @Column(name = "mediation_id")
    public UUID mediationId;

    @Override
    public UUID chainId() {
        return mediationId;
    }

    public static List<MediationAuditEntry> ofMediation(UUID mediationId) {
        return list("mediationId = ?1 order by seq", mediationId);
    }
}
