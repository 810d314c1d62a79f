package io.ipcase.cases.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.cases.audit.AuditTrail;
import io.ipcase.cases.clocks.CaseRules;
import io.ipcase.cases.clocks.StatutoryClocks;
import io.ipcase.cases.disclosure.PenaltyPublications;
import io.ipcase.cases.disclosure.PublicationStatus;
import io.ipcase.cases.domain.ActionInput;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseActor;
import io.ipcase.cases.domain.CaseChange;
import io.ipcase.cases.domain.CaseEventType;
import io.ipcase.cases.domain.CaseFigures;
import io.ipcase.cases.domain.CaseIntake;
import io.ipcase.cases.domain.CaseFile;
import io.ipcase.cases.domain.CaseRefusal;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.CaseStep;
import io.ipcase.cases.domain.DisplayPeriod;
import io.ipcase.cases.domain.DisplayPolicy;
import io.ipcase.cases.domain.MajorDecisionPolicy;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.domain.PublicationRepair;
import io.ipcase.cases.domain.Rulebook;
import io.ipcase.cases.domain.SimplifiedProcedurePolicy;
import io.ipcase.cases.domain.TransferThresholds;
import io.ipcase.cases.events.CaseEvents;
import io.ipcase.cases.events.CaseEventData;
import io.ipcase.cases.mapping.CaseAmendment;
import io.ipcase.cases.mapping.CaseRegistration;
import io.ipcase.cases.mapping.EvidenceRegistration;
import io.ipcase.cases.store.CaseParty;
import io.ipcase.cases.store.EvidenceItem;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.persistence.RowLock;
import io.ipcase.kit.problem.Problem;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.RuleRefusals;
import io.ipcase.kit.time.IpcaseClock;

/**
 * Every change of a case: checks who may do it and whether the state allows it, applies it, and
 * writes the audit entry and the event in the same transaction.
 */
@ApplicationScoped
public class CaseService {

    private final CaseNumbers caseNumbers;
    private final StatutoryClocks clocks;
    private final CaseRules rules;
    private final AuditTrail audit;
    private final CaseEvents events;
    private final PenaltyPublications publications;
    private final IpcaseClock clock;
    private final ObjectMapper json;

    public CaseService(CaseNumbers caseNumbers, StatutoryClocks clocks, CaseRules rules, AuditTrail audit, CaseEvents events,
            PenaltyPublications publications, IpcaseClock clock, ObjectMapper json) {
        this.caseNumbers = caseNumbers;
        this.clocks = clocks;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.publications = publications;
        this.clock = clock;
        this.json = json;
    }

    /**
     * The actor as the case rules see it on this case: the system acts as head and officer (a consumed event, a
     * scheduler); a person by its roles and region.
     */
    static CaseActor onCase(Actor actor, InfringementCase c, boolean actedOnCase) {
        return new CaseActor(actor.id(), actor.has("head") || actor.isSystem(), actor.has("reviewer"), actor.has("officer") || actor.isSystem(),
                actor.covers(c.region), actedOnCase);
    }

    @Transactional
    public InfringementCase register(CaseRegistration r, Actor actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        CaseIntake.misfits(r.track(), r.ipRight() == null ? null : r.ipRight().kind(), rules.rulingIpKinds(), nullToEmpty(r.complainants()).size(),
                r.handlingOfficers())
                .forEach(m -> errors.add(new Problem.FieldError(m.field(), m.message())));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        LocalDate today = clock.today();
        InfringementCase c = new InfringementCase();
        c.id = UUID.randomUUID();
        c.track = r.track();
        c.procedure = r.procedure();
        c.state = CaseState.RECEIVED;
        c.region = r.region();
        c.source = r.source();
        c.ipKind = r.ipRight().kind();
        c.ipNumber = r.ipRight().number();
        c.ipTitle = r.ipRight().title();
        c.ipHolder = r.ipRight().holder();
        c.summary = r.summary();
        c.amountInvolved = r.amountInvolved();
        c.illegalGain = r.illegalGain();
        c.copiesInvolved = r.copiesInvolved();
        c.lossCaused = r.lossCaused();
        c.transferFlagged = new CaseFigures(c.ipKind, c.amountInvolved, c.illegalGain, c.copiesInvolved, c.lossCaused).reach(thresholds());
        c.receivedOn = r.receivedOn() != null ? r.receivedOn() : today;
        c.acceptanceDue = clocks.acceptanceDue(c.track, c.receivedOn);
        c.handlingOfficers.addAll(r.handlingOfficers());
        int position = 0;
        for (PartyInput p : nullToEmpty(r.complainants())) {
            c.parties.add(CaseParty.of(p, PartyRole.COMPLAINANT, position++));
        }
        for (PartyInput p : r.respondents()) {
            c.parties.add(CaseParty.of(p, PartyRole.RESPONDENT, position++));
        }
        c.createdBy = actor.id();
        c.createdAt = clock.now();
        c.updatedAt = c.createdAt;
        audit.append(c, actor.id(), actor.role(), "register", null, c.state.name(), null, toJson(r));
        events.publish(CaseEventType.RECEIVED, c, null, null, actor.id());
        return c;
    }

    /**
     * Loads a case for change, holding its row lock until commit so commands on one case apply one
     * after another; null when there is no such case (events may name one this service does not know).
     */
    public InfringementCase lockIfPresent(UUID id) {
        if (!RowLock.lock("ip_case", id)) {
            return null;
        }
        var em = InfringementCase.getEntityManager();
        boolean readBefore = em.unwrap(org.hibernate.Session.class).getStatistics().getEntityKeys().stream()
                .map(org.hibernate.engine.spi.EntityKey.class::cast)
                .anyMatch(k -> id.equals(k.getIdentifier()) && k.getEntityName().equals(InfringementCase.class.getName()));
        InfringementCase c = InfringementCase.findById(id);
        if (readBefore) {
            // read in this transaction before the lock: what was read may be stale by now
            em.refresh(c);
        }
        return c;
    }

    /** {@link #lockIfPresent} for a command: 404 without the case, 412 when it moved past the client's version. */
    public InfringementCase lockForChange(UUID id, Long expectedVersion) {
        InfringementCase c = lockIfPresent(id);
        if (c == null) {
            throw ProblemException.notFound("Case", id);
        }
        return expectVersion(c, expectedVersion);
    }

    /** 412 when the case moved past the client's version (If-Match) */
    public static InfringementCase expectVersion(InfringementCase c, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != c.version) {
            throw ProblemException.preconditionFailed("Case " + c.id, c.version);
        }
        return c;
    }

    /**
     * An action on a case: the case rules ({@link CaseFile}) decide what it does; this records each
     * step they make — the changes, the audit entry, the events — in one transaction.
     */
    @Transactional
    public InfringementCase act(InfringementCase c, CaseAction action, ActionInput input, Actor actor) {
        LocalDate today = clock.today();
        List<CaseStep> steps = decided(c, action.path(),
                () -> rules(c).act(action, input, onCase(actor, c, actor.has("reviewer") && actedOn(c, actor)), today));
        record(c, steps, actor, input == null ? null : toJson(input), today);
        return c;
    }

    /**
     * Corrects the case's facts during the investigation (docs/domain.md, "Who decides on a case"):
     * the rules check who and when and judge the transfer thresholds on the new figures; the parts
     * that are only descriptive (the right's title, the parties) are put in as given.
     */
    @Transactional
    public InfringementCase amend(InfringementCase c, CaseAmendment a, Actor actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        CaseIntake.misfits(c.track, a.ipRight() == null ? null : a.ipRight().kind(), rules.rulingIpKinds(),
                a.complainants() != null ? a.complainants().size() : 1, null).forEach(m -> errors.add(new Problem.FieldError(m.field(), m.message())));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        CaseFigures amendment = new CaseFigures(a.ipRight() == null ? null : a.ipRight().kind(), a.amountInvolved(), a.illegalGain(),
                a.copiesInvolved(), a.lossCaused());
        CaseStep step = decided(c, "amend", () -> rules(c).amend(amendment, a.reason(), onCase(actor, c, false)));
        if (a.ipRight() != null) {
            c.ipNumber = a.ipRight().number();
            c.ipTitle = a.ipRight().title();
            c.ipHolder = a.ipRight().holder();
        }
        replaceParties(c, a.complainants(), a.respondents());
        record(c, List.of(step), actor, toJson(a), clock.today());
        return c;
    }

    /** the parties given replace those of their role; positions follow, complainants first */
    private static void replaceParties(InfringementCase c, List<PartyInput> complainants, List<PartyInput> respondents) {
        replace(c, PartyRole.COMPLAINANT, complainants);
        replace(c, PartyRole.RESPONDENT, respondents);
        List<CaseParty> ordered = new ArrayList<>(c.parties(PartyRole.COMPLAINANT));
        ordered.addAll(c.parties(PartyRole.RESPONDENT));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = i;
        }
    }

    private static void replace(InfringementCase c, PartyRole role, List<PartyInput> parties) {
        if (parties == null) {
            return;
        }
        c.parties.removeIf(p -> p.role == role);
        int position = c.parties.size();
        for (PartyInput p : parties) {
            c.parties.add(CaseParty.of(p, role, position++));
        }
    }

    /** Records the steps the rules made: each one's changes, audit entry and events, in the caller's transaction. */
    private void record(InfringementCase c, List<CaseStep> steps, Actor actor, String details, LocalDate today) {
        for (CaseStep step : steps) {
            boolean first = step == steps.get(0);
            step.changes().forEach(c::apply);
            c.state = step.after();
            if (first && c.state == CaseState.RECEIVED) {
                c.acceptanceDue = clocks.acceptanceDue(c.track, c.receivedOn, c.leadCheckExtended);
            }
            if (first && c.filedOn != null && !step.after().isTerminal()) {
                clocks.refreshClosingDue(c, today);
            }
            c.updatedAt = clock.now();
            audit.append(c, actor.id(), actor.role(), step.action(), step.before().name(), step.after().name(), step.reason(),
                    first ? details : null);
            for (CaseEventType event : step.events()) {
                CaseEventData data = CaseEventData.of(c, step.before().name(), step.reason(), actor.id(), null).concerning(step.respondent());
                for (CaseChange change : step.changes()) {
                    if (change instanceof CaseChange.MediationEntrusted entrusted) {
                        data = data.entrustedTo(entrusted.organisationId());
                    }
                }
                events.publish(event, c, data);
            }
            for (CaseChange change : step.changes()) {
                if (change instanceof CaseChange.Published published) {
                    publications.publish(c, clocks.disclosureDue(c.decidedOn), published.display());
                } else if (change instanceof CaseChange.PublicationWithdrawn withdrawn) {
                    publications.withdraw(c, withdrawn.reason());
                }
            }
        }
    }

    /** The rules' refusal as the API reports it. */
    private static ProblemException problem(CaseRefusal refusal, InfringementCase c, String action) {
        return RuleRefusals.problem(refusal, "Case " + c.id, action);
    }

    private Rulebook rulebook() {
        return new Rulebook(new MajorDecisionPolicy(rules.majorFineThreshold(), rules.majorConfiscationThreshold()),
                new SimplifiedProcedurePolicy(rules.simplified().citizenFineCap(), rules.simplified().organisationFineCap()), thresholds(),
                new DisplayPolicy(rules.minorFineCeiling()), clocks, caseNumbers);
    }

    @Transactional
    public InfringementCase requestExtension(InfringementCase c, String reason, Actor actor) {
        return apply(c, () -> rules(c).requestExtension(reason, onCase(actor, c, false)), actor, null, "request-extension");
    }

    @Transactional
    public InfringementCase decideExtension(InfringementCase c, boolean approved, String reason, Integer days, Actor actor) {
        return apply(c, () -> rules(c).decideExtension(approved, reason, days, onCase(actor, c, false)), actor, null, "decide-extension");
    }

    @Transactional
    public EvidenceItem registerEvidence(InfringementCase c, EvidenceRegistration r, Actor actor) {
        CaseStep step = decided(c, "register-evidence", () -> rules(c).registerEvidence());
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.caseId = c.id;
        item.description = r.description();
        item.kind = r.kind().name();
        item.obtainedAt = r.obtainedAt().toInstant();
        item.sha256 = r.sha256().toLowerCase(java.util.Locale.ROOT);
        item.registeredBy = actor.id();
        item.registeredAt = clock.now();
        item.persist();
        // touching the case moves its version, so If-Match covers the evidence register too
        record(c, List.of(step), actor, toJson(r), clock.today());
        return item;
    }

    @Transactional
    public InfringementCase share(InfringementCase c, String region, Actor actor) {
        decided(c, "share", () -> rules(c).share(region, c.sharedRegions, onCase(actor, c, false)))
                .ifPresent(step -> record(c, List.of(step), actor, null, clock.today()));
        return c;
    }

    @Transactional
    public InfringementCase transferJurisdiction(InfringementCase c, String region, String reason, Actor actor) {
        return apply(c, () -> rules(c).transferJurisdiction(region, reason, onCase(actor, c, false)), actor, null, "transfer-jurisdiction");
    }

    @Transactional
    public InfringementCase notifyIntendedPenalty(InfringementCase c, LocalDate servedOn, boolean waived, Actor actor) {
        LocalDate today = clock.today();
        return apply(c, () -> rules(c).notifyIntendedPenalty(servedOn != null ? servedOn : today, waived, onCase(actor, c, false), today), actor, null,
                "penalty-notice");
    }

    /** credit repair: the head takes the case's published decision down early (docs/domain.md, "Publication and display") */
    public InfringementCase repairPublication(InfringementCase c, String why, Actor actor) {
        PublicationStatus published = publications.status(c.id);
        if (published == null) {
            throw problem(CaseRefusal.againstRule("not-published", "The case's decision was never published"), c, "repair-publication");
        }
        // publications from before display periods: the longest band, with no end of its own
        PublicationRepair repair = new PublicationRepair(published.displayPeriod() != null ? published.displayPeriod() : DisplayPeriod.SERIOUS,
                published.publishedOn(), published.displayUntil() != null ? published.displayUntil() : LocalDate.MAX, published.withdrawnOn() != null);
        LocalDate today = clock.today();
        return apply(c, () -> rules(c).repairPublication(repair, why, onCase(actor, c, false), today), actor, null, "repair-publication");
    }

    /** the rules of this case */
    private CaseFile rules(InfringementCase c) {
        return new CaseFile(c.snapshot(), rulebook());
    }

    private InfringementCase apply(InfringementCase c, java.util.function.Supplier<CaseStep> rule, Actor actor, String details, String what) {
        record(c, List.of(decided(c, what, rule)), actor, details, clock.today());
        return c;
    }

    /** what the rules decide, their refusal turned into the API's problem */
    private static <T> T decided(InfringementCase c, String what, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (CaseRefusal refusal) {
            throw problem(refusal, c, what);
        }
    }

    private static boolean actedOn(InfringementCase c, Actor actor) {
        return io.ipcase.cases.audit.AuditEntry.count("caseId = ?1 and actor = ?2 and action not in ('approve-review', 'reject-review')",
                c.id, actor.id()) > 0;
    }

    private TransferThresholds thresholds() {
        CaseRules.Transfer t = rules.transfer();
        return new TransferThresholds(t.businessVolume(), t.illegalGain(), t.copies(), t.tradeSecretLoss(), t.patentBusinessVolume(),
                t.patentIllegalGain());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
