package io.ipcase.credit.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.credit.store.ListingAuditEntry;
import io.ipcase.credit.config.CreditPolicy;
import io.ipcase.credit.domain.ListingAction;
import io.ipcase.credit.domain.ListingActor;
import io.ipcase.credit.domain.ListingChange;
import io.ipcase.credit.domain.ListingEvent;
import io.ipcase.credit.domain.ListingFile;
import io.ipcase.credit.domain.ListingRefusal;
import io.ipcase.credit.domain.ListingStep;
import io.ipcase.credit.domain.ObjectionWindow;
import io.ipcase.credit.domain.RecordKind;
import io.ipcase.credit.domain.RepairConditions;
import io.ipcase.credit.domain.ListingLifecycle;
import io.ipcase.credit.domain.ListingRule;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.feed.CreditFeed;
import io.ipcase.credit.store.InfringementRecord;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.audit.AuditChain;
import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.persistence.KeyLock;
import io.ipcase.kit.persistence.RowLock;
import io.ipcase.kit.text.Texts;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.RuleRefusals;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.credit.store.Listing;

/** Opens listing proposals and carries them through objection, decision, repair and removal. */
@ApplicationScoped
public class ListingService {

    private static final Logger LOG = Logger.getLogger(ListingService.class);

    /** the subject of a listing, through the one-time link of its notice: not a staff user, no region */
    public static final Actor SUBJECT = new Actor("subject", "subject", Set.of("subject"), null);

    /** the actor as the listing rules see it, for this listing */
    private static ListingActor onListing(Actor actor, Listing l) {
        if (actor.has("subject")) {
            return ListingActor.theSubject();
        }
        return new ListingActor(actor.id(), actor.isSystem(), actor.has("officer"), actor.has("credit-officer"),
                actor.isSystem() || actor.region() != null && actor.covers(l.region));
    }

    /** What a rule found: the subject, the facts (records) and a key for them, so the same facts propose once. */
    public record Finding(ListingRule rule, InfringementRecord subjectRecord, String factKey, Collection<InfringementRecord> basis,
            String reason) {
    }

    private final CreditPolicy policy;
    private final DeadlineCalculator calculator;
    private final CreditFeed feed;
    private final AuditChain audit;
    private final IpcaseClock clock;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ActiveListingIndex activeListings;

    public ListingService(CreditPolicy policy, DeadlineCalculator calculator, CreditFeed feed, AuditChain audit, IpcaseClock clock,
            EntityManager entityManager, ObjectMapper json, ActiveListingIndex activeListings) {
        this.policy = policy;
        this.calculator = calculator;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
        this.json = json;
        this.activeListings = activeListings;
    }

    /** Opens a proposal for what a rule found, unless those facts opened one already. */
    /** Serialises the changes of one subject (its records, proposals and listings). */
    public static void lockSubject(String subjectId) {
        KeyLock.lock("credit-subject", subjectId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Listing propose(Finding finding, Actor actor) {
        InfringementRecord r = finding.subjectRecord();
        lockSubject(r.subjectId);
        if (Listing.count("subjectId = ?1 and rule = ?2 and factKey = ?3", r.subjectId, finding.rule(), finding.factKey()) > 0) {
            LOG.infof("%s for %s on %s proposed already", finding.rule(), r.subjectId, finding.factKey());
            return null;
        }
        LocalDate today = clock.today();
        Listing l = new Listing();
        l.id = UUID.randomUUID();
        l.subjectId = r.subjectId;
        l.subjectKind = r.subjectKind;
        l.subjectName = r.subjectName;
        l.legalRepName = r.legalRepName;
        l.legalRepSubjectId = r.legalRepSubjectId;
        l.rule = finding.rule();
        l.factKey = finding.factKey();
        l.state = ListingState.PROPOSED;
        l.region = r.region;
        l.authority = r.authority;
        l.reason = Texts.clip(finding.reason(), 2000);
        l.legalBasis = policy.rule(finding.rule()).legalBasis();
        l.caseNumber = r.caseNumber;
        l.basisDecisionNumber = r.decisionNumber;
        l.basis.addAll(finding.basis());
        l.proposedOn = today;
        // the window runs from the notice's service, not from today (docs/domain.md, "The notice and the objection window")
        l.objectionDue = null;
        l.createdAt = clock.now();
        l.updatedAt = l.createdAt;
        audit.append(l, entry(l), actor.id(), actor.role(), "propose", null, l.state.name(), l.reason, null);
        feed.listingChanged(ListingEvent.LISTING_PROPOSED, l, null, actor.id());
        return l;
    }

    /**
     * Locks the listing's subject, then the listing, in that order everywhere: a subject's changes
     * run one after another, so its blacklist entry and its events follow their commit order.
     */
    public Listing lockForChange(UUID id, Long expectedVersion) {
        Listing seen = Listing.findById(id);
        if (seen == null) {
            throw ProblemException.notFound("Listing", id);
        }
        lockSubject(seen.subjectId);
        RowLock.lock("listing", id);
        Listing l = seen;
        // read it again now that it is locked: what was read before may be stale by now
        entityManager.refresh(l);
        if (expectedVersion != null && expectedVersion != l.version) {
            throw ProblemException.preconditionFailed("Listing " + id, l.version);
        }
        return l;
    }

    /** when the subject's window runs, on the configured periods and the holiday calendar */
    public ObjectionWindow objectionWindow() {
        return new ObjectionWindow(calculator, policy.objectionWindow(), policy.announcementPeriod());
    }

    /** the notice of the proposal reached the subject on that day (China time): its window starts */
    @Transactional(Transactional.TxType.MANDATORY)
    public Listing noticeServed(Listing l, LocalDate receivedOn, String statementTokenHash, Actor actor) {
        act(l, ListingAction.SERVE_NOTICE, null, receivedOn, actor);
        // the notice's one-time link lets the subject state its case itself until the window ends
        l.statementTokenHash = statementTokenHash;
        return l;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Listing act(Listing l, ListingAction action, ListingCommand command, Actor actor) {
        return act(l, action, command, command == null ? null : command.announcedOn(), actor);
    }

    private Listing act(Listing l, ListingAction action, ListingCommand command, LocalDate on, Actor actor) {
        ListingCommand cmd = command == null ? ListingCommand.EMPTY : command;
        ListingFile rules = new ListingFile(l.snapshot(), policy.listingPeriod(), policy.repairAfter(), objectionWindow());
        ListingStep step;
        try {
            step = rules.act(action, cmd.reason(), cmd.statement(), on, onListing(actor, l), clock.today());
        } catch (ListingRefusal refusal) {
            throw RuleRefusals.problem(refusal, "Listing " + l.id, action.path());
        }
        for (ListingChange change : step.changes()) {
            l.apply(change);
            if (change instanceof ListingChange.Decided) {
                l.decisionNumber = nextDecisionNumber(l.authority, l.decidedOn.getYear());
            }
        }
        l.state = step.after();
        l.updatedAt = clock.now();
        activeListings.changed(l.id);
        audit.append(l, entry(l), actor.id(), actor.role(), action.path(), step.before().name(), step.after().name(), step.reason(),
                command == null ? null : toJson(command));
        if (step.event() != null) {
            feed.listingChanged(step.event(), l, step.before().name(), actor.id());
        }
        if (step.before().isActive() != step.after().isActive()) {
            feed.snapshot(l);
        }
        return l;
    }

    /**
     * Credit repair's conditions against the subject's record, for a listing in force (null otherwise): the credit officer
     * decides an application with them in view (docs/domain.md, "Dishonesty list").
     */
    public List<RepairConditions.Check> repairConditions(Listing l) {
        if (!l.state.isActive()) {
            return null;
        }
        List<InfringementRecord> established = InfringementRecord.list("subjectId = ?1 and kind = ?2", l.subjectId, RecordKind.ESTABLISHED_INFRINGEMENT);
        return RepairConditions.assess(l.listedOn, policy.repairAfter(), l.basis.stream().map(InfringementRecord::asFact).toList(),
                established.stream().map(InfringementRecord::asFact).toList(), policy.rules().intentionalHeavy().fineThreshold(), clock.today());
    }

    /** Removes at once every listing, proposed or in force, that rests on a revoked record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeResting(List<InfringementRecord> revoked, String reason, Actor actor) {
        if (revoked.isEmpty()) {
            return 0;
        }
        List<UUID> ids = entityManager.createQuery(
                "select distinct l.id from Listing l join l.basis r where r in :records and l.state not in :ended", UUID.class)
                .setParameter("records", revoked)
                .setParameter("ended", List.of(ListingState.DISMISSED, ListingState.EXPIRED, ListingState.REPAIRED, ListingState.REVOKED))
                .getResultList();
        for (UUID id : ids) {
            act(lockForChange(id, null), ListingAction.REVOKE, new ListingCommand(Texts.clip(reason, 2000), null), actor);
        }
        return ids.size();
    }

    /** 信用列入/不予列入决定书文号: gap-free per deciding authority and year, drawn in the deciding transaction. */
    private String nextDecisionNumber(String authority, int year) {
        Number next = (Number) entityManager.createNativeQuery("""
                insert into listing_number_series (authority, year, last_number) values (:authority, :year, 1)
                on conflict (authority, year) do update set last_number = listing_number_series.last_number + 1
                returning last_number
                """).setParameter("authority", authority).setParameter("year", year).getSingleResult();
        return authority + "信用决〔" + year + "〕" + next.intValue() + "号";
    }

    private static ListingAuditEntry entry(Listing l) {
        ListingAuditEntry entry = new ListingAuditEntry();
        entry.listingId = l.id;
        return entry;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
