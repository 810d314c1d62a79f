package io.ipcase.mediation.mediations;

import static io.ipcase.mediation.domain.MediationAction.*;

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

import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.parties.IpRightInput;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.persistence.RowLock;
import io.ipcase.kit.problem.Problem;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.audit.MediationAuditTrail;
import io.ipcase.mediation.domain.MediationAction;
import io.ipcase.mediation.domain.MediationKind;
import io.ipcase.mediation.domain.MediationLifecycle;
import io.ipcase.mediation.domain.MediationRules;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.domain.MediatorRanking;
import io.ipcase.mediation.events.MediationEvents;
import io.ipcase.mediation.registry.MediationOrganisation;
import io.ipcase.mediation.registry.Mediator;
import io.ipcase.mediation.registry.MediatorDirectory;
import io.ipcase.mediation.sessions.MediationSession;

/** Opens mediations, offers them to mediators and moves them through their lifecycle. */
@ApplicationScoped
public class MediationService {

    /** Who is acting: a person with their roles and the organisations they administer, or the system. */
    public record Actor(String id, String role, Set<String> roles, Set<UUID> administers, String region) {

        public static Actor system(String what) {
            return new Actor("system:" + what, "system", Set.of("system"), Set.of(), null);
        }

        boolean has(String r) {
            return roles.contains(r);
        }

        boolean isSystem() {
            return roles.contains("system");
        }
    }

    /** Where a new mediation comes from: a referred case (caseId set) or an organisation's own intake. */
    public record Opening(UUID caseId, String caseNumber, MediationKind kind, MediationOrganisation organisation, String region,
            IpRightInput ipRight, List<PartyInput> complainants, List<PartyInput> respondents, String summary) {
    }

    private static final Set<MediationAction> MEDIATOR_ACTIONS = Set.of(SCHEDULE_SESSION, RECORD_SESSION, EXTEND, REACH_AGREEMENT, FAIL,
            REQUEST_CONFIRMATION);
    private static final Set<MediationAction> COURT_ACTIONS = Set.of(ACCEPT_CONFIRMATION, EXTEND_CONFIRMATION, CONFIRM,
            REJECT_CONFIRMATION);

    private final MediationRules rules;
    private final DeadlineCalculator calculator;
    private final MediatorDirectory directory;
    private final MediationAuditTrail audit;
    private final MediationEvents events;
    private final IpcaseClock clock;
    private final ObjectMapper json;

    public MediationService(MediationRules rules, DeadlineCalculator calculator, MediatorDirectory directory, MediationAuditTrail audit,
            MediationEvents events, IpcaseClock clock, ObjectMapper json) {
        this.rules = rules;
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
        m.dueOn = calculator.due(today, rules.timeLimit().get(m.kind));
        m.createdBy = actor.id();
        m.createdAt = clock.now();
        m.updatedAt = m.createdAt;
        audit.append(m, actor.id(), actor.role(), "open", null, m.state.name(), o.summary(), toJson(o));
        events.publish("opened", m, null, o.summary(), actor.id(), null);
        offerToNext(m);
        return m;
    }

    /** The mediators who would be asked now, best first, leaving out those asked before. */
    public List<Mediator> suggestions(Mediation m) {
        Set<String> asked = new HashSet<>();
        MediatorOffer.ofMediation(m.id).forEach(o -> asked.add(o.mediatorId));
        return directory.rank(m.ipKind, m.region, m.organisation, asked, rules.suggestions());
    }

    /** Keeps up to the configured number of open offers while nobody has taken the mediation. */
    private void offerToNext(Mediation m) {
        long open = MediatorOffer.count("mediationId = ?1 and status = ?2", m.id, MediatorOffer.Status.OFFERED);
        int rank = (int) MediatorOffer.count("mediationId = ?1", m.id);
        List<Mediator> next = suggestions(m);
        for (Mediator mediator : next.subList(0, (int) Math.max(0, Math.min(next.size(), rules.suggestions() - open)))) {
            MediatorOffer offer = new MediatorOffer();
            offer.mediationId = m.id;
            offer.mediatorId = mediator.id;
            offer.rank = ++rank;
            offer.status = MediatorOffer.Status.OFFERED;
            offer.offeredAt = clock.now();
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
        MediationState before = m.state;
        MediationState after = MediationLifecycle.next(before, action).orElseThrow(() -> ProblemException.illegalTransition(
                "Mediation " + m.id, before.name(), action.path(), MediationLifecycle.allowed(before).stream().map(MediationAction::path).toList()));
        authorise(m, action, actor);
        LocalDate today = clock.today();
        String event = null;
        String reason = cmd.reason();
        MediationSession session = null;
        switch (action) {
            case ACCEPT -> {
                MediatorOffer offer = MediatorOffer.openOffer(m.id, actor.id());
                offer.status = MediatorOffer.Status.ACCEPTED;
                offer.answeredAt = clock.now();
                assign(m, directory.get(actor.id()), today);
                event = "mediator-assigned";
            }
            case DECLINE -> {
                MediatorOffer offer = MediatorOffer.openOffer(m.id, actor.id());
                offer.status = MediatorOffer.Status.DECLINED;
                offer.answeredAt = clock.now();
                offer.persistAndFlush();
                offerToNext(m);
            }
            case ASSIGN -> {
                Mediator mediator = assignable(m, required(cmd.mediatorId(), "mediatorId", action), actor);
                MediatorOffer offer = MediatorOffer.openOffer(m.id, mediator.id);
                if (offer != null) {
                    offer.status = MediatorOffer.Status.ACCEPTED;
                    offer.answeredAt = clock.now();
                }
                assign(m, mediator, today);
                event = "mediator-assigned";
            }
            case SCHEDULE_SESSION -> {
                MediationCommand.SessionPlan plan = required(cmd.session(), "session", action);
                session = new MediationSession();
                session.mediationId = m.id;
                session.seq = (int) MediationSession.count("mediationId = ?1", m.id) + 1;
                java.time.Instant opened = m.openedOn.atStartOfDay(clock.zone()).toInstant();
                if (plan.scheduledAt().isBefore(opened) || plan.scheduledAt().isAfter(clock.now().plus(java.time.Duration.ofDays(366)))) {
                    throw ProblemException.badRequest("session.scheduledAt", "must lie between the opening of the mediation and a year from now");
                }
                session.scheduledAt = plan.scheduledAt();
                session.mode = plan.mode();
                session.place = plan.place();
                session.persist();
                event = "session-scheduled";
            }
            case RECORD_SESSION -> {
                int seq = required(cmd.sessionSeq(), "sessionSeq", action);
                session = MediationSession.find("mediationId = ?1 and seq = ?2", m.id, seq).firstResult();
                if (session == null) {
                    throw ProblemException.notFound("Session", seq);
                }
                if (session.heldAt != null) {
                    throw ProblemException.unprocessable("session-already-recorded", "Session " + seq + " was recorded as held already");
                }
                session.minutes = required(cmd.minutes(), "minutes", action);
                session.attendees = cmd.attendees();
                session.heldAt = cmd.heldAt() != null ? cmd.heldAt() : clock.now();
                if (session.heldAt.isBefore(m.openedOn.atStartOfDay(clock.zone()).toInstant())) {
                    throw ProblemException.badRequest("heldAt", "cannot be before the mediation opened on " + m.openedOn);
                }
                event = "session-held";
            }
            case EXTEND -> {
                if (!Boolean.TRUE.equals(required(cmd.partiesConsent(), "partiesConsent", action))) {
                    throw ProblemException.unprocessable("consent-required", "A mediation is extended only with both parties' consent");
                }
                if (m.extended) {
                    throw ProblemException.unprocessable("extended-once", "The time limit was extended once already (due " + m.dueOn + ")");
                }
                m.extended = true;
                // the time limit and its extension count as one period from the opening (docs/domain.md, "Extensions")
                m.dueOn = calculator.due(m.openedOn, rules.timeLimit().get(m.kind).extendedBy(rules.extension().get(m.kind), 1));
                event = "extended";
            }
            case REACH_AGREEMENT -> {
                Agreement agreement = required(cmd.agreement(), "agreement", action);
                if (MediationSession.held(m.id) == 0) {
                    throw ProblemException.unprocessable("no-session-held", "An agreement is reached in a session: record one as held first");
                }
                checkAgreement(m, agreement);
                m.agreement = agreement;
                m.agreementEffectiveOn = agreement.effectiveOn();
                m.concludedOn = today;
                event = "agreement-reached";
            }
            case FAIL -> {
                required(reason, "reason", action);
                m.concludedOn = today;
                m.endedOn = today;
                event = "failed";
            }
            case WITHDRAW -> {
                required(reason, "reason", action);
                m.concludedOn = today;
                m.endedOn = today;
                event = "withdrawn";
            }
            case EXPIRE -> {
                reason = "the time limit ended on " + m.dueOn;
                m.concludedOn = today;
                m.endedOn = today;
                event = "expired";
            }
            case REQUEST_CONFIRMATION -> {
                String court = required(cmd.court(), "court", action);
                if (!Boolean.TRUE.equals(required(cmd.jointApplication(), "jointApplication", action))) {
                    throw ProblemException.unprocessable("joint-application-required",
                            "Judicial confirmation is applied for by both parties jointly (人民调解法 Art. 33)");
                }
                LocalDate lastDay = confirmationDeadline(m);
                if (today.isAfter(lastDay)) {
                    throw ProblemException.unprocessable("confirmation-window-passed", "The agreement took effect on "
                            + m.agreementEffectiveOn + "; the joint application had to be made by " + lastDay);
                }
                m.court = court;
                m.confirmationRequestedOn = today;
                m.courtAcceptanceDue = calculator.due(today, rules.courtAcceptance());
                event = "confirmation-requested";
            }
            case ACCEPT_CONFIRMATION -> {
                m.courtCaseNumber = required(cmd.courtCaseNumber(), "courtCaseNumber", action);
                m.courtAcceptedOn = today;
                m.courtDecisionDue = calculator.due(today, rules.courtDecision());
                event = "confirmation-accepted";
            }
            case EXTEND_CONFIRMATION -> {
                required(reason, "reason", action);
                if (m.courtDecisionExtended) {
                    throw ProblemException.unprocessable("extended-once", "The court's period was extended once already (due "
                            + m.courtDecisionDue + ")");
                }
                m.courtDecisionExtended = true;
                m.courtDecisionDue = calculator.due(m.courtAcceptedOn, rules.courtDecision().extendedBy(rules.courtDecisionExtension(), 1));
            }
            case CONFIRM -> {
                if (cmd.courtCaseNumber() != null) {
                    m.courtCaseNumber = cmd.courtCaseNumber();
                }
                m.confirmationDecidedOn = today;
                event = "confirmed";
            }
            case REJECT_CONFIRMATION -> {
                required(reason, "reason", action);
                if (cmd.courtCaseNumber() != null) {
                    m.courtCaseNumber = cmd.courtCaseNumber();
                }
                m.confirmationDecidedOn = today;
                m.endedOn = today;
                event = "confirmation-rejected";
            }
            case RECORD_PERFORMANCE -> {
                m.performedOn = cmd.on() != null ? cmd.on() : today;
                if (m.performedOn.isBefore(m.agreementEffectiveOn)) {
                    throw ProblemException.badRequest("on", "cannot be before the agreement took effect (" + m.agreementEffectiveOn + ")");
                }
                m.endedOn = today;
                event = "agreement-performed";
            }
            case RECORD_NON_PERFORMANCE -> {
                required(reason, "reason", action);
                m.endedOn = today;
                event = "agreement-not-performed";
            }
        }
        if (reason != null) {
            m.reason = reason;
        }
        m.state = after;
        m.updatedAt = clock.now();
        audit.append(m, actor.id(), actor.role(), action.path(), before.name(), after.name(), reason,
                command == null ? null : toJson(command));
        if (event != null) {
            events.publish(event, m, before.name(), reason, actor.id(), session);
        }
        if (after != MediationState.REQUESTED) {
            // last: the bulk update flushes the mediation, which must not change after it
            closeOffers(m);
        }
        return m;
    }

    /** The last day for the joint application for judicial confirmation, once the agreement took effect. */
    public LocalDate confirmationDeadline(Mediation m) {
        return m.agreementEffectiveOn == null ? null : calculator.due(m.agreementEffectiveOn, rules.confirmationWindow());
    }

    private void assign(Mediation m, Mediator mediator, LocalDate today) {
        m.mediator = mediator;
        m.organisation = mediator.organisation;
        m.assignedOn = today;
    }

    /** The mediator an organisation admin names must be active and theirs, and in an organisation that serves the region. */
    private Mediator assignable(Mediation m, String mediatorId, Actor actor) {
        Mediator mediator = Mediator.findById(mediatorId);
        if (mediator == null) {
            throw ProblemException.badRequest("mediatorId", "no mediator " + mediatorId);
        }
        if (!actor.administers().contains(mediator.organisation.id)) {
            throw ProblemException.forbidden("Mediator " + mediatorId + " is not of an organisation you administer");
        }
        if (m.organisation != null && !m.organisation.id.equals(mediator.organisation.id)) {
            throw ProblemException.forbidden("Mediation " + m.id + " belongs to " + m.organisation.name);
        }
        if (!mediator.active || !mediator.organisation.active) {
            throw ProblemException.unprocessable("mediator-inactive", "Mediator " + mediatorId + " is not active");
        }
        if (!mediator.ipKinds.contains(m.ipKind)) {
            throw ProblemException.unprocessable("mediator-not-qualified", "Mediator " + mediatorId + " does not mediate " + m.ipKind
                    + " disputes");
        }
        if (!DivisionCode.covers(mediator.organisation.region, m.region)) {
            throw ProblemException.unprocessable("outside-service-area", mediator.organisation.name + " does not serve region " + m.region);
        }
        return mediator;
    }

    /** Everyone bound by the agreement signed it, the mediator too, and every obligor is a party. */
    private static void checkAgreement(Mediation m, Agreement agreement) {
        List<String> problems = new ArrayList<>();
        for (MediationParty party : m.parties) {
            Agreement.SignerRole role = party.role == MediationParty.Role.COMPLAINANT ? Agreement.SignerRole.COMPLAINANT
                    : Agreement.SignerRole.RESPONDENT;
            boolean signed = agreement.signatures().stream().anyMatch(s -> s.role() == role && s.signer().equals(party.name));
            if (!signed) {
                problems.add(party.name + " has not signed");
            }
        }
        if (agreement.signatures().stream().noneMatch(s -> s.role() == Agreement.SignerRole.MEDIATOR)) {
            problems.add("the mediator has not signed");
        }
        Set<String> names = new HashSet<>();
        m.parties.forEach(p -> names.add(p.name));
        agreement.terms().stream().filter(t -> !names.contains(t.obligor()))
                .forEach(t -> problems.add("obligor " + t.obligor() + " is not a party"));
        agreement.signatures().stream().filter(sig -> sig.signedOn().isBefore(m.openedOn))
                .forEach(sig -> problems.add(sig.signer() + " signed before the mediation opened on " + m.openedOn));
        agreement.terms().stream().filter(t -> t.deadline().isBefore(agreement.effectiveOn()))
                .forEach(t -> problems.add("a term of " + t.obligor() + " falls due before the agreement is signed (" + agreement.effectiveOn() + ")"));
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("agreement-incomplete", "The agreement cannot take effect: " + String.join("; ", problems));
        }
    }

    private static void authorise(Mediation m, MediationAction action, Actor actor) {
        if (actor.isSystem()) {
            return;
        }
        if (action == EXPIRE) {
            throw ProblemException.forbidden("Only the time-limit watch expires a mediation");
        }
        boolean assignedMediator = actor.has("mediator") && m.mediator != null && m.mediator.id.equals(actor.id());
        boolean organisationAdmin = actor.has("organisation-admin") && m.organisation != null
                && actor.administers().contains(m.organisation.id);
        boolean court = actor.has("court") && actor.region() != null
                && DivisionCode.covers(actor.region(), m.region);
        boolean allowed = switch (action) {
            case ACCEPT, DECLINE -> actor.has("mediator") && MediatorOffer.openOffer(m.id, actor.id()) != null;
            case ASSIGN -> actor.has("organisation-admin");
            case WITHDRAW -> assignedMediator || organisationAdmin;
            case RECORD_PERFORMANCE, RECORD_NON_PERFORMANCE -> assignedMediator || (court && m.state == MediationState.CONFIRMED);
            default -> MEDIATOR_ACTIONS.contains(action) ? assignedMediator : COURT_ACTIONS.contains(action) && court;
        };
        if (!allowed) {
            throw ProblemException.forbidden(switch (action) {
                case ACCEPT, DECLINE -> "Mediation " + m.id + " was not offered to you";
                case ASSIGN -> "Only an organisation's administrator assigns its mediators";
                default -> COURT_ACTIONS.contains(action) ? "Only the court of the region records " + action.path()
                        : "Only the mediator assigned to mediation " + m.id + " may " + action.path();
            });
        }
    }

    private static <T> T required(T value, String field, MediationAction action) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ProblemException.badRequest(field, "is required to " + action.path());
        }
        return value;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
