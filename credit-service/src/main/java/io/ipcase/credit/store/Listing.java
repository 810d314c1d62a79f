package io.ipcase.credit.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.ipcase.credit.domain.ListingChange;
import io.ipcase.credit.domain.ListingRule;
import io.ipcase.credit.domain.ListingSnapshot;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.store.InfringementRecord;
import io.ipcase.kit.audit.AuditedEntity;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.text.Texts;

/** A subject's (proposed) entry on the dishonesty list, from proposal to removal. */
@Entity
@Table(name = "listing")
public class Listing extends AuditedEntity {

    @Id
    public UUID id;
    @Version
    public long version;
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
    public ListingRule rule;
    @Column(name = "fact_key")
    public String factKey;
    @Enumerated(EnumType.STRING)
    public ListingState state;
    public String region;
    public String authority;
    public String reason;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "basis_decision_number")
    public String basisDecisionNumber;
    @Column(name = "proposed_on")
    public LocalDate proposedOn;
    /** the day the notice reached the subject, or the announcement counts as served; null until then */
    @Column(name = "notice_served_on")
    public LocalDate noticeServedOn;
    /** DELIVERY or ANNOUNCEMENT */
    @Column(name = "notice_served_by")
    public String noticeServedBy;
    /** the day the announcement (公告) was published, and where */
    @Column(name = "announced_on")
    public LocalDate announcedOn;
    public String announcement;
    /** the day notification-service reported that the notice could not reach the subject, and why */
    @Column(name = "notice_undeliverable_on")
    public LocalDate noticeUndeliverableOn;
    @Column(name = "notice_undeliverable_reason")
    public String noticeUndeliverableReason;
    /** the last day the subject may state its case: null until the notice is served */
    @Column(name = "objection_due")
    public LocalDate objectionDue;
    public String objection;
    /** SUBJECT (through its notice's link) or OFFICER (on its behalf) */
    @Column(name = "objection_filed_by")
    public String objectionFiledBy;
    /** SHA-256 (hex) of the one-time token in the link of the notice delivered to the subject; the token itself is never kept */
    @Column(name = "statement_token_hash")
    public String statementTokenHash;
    @Column(name = "objected_on")
    public LocalDate objectedOn;
    /** the listing decision's number (信用列入决定书文号), once listed */
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "listed_on")
    public LocalDate listedOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "repair_statement")
    public String repairStatement;
    @Column(name = "repair_applied_on")
    public LocalDate repairAppliedOn;
    @Column(name = "removed_on")
    public LocalDate removedOn;
    /** expired, repaired, revoked or dismissed-on-review */
    @Column(name = "removal_reason")
    public String removalReason;
    @Column(name = "removal_note")
    public String removalNote;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "listing_basis", joinColumns = @JoinColumn(name = "listing_id"), inverseJoinColumns = @JoinColumn(name = "record_id"))
    public Set<InfringementRecord> basis = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<Listing> ofSubject(String subjectId) {
        return list("subjectId = ?1 order by proposedOn, createdAt", subjectId);
    }

    public static List<Listing> active(String subjectId) {
        return list("subjectId = ?1 and state in ?2 order by listedOn", subjectId,
                List.of(ListingState.LISTED, ListingState.REPAIR_REQUESTED));
    }

    /** where the notice stands: DELIVERED, ANNOUNCED, UNDELIVERABLE (to be announced) or AWAITING_DELIVERY; null on proposals counted from their proposal */
    public String noticeStatus() {
        if (noticeServedBy != null) {
            return noticeServedBy.equals("ANNOUNCEMENT") ? "ANNOUNCED" : "DELIVERED";
        }
        if (objectionDue != null) {
            return null;
        }
        return noticeUndeliverableOn != null ? "UNDELIVERABLE" : "AWAITING_DELIVERY";
    }

    /** what the listing rules read of this listing */
    public ListingSnapshot snapshot() {
        return new ListingSnapshot(state, region, proposedOn, noticeServedOn, noticeUndeliverableOn, objectionDue, listedOn, endsOn);
    }

    /** Records what the rules decided; the rules have checked it already. */
    public void apply(ListingChange change) {
        if (change instanceof ListingChange.NoticeServed n) {
            noticeServedOn = n.servedOn();
            noticeServedBy = n.how();
            announcedOn = n.announcedOn();
            announcement = Texts.clip(n.announcement(), 500);
            objectionDue = n.objectionDue();
        } else if (change instanceof ListingChange.NoticeUndeliverable u) {
            noticeUndeliverableOn = u.on();
            noticeUndeliverableReason = Texts.clip(u.why(), 500);
        } else if (change instanceof ListingChange.Objected o) {
            objection = o.statement();
            objectedOn = o.on();
            objectionFiledBy = o.filedBy();
        } else if (change instanceof ListingChange.Decided d) {
            decidedOn = d.on();
            decidedBy = d.by();
            decisionReason = Texts.clip(d.reason(), 2000);
        } else if (change instanceof ListingChange.Listed listed) {
            listedOn = listed.on();
            endsOn = listed.endsOn();
        } else if (change instanceof ListingChange.RepairApplied r) {
            repairStatement = r.statement();
            repairAppliedOn = r.on();
        } else if (change instanceof ListingChange.Removed r) {
            removedOn = r.on();
            removalReason = r.why();
            removalNote = Texts.clip(r.note(), 2000);
        }
        // WindowClosed moves the state only
    }
}
