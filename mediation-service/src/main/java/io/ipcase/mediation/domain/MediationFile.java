package io.ipcase.mediation.domain;

import static io.ipcase.mediation.domain.MediationAction.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.ipcase.mediation.domain.MediationChange.*;

/**
 * The mediation rules (docs/domain.md, "Mediation"): given a mediation, the actor and the day, an action returns the
 * step it makes — the state it moves to, what it changes and its event — or a {@link MediationRefusal}. Who takes which
 * step, the time limit and its one extension, the agreement and its signatures, the joint application for judicial
 * confirmation and the court's periods, performance.
 */
public final class MediationFile {

    private static final Set<MediationAction> MEDIATOR_ACTIONS = Set.of(SCHEDULE_SESSION, RECORD_SESSION, EXTEND, REACH_AGREEMENT, FAIL,
            REQUEST_CONFIRMATION);
    private static final Set<MediationAction> COURT_ACTIONS = Set.of(ACCEPT_CONFIRMATION, EXTEND_CONFIRMATION, CONFIRM, REJECT_CONFIRMATION,
            APPLY_FOR_ENFORCEMENT, RECORD_ENFORCED, END_ENFORCEMENT);
    private static final Set<MediationAction> REASON_REQUIRED = Set.of(FAIL, WITHDRAW, EXTEND_CONFIRMATION, REJECT_CONFIRMATION,
            RECORD_NON_PERFORMANCE, END_ENFORCEMENT, REQUEST_MEDIATOR, OBJECT_TO_MEDIATOR);

    private final MediationSnapshot m;
    private final MediationPeriods periods;

    public MediationFile(MediationSnapshot mediation, MediationPeriods periods) {
        this.m = mediation;
        this.periods = periods;
    }

    /**
     * The actions a person may take now: the lifecycle's, less enforcement of an agreement the court never confirmed (an
     * unconfirmed agreement is no enforceable title: the dispute goes back to the authority).
     */
    public List<MediationAction> allowedActions() {
        return MediationLifecycle.allowed(m.state()).stream().filter(a -> a != APPLY_FOR_ENFORCEMENT || m.confirmedOn() != null).toList();
    }

    /** @param now the moment of the action (a session is planned relative to it) */
    public MediationStep act(MediationAction action, MediationInput in, MediationActor actor, LocalDate today, Instant now) {
        MediationState before = m.state();
        MediationState after = MediationLifecycle.next(before, action).orElseThrow(() -> MediationRefusal.notNow(before, action,
                allowedActions().stream().map(MediationAction::path).toList()));
        authorise(action, actor);
        if (REASON_REQUIRED.contains(action)) {
            required(in.reason(), "reason", action);
        }
        List<MediationChange> changes = new ArrayList<>();
        String reason = in.reason();
        MediationEvent event = switch (action) {
            case ACCEPT -> {
                changes.add(new Assigned(actor.id(), today));
                takenAs(in, changes);
                yield MediationEvent.MEDIATOR_ASSIGNED;
            }
            case DECLINE -> {
                changes.add(new OfferDeclined(actor.id()));
                yield null;
            }
            case ASSIGN -> {
                changes.add(new Assigned(assignable(in.mediator(), actor).id(), today));
                takenAs(in, changes);
                yield MediationEvent.MEDIATOR_ASSIGNED;
            }
            case REQUEST_MEDIATOR -> {
                changes.add(new MediatorRequested(assignable(in.mediator(), actor).id()));
                yield null;
            }
            case OBJECT_TO_MEDIATOR -> {
                changes.add(new MediatorStoodDown(today));
                yield MediationEvent.MEDIATOR_OBJECTED_TO;
            }
            case SCHEDULE_SESSION -> {
                Instant at = required(in.sessionAt(), "session", action);
                if (at.isBefore(m.openedAt()) || at.isAfter(now.plus(Duration.ofDays(366)))) {
                    throw MediationRefusal.badInput("session.scheduledAt", "must lie between the opening of the mediation and a year from now");
                }
                changes.add(new SessionScheduled(m.sessions().size() + 1, at));
                yield MediationEvent.SESSION_SCHEDULED;
            }
            case RECORD_SESSION -> {
                int seq = required(in.sessionSeq(), "sessionSeq", action);
                MediationSnapshot.Session session = m.sessions().stream().filter(s -> s.seq() == seq).findFirst()
                        .orElseThrow(() -> MediationRefusal.notFound("Session", Integer.toString(seq)));
                if (session.held()) {
                    throw MediationRefusal.againstRule("session-already-recorded", "Session " + seq + " was recorded as held already");
                }
                required(in.minutes(), "minutes", action);
                Instant heldAt = in.heldAt() != null ? in.heldAt() : now;
                if (heldAt.isBefore(m.openedAt())) {
                    throw MediationRefusal.badInput("heldAt", "cannot be before the mediation opened on " + m.openedOn());
                }
                changes.add(new SessionHeld(seq, heldAt));
                yield MediationEvent.SESSION_HELD;
            }
            case EXTEND -> {
                if (!Boolean.TRUE.equals(required(in.partiesConsent(), "partiesConsent", action))) {
                    throw MediationRefusal.againstRule("consent-required", "A mediation is extended only with both parties' consent");
                }
                if (m.extended()) {
                    throw MediationRefusal.againstRule("extended-once", "The time limit was extended once already (due " + m.dueOn() + ")");
                }
                changes.add(new Extended(periods.extendedDue(m.kind(), m.openedOn())));
                yield MediationEvent.EXTENDED;
            }
            case REACH_AGREEMENT -> {
                MediationInput.AgreementFacts agreement = required(in.agreement(), "agreement", action);
                if (m.sessions().stream().noneMatch(MediationSnapshot.Session::held)) {
                    throw MediationRefusal.againstRule("no-session-held", "An agreement is reached in a session: record one as held first");
                }
                checkAgreement(agreement);
                changes.add(new AgreementReached(agreement.effectiveOn(), today));
                yield MediationEvent.AGREEMENT_REACHED;
            }
            case FAIL -> ended(changes, today, MediationEvent.FAILED);
            case WITHDRAW -> ended(changes, today, MediationEvent.WITHDRAWN);
            case EXPIRE -> {
                reason = "the time limit ended on " + m.dueOn();
                yield ended(changes, today, MediationEvent.EXPIRED);
            }
            case REQUEST_CONFIRMATION -> {
                String court = required(in.court(), "court", action);
                if (!Boolean.TRUE.equals(required(in.jointApplication(), "jointApplication", action))) {
                    throw MediationRefusal.againstRule("joint-application-required",
                            "Judicial confirmation is applied for by both parties jointly (人民调解法 Art. 33)");
                }
                LocalDate lastDay = periods.confirmationDeadline(m.agreementEffectiveOn());
                if (today.isAfter(lastDay)) {
                    throw MediationRefusal.againstRule("confirmation-window-passed", "The agreement took effect on " + m.agreementEffectiveOn()
                            + "; the joint application had to be made by " + lastDay);
                }
                changes.add(new ConfirmationRequested(court, today, periods.courtAcceptanceDue(today)));
                yield MediationEvent.CONFIRMATION_REQUESTED;
            }
            case ACCEPT_CONFIRMATION -> {
                changes.add(new ConfirmationAccepted(required(in.courtCaseNumber(), "courtCaseNumber", action), today,
                        periods.courtDecisionDue(today, false)));
                yield MediationEvent.CONFIRMATION_ACCEPTED;
            }
            case EXTEND_CONFIRMATION -> {
                if (m.courtDecisionExtended()) {
                    throw MediationRefusal.againstRule("extended-once", "The court's period was extended once already (due " + m.courtDecisionDue() + ")");
                }
                changes.add(new ConfirmationExtended(periods.courtDecisionDue(m.courtAcceptedOn(), true)));
                yield null;
            }
            case CONFIRM -> {
                changes.add(new ConfirmationDecided(in.courtCaseNumber(), today));
                yield MediationEvent.CONFIRMED;
            }
            case REJECT_CONFIRMATION -> {
                changes.add(new ConfirmationDecided(in.courtCaseNumber(), today));
                changes.add(new Ended(today));
                yield MediationEvent.CONFIRMATION_REJECTED;
            }
            case RECORD_PERFORMANCE -> {
                LocalDate on = in.on() != null ? in.on() : today;
                if (on.isBefore(m.agreementEffectiveOn())) {
                    throw MediationRefusal.badInput("on", "cannot be before the agreement took effect (" + m.agreementEffectiveOn() + ")");
                }
                changes.add(new Performed(on));
                changes.add(new Ended(today));
                yield MediationEvent.AGREEMENT_PERFORMED;
            }
            case RECORD_NON_PERFORMANCE -> {
                changes.add(new Ended(today));
                yield MediationEvent.AGREEMENT_NOT_PERFORMED;
            }
            case APPLY_FOR_ENFORCEMENT -> {
                if (m.confirmedOn() == null) {
                    throw MediationRefusal.againstRule("not-confirmed",
                            "Only an agreement the court confirmed is enforced by the court (人民调解法 Art. 33); this one goes back to the authority");
                }
                LocalDate on = in.on() != null ? in.on() : today;
                if (on.isAfter(today) || on.isBefore(m.confirmedOn())) {
                    throw MediationRefusal.badInput("on", "must lie between the confirmation (" + m.confirmedOn() + ") and today");
                }
                LocalDate lastDay = periods.enforcementApplicationDeadline(m.lastTermDeadline());
                if (on.isAfter(lastDay)) {
                    throw MediationRefusal.againstRule("enforcement-period-over", "The agreement's last term fell due on " + m.lastTermDeadline()
                            + "; enforcement had to be applied for by " + lastDay + " (民事诉讼法 Art. 250)");
                }
                changes.add(new EnforcementApplied(required(in.courtCaseNumber(), "courtCaseNumber", action), on));
                yield MediationEvent.ENFORCEMENT_APPLIED;
            }
            case RECORD_ENFORCED -> {
                changes.add(new EnforcementConcluded(today));
                yield MediationEvent.ENFORCED;
            }
            case END_ENFORCEMENT -> {
                changes.add(new EnforcementConcluded(today));
                yield MediationEvent.ENFORCEMENT_ENDED;
            }
        };
        return new MediationStep(action, before, after, reason, changes, event);
    }

    /**
     * The kind and the time limit follow the organisation that takes the dispute (a people's mediation committee mediates a
     * referral as people's mediation, with its one month): the time limit counted from the opening, as before.
     */
    private void takenAs(MediationInput in, List<MediationChange> changes) {
        if (in.takenAs() != null && in.takenAs() != m.kind() && !m.extended()) {
            changes.add(new Rekinded(in.takenAs(), periods.due(in.takenAs(), m.openedOn())));
        }
    }

    private static MediationEvent ended(List<MediationChange> changes, LocalDate today, MediationEvent event) {
        changes.add(new Concluded(today));
        changes.add(new Ended(today));
        return event;
    }

    /** The mediator an administrator names must be theirs, of this mediation's organisation, active, qualified and serving the region. */
    private static MediationInput.MediatorFacts assignable(MediationInput.MediatorFacts mediator, MediationActor actor) {
        if (mediator == null) {
            throw MediationRefusal.badInput("mediatorId", "is required to assign");
        }
        if (!mediator.known()) {
            throw MediationRefusal.badInput("mediatorId", "no mediator " + mediator.id());
        }
        if (!mediator.administeredByActor()) {
            throw MediationRefusal.notYours("Mediator " + mediator.id() + " is not of an organisation you administer");
        }
        if (!mediator.ofItsOrganisation()) {
            throw MediationRefusal.notYours("The mediation belongs to another organisation");
        }
        if (!mediator.active()) {
            throw MediationRefusal.againstRule("mediator-inactive", "Mediator " + mediator.id() + " is not active");
        }
        if (!mediator.qualified()) {
            throw MediationRefusal.againstRule("mediator-not-qualified", "Mediator " + mediator.id() + " does not mediate disputes over this right");
        }
        if (!mediator.servesRegion()) {
            throw MediationRefusal.againstRule("outside-service-area", "The mediator's organisation does not serve the mediation's region");
        }
        return mediator;
    }

    /** Everyone bound by the agreement signed it, the mediator too; every obligor is a party; no term falls due before it takes effect. */
    private void checkAgreement(MediationInput.AgreementFacts agreement) {
        List<String> problems = new ArrayList<>();
        for (MediationSnapshot.Party party : m.parties()) {
            String role = party.complainant() ? "COMPLAINANT" : "RESPONDENT";
            if (agreement.signatures().stream().noneMatch(s -> s.role().equals(role) && s.signer().equals(party.name()))) {
                problems.add(party.name() + " has not signed");
            }
        }
        if (agreement.signatures().stream().noneMatch(s -> s.role().equals("MEDIATOR"))) {
            problems.add("the mediator has not signed");
        }
        Set<String> names = new HashSet<>();
        m.parties().forEach(p -> names.add(p.name()));
        agreement.terms().stream().filter(t -> !names.contains(t.obligor())).forEach(t -> problems.add("obligor " + t.obligor() + " is not a party"));
        agreement.signatures().stream().filter(s -> s.signedOn().isBefore(m.openedOn()))
                .forEach(s -> problems.add(s.signer() + " signed before the mediation opened on " + m.openedOn()));
        LocalDate effectiveOn = agreement.effectiveOn();
        agreement.terms().stream().filter(t -> t.deadline().isBefore(effectiveOn))
                .forEach(t -> problems.add("a term of " + t.obligor() + " falls due before the agreement is signed (" + effectiveOn + ")"));
        if (!problems.isEmpty()) {
            throw MediationRefusal.againstRule("agreement-incomplete", "The agreement cannot take effect: " + String.join("; ", problems));
        }
    }

    private void authorise(MediationAction action, MediationActor actor) {
        if (actor.system()) {
            return;
        }
        if (action == EXPIRE) {
            throw MediationRefusal.notYours("Only the time-limit watch expires a mediation");
        }
        boolean allowed = switch (action) {
            case ACCEPT, DECLINE -> actor.offeredTo();
            case ASSIGN, REQUEST_MEDIATOR -> actor.organisationAdmin();
            // the objection reaches the organisation or the mediator; either records it
            case OBJECT_TO_MEDIATOR -> actor.assignedMediator() || actor.adminOfItsOrganisation();
            case WITHDRAW -> actor.assignedMediator() || actor.adminOfItsOrganisation();
            case RECORD_PERFORMANCE, RECORD_NON_PERFORMANCE -> actor.assignedMediator() || actor.courtOfRegion() && m.state() == MediationState.CONFIRMED;
            // the enforcement court records the application and its outcome (民事诉讼法 Art. 247)
            default -> MEDIATOR_ACTIONS.contains(action) ? actor.assignedMediator() : COURT_ACTIONS.contains(action) && actor.courtOfRegion();
        };
        if (!allowed) {
            throw MediationRefusal.notYours(switch (action) {
                case ACCEPT, DECLINE -> "The mediation was not offered to you";
                case ASSIGN -> "Only an organisation's administrator assigns its mediators";
                case REQUEST_MEDIATOR -> "Only an organisation's administrator records the parties' choice of its mediators";
                case OBJECT_TO_MEDIATOR -> "Only the assigned mediator or its organisation's administrator records an objection to the mediator";
                default -> COURT_ACTIONS.contains(action) ? "Only the court of the region records " + action.path()
                        : "Only the mediator assigned to the mediation may " + action.path();
            });
        }
    }

    private static <T> T required(T value, String field, MediationAction action) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw MediationRefusal.badInput(field, "is required to " + action.path());
        }
        return value;
    }
}
