package io.ipcase.cases.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.ipcase.cases.domain.CaseChange;
import io.ipcase.cases.domain.CaseFigures;
import io.ipcase.cases.domain.CaseSnapshot;
import io.ipcase.cases.domain.CaseSource;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.CaseTrack;
import io.ipcase.cases.domain.ClosedReason;
import io.ipcase.cases.domain.DecisionKind;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.domain.StatutoryClock;
import io.ipcase.cases.domain.Procedure;
import io.ipcase.kit.audit.AuditedEntity;
import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.parties.PartyKind;

/** An IP infringement case, from the first entry to closure, on either track. */
@Entity
@Table(name = "ip_case")
public class InfringementCase extends AuditedEntity {

    @Id
    public UUID id;
    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public CaseTrack track;
    @Enumerated(EnumType.STRING)
    public Procedure procedure;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    @Column(name = "case_number")
    public String caseNumber;
    public String region;
    @Enumerated(EnumType.STRING)
    public CaseSource source;

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

    @Column(name = "amount_involved")
    public BigDecimal amountInvolved;
    @Column(name = "illegal_gain")
    public BigDecimal illegalGain;
    @Column(name = "copies_involved")
    public Integer copiesInvolved;
    @Column(name = "loss_caused")
    public BigDecimal lossCaused;
    @Column(name = "transfer_flagged")
    public boolean transferFlagged;

    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "acceptance_due")
    public LocalDate acceptanceDue;
    /** the deadline watch's own note: nothing to watch before this day (written by the watch alone, cleared on any change) */
    @Column(name = "next_watch_on", insertable = false, updatable = false)
    public LocalDate nextWatchOn;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "closing_due")
    public LocalDate closingDue;
    /** counted over a year whose holiday arrangement is not published yet: it may still move (docs/domain.md, "Case periods") */
    @Column(name = "closing_due_provisional")
    public boolean closingDueProvisional;
    /** the filing date, or the day the case was reopened after its decision was revoked */
    @Column(name = "clock_started_on")
    public LocalDate clockStartedOn;
    @Column(name = "extension_count")
    public int extensionCount;
    @Column(name = "extension_requested")
    public String extensionRequested;
    /** the lead check extended by the head (15 working days more) */
    @Column(name = "lead_check_extended")
    public boolean leadCheckExtended;
    /** days the heads' collective discussion added to the closing term past the head's extensions */
    @Column(name = "collective_extension_days")
    public int collectiveExtensionDays;
    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "review_proposal")
    public String reviewProposal;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "review_opinion")
    public String reviewOpinion;

    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decision_kind")
    @Enumerated(EnumType.STRING)
    public DecisionKind decisionKind;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "infringement_found")
    public Boolean infringementFound;
    public Boolean intentional;
    @Column(name = "major_decision")
    public Boolean majorDecision;
    public String orders;
    public BigDecimal fine;
    @Column(name = "confiscated_gain")
    public BigDecimal confiscatedGain;
    /** 吊销许可证: the decision revokes the respondent's licence (a major decision) */
    @Column(name = "revokes_licence")
    public Boolean revokesLicence;
    @Column(name = "served_on")
    public LocalDate servedOn;
    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    /** the notice of the intended penalty: served on, the party's periods, its written waiver of them */
    @Column(name = "notice_served_on")
    public LocalDate noticeServedOn;
    @Column(name = "statement_due")
    public LocalDate statementDue;
    @Column(name = "hearing_request_due")
    public LocalDate hearingRequestDue;
    @Column(name = "notice_waived")
    public boolean noticeWaived;
    /** the last day to pay the fine (null: no fine) */
    @Column(name = "payment_due")
    public LocalDate paymentDue;
    /** the formal demand to perform (催告): served on, and the period it gave */
    @Column(name = "demanded_on")
    public LocalDate demandedOn;
    @Column(name = "demand_due")
    public LocalDate demandDue;
    @Column(name = "performed_on")
    public LocalDate performedOn;
    @Column(name = "not_performed_reason")
    public String notPerformedReason;
    /** the respondent whose refusal was recorded (null: every respondent's) */
    @Column(name = "not_performed_by")
    public String notPerformedBy;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;
    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "transfer_reason")
    public String transferReason;
    @Column(name = "transfer_proposed_on")
    public LocalDate transferProposedOn;
    @Column(name = "transferred_on")
    public LocalDate transferredOn;
    @Column(name = "mediation_id")
    public String mediationId;

    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason")
    public ClosedReason closedReason;

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("position")
    public List<CaseParty> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_officer", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "officer_id")
    @OrderBy
    public Set<String> handlingOfficers = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_shared_region", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "region")
    @OrderBy
    public Set<String> sharedRegions = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("fromDate")
    public List<CasePause> pauses = new ArrayList<>();

    public List<CaseParty> parties(PartyRole role) {
        return parties.stream().filter(p -> p.role == role).toList();
    }

    /** A decision in force: issued and not revoked (only such a decision can be revoked). */
    public boolean hasDecision() {
        return decisionNumber != null && revokedOn == null;
    }

    public CasePause openPause() {
        return pauses.stream().filter(p -> p.toDate == null).findFirst().orElse(null);
    }

    /** a period a respondent has to perform in: the fine's payment period or the demand's, from its start to its last day */
    public record PerformancePeriod(StatutoryClock clock, LocalDate start, LocalDate due) {
    }

    /**
     * The performance period the case works towards now: the earliest demand or payment period of a respondent that still
     * owes the decision and has no refusal on record (null: none runs)
     */
    public PerformancePeriod openPerformancePeriod() {
        return openPerformancePeriods().stream().findFirst().orElse(null);
    }

    /** every respondent's open performance period, the earliest first, one per period however many respondents share it */
    public List<PerformancePeriod> openPerformancePeriods() {
        return parties(PartyRole.RESPONDENT).stream().filter(p -> p.performedOn == null && !p.refused)
                .map(p -> p.demandDue != null ? new PerformancePeriod(StatutoryClock.DEMAND, p.demandedOn, p.demandDue)
                        : p.paymentDue != null ? new PerformancePeriod(StatutoryClock.PAYMENT, p.servedOn, p.paymentDue) : null)
                .filter(Objects::nonNull).distinct().sorted(Comparator.comparing(PerformancePeriod::due)).toList();
    }

    private Stream<CaseParty> respondent(String subjectId) {
        return parties(PartyRole.RESPONDENT).stream().filter(p -> p.subjectId().equals(subjectId));
    }

    /** what the case rules read of this case */
    public CaseSnapshot snapshot() {
        boolean respondentsAllOrganisations = parties(PartyRole.RESPONDENT).stream().allMatch(p -> p.kind == PartyKind.ORGANISATION);
        return new CaseSnapshot(track, procedure, state, region, new CaseFigures(ipKind, amountInvolved, illegalGain, copiesInvolved, lossCaused),
                List.copyOf(handlingOfficers), respondentsAllOrganisations, caseNumber,
                new CaseSnapshot.Extensions(extensionCount, extensionRequested, leadCheckExtended, collectiveExtensionDays),
                decisionKind, infringementFound, majorDecision, fine, decisionNumber,
                decidedOn, servedOn, appealDeadline, revokedOn, mediationId,
                new CaseSnapshot.PenaltyNotice(noticeServedOn, statementDue, hearingRequestDue, noticeWaived),
                parties(PartyRole.RESPONDENT).stream().map(CaseParty::asRespondent).toList(), !parties(PartyRole.COMPLAINANT).isEmpty());
    }

    /** Records what the rules decided; the rules have checked it already. */
    public void apply(CaseChange change) {
        if (change instanceof CaseChange.Filed f) {
            caseNumber = f.caseNumber();
            filedOn = f.on();
            clockStartedOn = f.on();
        } else if (change instanceof CaseChange.Refused r) {
            refusalReason = r.reason();
        } else if (change instanceof CaseChange.ExtensionRequested e) {
            extensionRequested = e.reason();
        } else if (change instanceof CaseChange.ExtensionDecided e) {
            extensionRequested = null;
            if (e.granted()) {
                switch (e.kind()) {
                    case LEAD_CHECK -> leadCheckExtended = true;
                    case CLOSING -> extensionCount++;
                    case COLLECTIVE -> collectiveExtensionDays += e.days();
                }
            }
        } else if (change instanceof CaseChange.SharedWith s) {
            sharedRegions.add(s.region());
        } else if (change instanceof CaseChange.JurisdictionTransferred j) {
            region = j.to();
            sharedRegions.remove(j.to());
        } else if (change instanceof CaseChange.Amended a) {
            ipKind = a.figures().ipKind();
            amountInvolved = a.figures().amountInvolved();
            illegalGain = a.figures().illegalGain();
            copiesInvolved = a.figures().copiesInvolved();
            lossCaused = a.figures().lossCaused();
            transferFlagged = a.transferFlagged();
        } else if (change instanceof CaseChange.Ended e) {
            closedOn = e.on();
            closedReason = e.reason();
        } else if (change instanceof CaseChange.PauseOpened p) {
            CasePause pause = new CasePause();
            pause.reason = p.reason().name();
            pause.fromDate = p.on();
            pauses.add(pause);
        } else if (change instanceof CaseChange.PauseClosed p) {
            CasePause open = openPause();
            if (open != null) {
                open.toDate = p.on();
            }
        } else if (change instanceof CaseChange.MediationLinked m) {
            mediationId = m.mediationId();
        } else if (change instanceof CaseChange.TransferProposed t) {
            transferReason = t.reason();
            transferProposedOn = t.on();
        } else if (change instanceof CaseChange.TransferredToPolice t) {
            transferredOn = t.on();
        } else if (change instanceof CaseChange.DecisionDrafted d) {
            decisionKind = d.kind();
            infringementFound = d.infringementFound();
            intentional = d.intentional();
            majorDecision = d.major();
            orders = d.orders();
            fine = d.fine();
            confiscatedGain = d.confiscatedGain();
            revokesLicence = d.revokesLicence();
            if (d.proposal() != null) {
                reviewProposal = d.proposal();
            }
        } else if (change instanceof CaseChange.Reviewed r) {
            reviewedBy = r.reviewer();
            reviewOpinion = r.opinion();
        } else if (change instanceof CaseChange.DecisionIssued d) {
            decisionNumber = d.decisionNumber();
            decidedOn = d.on();
        } else if (change instanceof CaseChange.Served sv) {
            servedOn = sv.on();
            appealDeadline = sv.appealDeadline();
        } else if (change instanceof CaseChange.Effective e) {
            effectiveOn = e.on();
            paymentDue = e.paymentDue();
        } else if (change instanceof CaseChange.PenaltyNoticed n) {
            noticeServedOn = n.servedOn();
            statementDue = n.statementDue();
            hearingRequestDue = n.hearingRequestDue();
            noticeWaived = n.waived();
        } else if (change instanceof CaseChange.Demanded d) {
            // the case shows the first demand and the last day any demand gives (the watch's DEMAND clock)
            respondent(d.subjectId()).forEach(p -> {
                p.demandedOn = d.on();
                p.demandDue = d.due();
            });
            demandedOn = demandedOn == null || d.on().isBefore(demandedOn) ? d.on() : demandedOn;
            demandDue = demandDue == null || d.due().isAfter(demandDue) ? d.due() : demandDue;
        } else if (change instanceof CaseChange.RespondentPerformed p) {
            respondent(p.subjectId()).forEach(r -> r.performedOn = p.on());
        } else if (change instanceof CaseChange.Performed p) {
            performedOn = p.on();
        } else if (change instanceof CaseChange.RespondentServed r) {
            respondent(r.subjectId()).forEach(p -> {
                p.servedOn = r.on();
                p.serviceMethod = r.method();
                p.paymentDue = r.paymentDue();
            });
        } else if (change instanceof CaseChange.NotPerformed n) {
            notPerformedReason = n.reason();
            notPerformedBy = n.subjectId();
            parties(PartyRole.RESPONDENT).stream().filter(p -> p.performedOn == null && (n.subjectId() == null || n.subjectId().equals(p.subjectId())))
                    .forEach(p -> p.refused = true);
        } else if (change instanceof CaseChange.Revoked r) {
            revokedOn = r.on();
            revocationReason = r.reason();
        } else if (change instanceof CaseChange.Reopened r) {
            reopen(r.on());
        }
        // Published and PublicationWithdrawn concern the public record, kept apart from the case (PenaltyPublications);
        // MediationEntrusted goes to mediation-service with the referral's event
    }

    /** the decision goes; handling starts afresh: a new term, new extensions */
    private void reopen(LocalDate on) {
        decisionNumber = null;
        decisionKind = null;
        decidedOn = null;
        infringementFound = null;
        intentional = null;
        majorDecision = null;
        orders = null;
        fine = null;
        confiscatedGain = null;
        revokesLicence = null;
        servedOn = null;
        appealDeadline = null;
        noticeServedOn = null;
        statementDue = null;
        hearingRequestDue = null;
        noticeWaived = false;
        effectiveOn = null;
        paymentDue = null;
        demandedOn = null;
        demandDue = null;
        performedOn = null;
        notPerformedReason = null;
        notPerformedBy = null;
        parties(PartyRole.RESPONDENT).forEach(CaseParty::forgetDecision);
        reviewedBy = null;
        reviewOpinion = null;
        reviewProposal = null;
        revokedOn = null;
        revocationReason = null;
        clockStartedOn = on;
        extensionCount = 0;
        collectiveExtensionDays = 0;
        extensionRequested = null;
        closedOn = null;
        closedReason = null;
    }
}
