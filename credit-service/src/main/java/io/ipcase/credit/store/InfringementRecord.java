package io.ipcase.credit.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.ipcase.credit.domain.RecordKind;
import io.ipcase.credit.domain.RepairConditions;
import io.ipcase.credit.domain.RepeatInfringement;
import io.ipcase.kit.parties.PartyKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One fact against a subject: an established infringement, a refusal to perform, an agreement not performed. */
@Entity
@Table(name = "infringement_record")
public class InfringementRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "subject_id")
    public String subjectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public PartyKind subjectKind;
    @Column(name = "subject_name")
    public String subjectName;
    /** an organisation's legal representative (法定代表人), when the case named one */
    @Column(name = "legal_rep_name")
    public String legalRepName;
    @Column(name = "legal_rep_subject_id")
    public String legalRepSubjectId;
    @Enumerated(EnumType.STRING)
    public RecordKind kind;
    @Column(name = "fact_key")
    public String factKey;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "mediation_id")
    public UUID mediationId;
    public String region;
    public String authority;
    @Column(name = "ip_kind")
    public String ipKind;
    /** the decision's kind as case-service reports it: PENALTY or RULING (null: not reported, before the field existed) */
    @Column(name = "decision_kind")
    public String decisionKind;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    public Boolean intentional;
    public BigDecimal fine;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public String detail;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;
    /** the day the subject performed the decision, as case-service reported it (null: not reported performed) */
    @Column(name = "performed_on")
    public LocalDate performedOn;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<InfringementRecord> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by occurredOn, createdAt", subjectId);
    }

    public static InfringementRecord find(String subjectId, RecordKind kind, String factKey) {
        return find("subjectId = ?1 and kind = ?2 and factKey = ?3", subjectId, kind, factKey).firstResult();
    }

    /** the record as the repeat rule reads it; a decision of unreported kind counts as a penalty, as it did before */
    public RepeatInfringement.Infringement asInfringement() {
        return new RepeatInfringement.Infringement(id.toString(), ipKind, !"RULING".equals(decisionKind), effectiveOn);
    }

    /** the record as credit repair's conditions read it */
    public RepairConditions.Fact asFact() {
        return new RepairConditions.Fact(decisionNumber, effectiveOn, fine, performedOn, revokedOn);
    }
}
