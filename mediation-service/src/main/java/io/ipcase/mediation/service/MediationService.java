package io.ipcase.mediation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.security.Actor;
import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.parties.IpRightInput;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.persistence.RowLock;
import io.ipcase.kit.problem.Problem;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.RuleRefusals;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.audit.MediationAuditTrail;
import io.ipcase.mediation.domain.MediationAction;
import io.ipcase.mediation.domain.MediationActor;
import io.ipcase.mediation.domain.MediationChange;
import io.ipcase.mediation.domain.MediationEvent;
import io.ipcase.mediation.domain.MediationFile;
import io.ipcase.mediation.domain.MediationInput;
import io.ipcase.mediation.domain.MediationPeriods;
import io.ipcase.mediation.domain.MediationRefusal;
import io.ipcase.mediation.domain.MediationSnapshot;
import io.ipcase.mediation.domain.MediationStep;
import io.ipcase.mediation.domain.MediationKind;
import io.ipcase.mediation.domain.MediationLifecycle;
import io.ipcase.mediation.config.MediationRules;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.domain.MediatorRanking;
import io.ipcase.mediation.domain.StatutoryMediationPeriods;
import io.ipcase.mediation.events.MediationEventData;
import io.ipcase.mediation.events.MediationEvents;
import io.ipcase.mediation.registry.MediationOrganisation;
import io.ipcase.mediation.registry.Mediator;
import io.ipcase.mediation.registry.MediatorDirectory;
import io.ipcase.mediation.sessions.MediationSession;
import io.ipcase.mediation.store.Agreement;
import io.ipcase.mediation.store.Mediation;
import io.ipcase.mediation.store.MediationParty;
import io.ipcase.mediation.store.MediatorOffer;

/** Opens mediations, offers them to mediators and moves them through their lifecycle. */
@ApplicationScoped
public class MediationService {

    /** The actor as the mediation rules see it, for this mediation (with the organisations it administers). */
    private static MediationActor onMediation(Actor actor, Set<UUID> administers, Mediation m) {
        if (actor.isSystem()) {
            return MediationActor.system(actor.id().substring((Actor.SYSTEM + ":").length()));
        }
        return new MediationActor(actor.id(), false, actor.has("mediator") && MediatorOffer.openOffer(m.id, actor.id()) != null,
                actor.has("mediator") && m.mediator != null && m.mediator.id.equals(actor.id()), actor.has("organisation-admin"),
                m.organisation != null && administers.contains(m.organisation.id),
                actor.has("court") && actor.region() != null && actor.covers(m.region));
    }

    /** the organisations an administrator administers (none for anyone else) */
    private static Set<UUID> administers(Actor actor) {
        return actor.has("organisation-admin")
                ? MediationOrganisation.administeredBy(actor.id()).stream().map(o -> o.id).collect(java.util.stream.Collectors.toSet())
                : Set.of();
    }

    /** Where a new mediation comes from: a referred case (caseId set) or an organisation's own intake. */
    public record Opening(UUID caseId, String caseNumber, MediationKind kind, MediationOrganisation organisation, String region,
            IpRightInput ipRight, List<PartyInput> complainants, List<PartyInput> respondents, String summary) {
    }

    private final MediationRules rules;
    /** the periods the rules need, on the working-day calendar */
    private final MediationPeriods periods;
    private final DeadlineCalculator calculator;
    private final MediatorDirectory directory;
    private final MediationAuditTrail audit;
    private final MediationEvents events;
    private final IpcaseClock clock;
    private final ObjectMapper json;

    public MediationService(MediationRules rules, DeadlineCalculator calculator, MediatorDirectory directory, MediationAuditTrail audit,
            MediationEvents events, IpcaseClock clock, ObjectMapper json) {
        this.rules = rules;
        this.periods = new StatutoryMediationPeriods(calculator, rules.timeLimit(), rules.extension(), rules.confirmationWindow(), rules.courtAcceptance(),
                rules.courtDecision(), rules.courtDecisionExtension(), rules.enforcementApplication());
        this.calculator = calculator;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Mediation open(Opening o, Actor actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PartyInput.checkIdentities("complainants", o.complainants(), clock.today(), errors);
        PartyInput.checkIdentities("respondents", o.respondents(), clock.today(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        LocalDate today = clock.today();
        Mediation m = new Mediation();
        m.id = UUID.randomUUID();
        m.caseId = o.caseId();
        m.caseNumber = o.caseNumber();
        m.kind = o.kind();
        m.state = MediationState.REQUESTED;
        m.organisation = o.organisation();
        m.region = o.region();
        m.ipKind = o.ipRight().kind();
        m.ipNumber = o.ipRight().number();
        m.ipTitle = o.ipRight().title();
        m.ipHolder = o.ipRight().holder();
        m.summary = o.summary();
        int position = 0;
        for (PartyInput p : o.complainants()) {
            m.parties.add(MediationParty.of(p, MediationParty.Role.COMPLAINANT, position++));
        }
        for (PartyInput p : o.respondents()) {
            m.parties.add(MediationParty.of(p, MediationParty.Role.RESPONDENT, position++));
        }
        m.openedOn = today;
        m.dueOn = periods.due(m.kind, today);
        m.createdBy = actor.id();
        m.createdAt = clock.now();
        m.updatedAt = m.createdAt;
        audit.append(m, actor.id(), actor.role(), "open", null, m.state.name(), o.summary(), toJson(o));
        events.publish(MediationEvent.OPENED.eventName(), m, null, o.summary(), actor.id(), null);
        offerToNext(m);
        return m;
    }

    /**
     * The mediators who would be asked now, best first, leaving out those asked now, those who declined and one a party
     * objected to; one whose offer was withdrawn for the parties' choice may be asked again.
     */
    public List<Mediator> suggestions(Mediation m) {
        Set<String> asked = new HashSet<>();
        MediatorOffer.ofMediation(m.id).stream().filter(o -> o.status != MediatorOffer.Status.CLOSED).forEach(o -> asked.add(o.mediatorId));
        return directory.rank(m.ipKind, m.region, m.organisation, asked, rules.suggestions());
    }

    /** Keeps up to the configured number of open offers while nobody has taken the mediation. */
    private void offerToNext(Mediation m) {
        long open = MediatorOffer.count("mediationId = ?1 and status = ?2", m.id, MediatorOffer.Status.OFFERED);
        int rank = (int) MediatorOffer.count("mediationId = ?1", m.id);
        List<Mediator> next = suggestions(m);
        for (Mediator mediator : next.subList(0, (int) Math.max(0, Math.min(next.size(), rules.suggestions() - open)))) {
            MediatorOffer offer = MediatorOffer.find("mediationId = ?1 and mediatorId = ?2", m.id, mediator.id).firstResult();
            if (offer == null) {
                offer = new MediatorOffer();
                offer.mediationId = m.id;
                offer.mediatorId = mediator.id;
                offer.rank = ++rank;
            }
            offer.status = MediatorOffer.Status.OFFERED;
            offer.offeredAt = clock.now();
            offer.answeredAt = null;
            offer.persist();
        }
    }

    private static void closeOffers(Mediation m) {
        MediatorOffer.update("status = ?1 where mediationId = ?2 and status = ?3", MediatorOffer.Status.CLOSED, m.id,
                MediatorOffer.Status.OFFERED);
    }

    /** Loads a mediation for change, holding its row lock until commit so commands apply one after another. */
    public Mediation lockForChange(UUID id, Long expectedVersion) {
        if (!RowLock.lock("mediation", id)) {
            throw ProblemException.notFound("Mediation", id);
        }
        Mediation m = Mediation.findById(id);
        // read it again now that it is locked: what was read before may be stale by now
        Mediation.getEntityManager().refresh(m);
        if (expectedVersion != null && expectedVersion != m.version) {
            throw ProblemException.preconditionFailed("Mediation " + id, m.version);
        }
        return m;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Mediation act(Mediation m, MediationAction action, MediationCommand command, Actor actor) {
        MediationCommand cmd = command == null ? MediationCommand.EMPTY : command;
        MediationStep step;
        try {
            // the organisations an administrator administers, read once for the command
            Set<UUID> administers = administers(actor);
            step = new MediationFile(snapshot(m), periods).act(action, input(m, action, cmd, actor, administers), onMediation(actor, administers, m), clock.today(),
                    clock.now());
        } catch (MediationRefusal refusal) {
            throw RuleRefusals.problem(refusal, "Mediation " + m.id, action.path());
        }
        MediationSession session = null;
        // the event of a mediator standing down names it, though the mediation no longer has it
        MediationEventData.MediatorRef former = m.mediator == null ? null : new MediationEventData.MediatorRef(m.mediator.id, m.mediator.name);
        for (MediationChange change : step.changes()) {
            session = apply(m, change, cmd, session);
        }
        if (step.reason() != null) {
            m.reason = step.reason();
        }
        m.state = step.after();
        m.updatedAt = clock.now();
        audit.append(m, actor.id(), actor.role(), action.path(), step.before().name(), step.after().name(), step.reason(),
                command == null ? null : toJson(command));
        if (step.event() == MediationEvent.MEDIATOR_OBJECTED_TO) {
            events.publishNaming(step.event().eventName(), m, step.before().name(), step.reason(), actor.id(), former);
        } else if (step.event() != null) {
            events.publish(step.event().eventName(), m, step.before().name(), step.reason(), actor.id(), session);
        }
        if (step.after() != MediationState.REQUESTED) {
            // last: the bulk update flushes the mediation, which must not change after it
            closeOffers(m);
        }
        return m;
    }

    /** what the mediation rules read of a mediation */
    private MediationSnapshot snapshot(Mediation m) {
        return new MediationSnapshot(m.state, m.kind, m.openedOn, m.openedOn.atStartOfDay(clock.zone()).toInstant(), m.dueOn, m.extended,
                m.agreementEffectiveOn, m.courtAcceptedOn, m.courtDecisionDue, m.courtDecisionExtended,
                MediationSession.ofMediation(m.id).stream().map(s -> new MediationSnapshot.Session(s.seq, s.heldAt != null)).toList(),
                m.parties.stream().map(p -> new MediationSnapshot.Party(p.name, p.role == MediationParty.Role.COMPLAINANT)).toList(),
                m.state == MediationState.CONFIRMATION_REJECTED ? null : m.confirmationDecidedOn,
                m.agreement == null ? null : m.agreement.terms().stream().map(Agreement.Term::deadline).max(LocalDate::compareTo).orElse(null));
    }

    /** what the command brings, as the rules read it; the mediator named looked up in the registry */
    private MediationInput input(Mediation m, MediationAction action, MediationCommand cmd, Actor actor, Set<UUID> administers) {
        MediationInput.MediatorFacts mediator = null;
        Mediator named = cmd.mediatorId() != null ? Mediator.findById(cmd.mediatorId()) : null;
        if (cmd.mediatorId() != null) {
            mediator = named == null ? MediationInput.MediatorFacts.unknown(cmd.mediatorId())
                    : new MediationInput.MediatorFacts(named.id, true, administers.contains(named.organisation.id),
                    m.organisation == null || m.organisation.id.equals(named.organisation.id), named.active && named.organisation.active,
                    named.ipKinds.contains(m.ipKind), DivisionCode.covers(named.organisation.region, m.region));
        }
        MediationInput.AgreementFacts agreement = cmd.agreement() == null ? null : new MediationInput.AgreementFacts(
                cmd.agreement().signatures().stream().map(sig -> new MediationInput.Signature(sig.signer(), sig.role().name(), sig.signedOn())).toList(),
                cmd.agreement().terms().stream().map(t -> new MediationInput.Term(t.obligor(), t.deadline())).toList());
        // the kind of the organisation that takes the dispute: the accepting mediator's, or the one the administrator names
        Mediator taking = switch (action) {
            case ASSIGN -> named;
            case ACCEPT -> Mediator.findById(actor.id());
            default -> null;
        };
        return new MediationInput(cmd.reason(), mediator, cmd.session() == null ? null : cmd.session().scheduledAt(), cmd.sessionSeq(), cmd.heldAt(),
                cmd.minutes(), cmd.partiesConsent(), agreement, cmd.court(), cmd.jointApplication(), cmd.courtCaseNumber(), cmd.on(),
                taking == null ? null : taking.organisation.kind);
    }

    /** Records what the rules decided on the mediation, its offers and its sessions; returns the session the step concerns. */
    private MediationSession apply(Mediation m, MediationChange change, MediationCommand cmd, MediationSession session) {
        if (change instanceof MediationChange.Assigned a) {
            MediatorOffer offer = MediatorOffer.openOffer(m.id, a.mediatorId());
            if (offer != null) {
                offer.status = MediatorOffer.Status.ACCEPTED;
                offer.answeredAt = clock.now();
            }
            Mediator mediator = directory.get(a.mediatorId());
            m.mediator = mediator;
            m.organisation = mediator.organisation;
            m.assignedOn = a.on();
        } else if (change instanceof MediationChange.Rekinded k) {
            m.kind = k.kind();
            m.dueOn = k.dueOn();
        } else if (change instanceof MediationChange.MediatorRequested r) {
            // the parties' choice: offered to it alone, even if it was asked before
            closeOffers(m);
            MediatorOffer offer = MediatorOffer.find("mediationId = ?1 and mediatorId = ?2", m.id, r.mediatorId()).firstResult();
            if (offer == null) {
                offer = new MediatorOffer();
                offer.mediationId = m.id;
                offer.mediatorId = r.mediatorId();
                offer.rank = (int) MediatorOffer.count("mediationId = ?1", m.id) + 1;
            }
            offer.status = MediatorOffer.Status.OFFERED;
            offer.offeredAt = clock.now();
            offer.answeredAt = null;
            offer.persistAndFlush();
        } else if (change instanceof MediationChange.MediatorStoodDown s) {
            MediatorOffer accepted = MediatorOffer.find("mediationId = ?1 and mediatorId = ?2", m.id, m.mediator.id).firstResult();
            if (accepted == null) {
                // assigned by its administrator without an offer: kept as asked, so it is not offered the dispute again
                accepted = new MediatorOffer();
                accepted.mediationId = m.id;
                accepted.mediatorId = m.mediator.id;
                accepted.rank = (int) MediatorOffer.count("mediationId = ?1", m.id) + 1;
                accepted.offeredAt = clock.now();
            }
            accepted.status = MediatorOffer.Status.OBJECTED;
            accepted.answeredAt = clock.now();
            accepted.persistAndFlush();
            // the organisation that took the dispute keeps it and finds another of its mediators
            m.mediator = null;
            m.assignedOn = null;
            offerToNext(m);
        } else if (change instanceof MediationChange.OfferDeclined d) {
            MediatorOffer offer = MediatorOffer.openOffer(m.id, d.mediatorId());
            offer.status = MediatorOffer.Status.DECLINED;
            offer.answeredAt = clock.now();
            offer.persistAndFlush();
            offerToNext(m);
        } else if (change instanceof MediationChange.SessionScheduled planned) {
            MediationSession created = new MediationSession();
            created.mediationId = m.id;
            created.seq = planned.seq();
            created.scheduledAt = planned.at();
            created.mode = cmd.session().mode();
            created.place = cmd.session().place();
            created.persist();
            return created;
        } else if (change instanceof MediationChange.SessionHeld held) {
            MediationSession recorded = MediationSession.find("mediationId = ?1 and seq = ?2", m.id, held.seq()).firstResult();
            recorded.minutes = cmd.minutes();
            recorded.attendees = cmd.attendees();
            recorded.heldAt = held.heldAt();
            return recorded;
        } else if (change instanceof MediationChange.Extended e) {
            m.extended = true;
            m.dueOn = e.dueOn();
        } else if (change instanceof MediationChange.AgreementReached a) {
            m.agreement = cmd.agreement();
            m.agreementEffectiveOn = a.effectiveOn();
            m.concludedOn = a.on();
        } else if (change instanceof MediationChange.Concluded c) {
            m.concludedOn = c.on();
        } else if (change instanceof MediationChange.Ended e) {
            m.endedOn = e.on();
        } else if (change instanceof MediationChange.ConfirmationRequested r) {
            m.court = r.court();
            m.confirmationRequestedOn = r.on();
            m.courtAcceptanceDue = r.acceptanceDue();
        } else if (change instanceof MediationChange.ConfirmationAccepted a) {
            m.courtCaseNumber = a.courtCaseNumber();
            m.courtAcceptedOn = a.on();
            m.courtDecisionDue = a.decisionDue();
        } else if (change instanceof MediationChange.ConfirmationExtended e) {
            m.courtDecisionExtended = true;
            m.courtDecisionDue = e.decisionDue();
        } else if (change instanceof MediationChange.ConfirmationDecided d) {
            if (d.courtCaseNumber() != null) {
                m.courtCaseNumber = d.courtCaseNumber();
            }
            m.confirmationDecidedOn = d.on();
        } else if (change instanceof MediationChange.Performed p) {
            m.performedOn = p.on();
        } else if (change instanceof MediationChange.EnforcementApplied a) {
            m.enforcementCaseNumber = a.enforcementCaseNumber();
            m.enforcementAppliedOn = a.on();
        } else if (change instanceof MediationChange.EnforcementConcluded c) {
            m.enforcementConcludedOn = c.on();
        }
        return session;
    }

    /** What the people looking at the mediation may do with it now. */
    public List<MediationAction> allowedActions(Mediation m) {
        return new MediationFile(snapshot(m), periods).allowedActions();
    }

    /** The last day for the joint application for judicial confirmation, once the agreement took effect. */
    public LocalDate confirmationDeadline(Mediation m) {
        return m.agreementEffectiveOn == null ? null : periods.confirmationDeadline(m.agreementEffectiveOn);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
