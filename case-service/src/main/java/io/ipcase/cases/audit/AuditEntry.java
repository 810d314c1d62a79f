package io.ipcase.cases.audit;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.ipcase.kit.audit.AuditRecord;

/** One step of a case's enforcement record (执法全过程记录); never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AuditRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Override
    public UUID chainId() {
        return caseId;
    }

    public static List<AuditEntry> ofCase(UUID caseId) {
        return list("caseId = ?1 order by seq", caseId);
    }
}
