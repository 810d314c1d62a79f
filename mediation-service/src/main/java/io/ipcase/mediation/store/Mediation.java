package io.ipcase.mediation.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.ipcase.kit.audit.AuditedEntity;
import io.ipcase.kit.parties.IpKind;
import io.ipcase.mediation.domain.MediationKind;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.registry.MediationOrganisation;
import io.ipcase.mediation.registry.Mediator;

/**
 * A dispute under mediation: referred from a ruling case, or registered directly by a mediation
 * organisation (no case). Carries its agreement and the judicial confirmation of it.
 */
@Entity
@Table(name = "mediation")
public class Mediation extends AuditedEntity {

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "case_number")
    public String caseNumber;
    @Enumerated(EnumType.STRING)
    public MediationKind kind;
    @Enumerated(EnumType.STRING)
    public MediationState state;
    public String region;
    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind")
    public IpKind ipKind;
    @Column(name = "ip_number")
    public String ipNumber;
    @Column(name = "ip_title")
    public String ipTitle;
    @Column(name = "ip_holder")
    public String ipHolder;
    public String summary;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    public MediationOrganisation organisation;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "mediator_id")
    public Mediator mediator;

    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Column(name = "due_on")
    public LocalDate dueOn;
    public boolean extended;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public Agreement agreement;
    @Column(name = "agreement_effective_on")
    public LocalDate agreementEffectiveOn;

    public String court;
    @Column(name = "court_case_number")
    public String courtCaseNumber;
    @Column(name = "confirmation_requested_on")
    public LocalDate confirmationRequestedOn;
    @Column(name = "court_acceptance_due")
    public LocalDate courtAcceptanceDue;
    @Column(name = "court_accepted_on")
    public LocalDate courtAcceptedOn;
    @Column(name = "court_decision_due")
    public LocalDate courtDecisionDue;
    @Column(name = "court_decision_extended")
    public boolean courtDecisionExtended;
    @Column(name = "confirmation_decided_on")
    public LocalDate confirmationDecidedOn;
    @Column(name = "performed_on")
    public LocalDate performedOn;
    @Column(name = "enforcement_case_number")
    public String enforcementCaseNumber;
    @Column(name = "enforcement_applied_on")
    public LocalDate enforcementAppliedOn;
    @Column(name = "enforcement_concluded_on")
    public LocalDate enforcementConcludedOn;
    /** the day mediation itself came to an end: agreement reached, failed, withdrawn or expired */
    @Column(name = "concluded_on")
    public LocalDate concludedOn;
    /** the day nothing more was left to happen to it */
    @Column(name = "ended_on")
    public LocalDate endedOn;
    /** why it failed, was withdrawn, rejected or not performed */
    public String reason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "mediation_id", nullable = false)
    @OrderBy("position")
    public List<MediationParty> parties = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** the Kafka key of its events: the case's id, so case and mediation events of one case stay in order */
    public String eventKey() {
        return caseId != null ? caseId.toString() : id.toString();
    }

    public List<MediationParty> partiesIn(MediationParty.Role role) {
        return parties.stream().filter(p -> p.role == role).toList();
    }

    public static Mediation openForCase(UUID caseId) {
        return find("caseId = ?1 and state in ?2", caseId,
                List.of(MediationState.REQUESTED, MediationState.ASSIGNED, MediationState.IN_PROGRESS)).firstResult();
    }
}
