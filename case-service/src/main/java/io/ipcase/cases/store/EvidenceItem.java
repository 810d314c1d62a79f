package io.ipcase.cases.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entry of the evidence register; the file itself lives elsewhere, its SHA-256 proves it unchanged. */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String description;
    public String kind;
    @Column(name = "obtained_at")
    public Instant obtainedAt;
    public String sha256;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;

    public static List<EvidenceItem> ofCase(UUID caseId) {
        return list("caseId = ?1 order by registeredAt, id", caseId);
    }
}
