package io.ipcase.cases.cases;

import static io.ipcase.cases.domain.CaseAction.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.cases.audit.AuditTrail;
import io.ipcase.cases.deadlines.CaseRules;
import io.ipcase.cases.deadlines.StatutoryClocks;
import io.ipcase.cases.disclosure.PenaltyPublications;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseLifecycle;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.CaseTrack;
import io.ipcase.cases.domain.ClosedReason;
import io.ipcase.cases.domain.DecisionKind;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.domain.PauseReason;
import io.ipcase.cases.domain.TransferThresholds;
import io.ipcase.cases.events.CaseEvents;
import io.ipcase.kit.problem.Problem;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.persistence.RowLock;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.time.IpcaseClock;

/**
 * Every change of a case: checks who may do it and whether the state allows it, applies it, and
 * writes the audit entry and the event in the same transaction.
 */
@ApplicationScoped
public class CaseService {

    /** actions only a department head may take */
    private static final Set<CaseAction> HEAD_ACTIONS = EnumSet.of(APPROVE_TRANSFER, REJECT_TRANSFER);
    /** actions only a legal reviewer may take */
    private static final Set<CaseAction> REVIEWER_ACTIONS = EnumSet.of(APPROVE_REVIEW, REJECT_REVIEW);
    private static final Set<CaseAction> REASON_REQUIRED = EnumSet.of(REFUSE, WITHDRAW, SUSPEND, RETURN_FROM_MEDIATION,
            PROPOSE_TRANSFER, REJECT_TRANSFER, RECORD_POLICE_RETURN, REJECT_REVIEW, RECORD_NON_PERFORMANCE, REVOKE_DECISION, REOPEN);

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

    /** Who is acting: an authenticated person, or the system itself (scheduler, consumed events). */
    public record Actor(String id, String role, boolean isHead, boolean isReviewer, boolean isOfficer) {
        public static Actor system(String what) {
            return new Actor("system:" + what, "system", true, false, true);
        }
    }

    @Transactional
    public InfringementCase register(CaseRegistration r, Actor actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.track() == CaseTrack.INFRINGEMENT_RULING && (r.complainants() == null || r.complainants().isEmpty())) {
            errors.add(new Problem.FieldError("complainants", "a ruling request needs the requesting right holder"));
        }
        PartyInput.checkIdentities("complainants", r.complainants(), errors);
        PartyInput.checkIdentities("respondents", r.respondents(), errors);
        if (r.handlingOfficers() != null && r.handlingOfficers().stream().distinct().count() < r.handlingOfficers().size()) {
            errors.add(new Problem.FieldError("handlingOfficers", "lists an officer twice"));
        }
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
        c.transferFlagged = thresholds().reached(c.ipKind, c.amountInvolved, c.illegalGain, c.copiesInvolved, c.lossCaused);
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
        events.publish("received", c, null, null, actor.id());
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
        InfringementCase c = InfringementCase.findById(id);
        // read it again now that it is locked: what was read before may be stale by now
        InfringementCase.getEntityManager().refresh(c);
        return c;
    }

    /** {@link #lockIfPresent} for a command: 404 without the case, 412 when it moved past the client's version. */
    public InfringementCase lockForChange(UUID id, Long expectedVersion) {
        InfringementCase c = lockIfPresent(id);
        if (c == null) {
            throw ProblemException.notFound("Case", id);
        }
        if (expectedVersion != null && expectedVersion != c.version) {
            throw ProblemException.preconditionFailed("Case " + id, c.version);
        }
        return c;
    }

    @Transactional
    public InfringementCase act(InfringementCase c, CaseAction action, CaseCommand command, Actor actor) {
        CaseCommand cmd = command == null ? CaseCommand.EMPTY : command;
        if (HEAD_ACTIONS.contains(action) && !actor.isHead()) {
            throw ProblemException.forbidden("Only a department head may " + action.path());
        }
        if (REVIEWER_ACTIONS.contains(action)) {
            if (!actor.isReviewer()) {
                throw ProblemException.forbidden("Only a legal reviewer may " + action.path());
            }
            if (c.handlingOfficers.contains(actor.id()) || actedOn(c, actor)) {
                throw ProblemException.forbidden("A reviewer never reviews a case they handle or have acted on");
            }
        } else if (!HEAD_ACTIONS.contains(action) && !actor.isOfficer() && !actor.isHead()) {
            throw ProblemException.forbidden("Only the handling authority's officers may " + action.path());
        }
        CaseState before = c.state;
        CaseState after = CaseLifecycle.next(c.track, c.state, action, c.hasDecision())
                .orElseThrow(() -> ProblemException.illegalTransition("Case " + c.id, c.state.name(), action.path(),
                        CaseLifecycle.allowed(c.track, c.state, c.hasDecision()).stream().map(CaseAction::path).toList()));
        if (REASON_REQUIRED.contains(action) && isBlank(cmd.reason())) {
            throw ProblemException.badRequest("reason", "is required to " + action.path());
        }
        LocalDate today = clock.today();
        List<String> eventNames = new ArrayList<>();
        switch (action) {
            case ACCEPT -> {
                c.caseNumber = caseNumbers.next(c.region, c.track, today.getYear());
                c.filedOn = today;
                c.clockStartedOn = today;
                eventNames.add("accepted");
                eventNames.add("filed");
            }
            case REFUSE -> {
                c.refusalReason = cmd.reason();
                eventNames.add("refused");
            }
            case WITHDRAW -> {
                closePause(c, today);
                c.closedOn = today;
                eventNames.add("withdrawn");
            }
            case SUSPEND -> {
                openPause(c, PauseReason.SUSPENSION, today);
                eventNames.add("suspended");
            }
            case RESUME -> {
                closePause(c, today);
                eventNames.add("resumed");
            }
            case REFER_TO_MEDIATION -> {
                openPause(c, PauseReason.MEDIATION, today);
                eventNames.add("referred-to-mediation");
            }
            case RETURN_FROM_MEDIATION -> {
                closePause(c, today);
                c.mediationId = cmd.mediationId() != null ? cmd.mediationId() : c.mediationId;
                eventNames.add("returned-from-mediation");
            }
            case CLOSE_AS_MEDIATED -> {
                closePause(c, today);
                c.mediationId = cmd.mediationId() != null ? cmd.mediationId() : c.mediationId;
                c.closedReason = ClosedReason.MEDIATED;
                c.closedOn = today;
                eventNames.add("closed");
            }
            case PROPOSE_TRANSFER -> {
                c.transferReason = cmd.reason();
                c.transferProposedOn = today;
                eventNames.add("transfer-proposed");
            }
            case APPROVE_TRANSFER -> {
                c.transferredOn = today;
                openPause(c, PauseReason.POLICE, today);
                eventNames.add("transferred-to-police");
            }
            case REJECT_TRANSFER -> eventNames.add("transfer-rejected");
            case RECORD_POLICE_RETURN -> {
                closePause(c, today);
                eventNames.add("returned-by-police");
            }
            case SUBMIT_FOR_REVIEW -> {
                applyDecisionContent(c, required(cmd.decision(), action));
                c.majorDecision = true;
                c.reviewProposal = cmd.reason();
                eventNames.add("submitted-for-review");
            }
            case APPROVE_REVIEW -> {
                c.reviewedBy = actor.id();
                c.reviewOpinion = cmd.reason();
                eventNames.add("review-approved");
            }
            case REJECT_REVIEW -> {
                c.reviewedBy = actor.id();
                c.reviewOpinion = cmd.reason();
                eventNames.add("review-rejected");
            }
            case ISSUE_DECISION -> {
                if (before == CaseState.INVESTIGATING) {
                    applyDecisionContent(c, required(cmd.decision(), action));
                    if (Boolean.TRUE.equals(c.majorDecision)) {
                        throw ProblemException.unprocessable("legal-review-required",
                                "A major decision (marked major, or a fine of at least " + rules.majorFineThreshold()
                                        + ") must pass legal review before it is issued: submit-for-review first");
                    }
                } else if (cmd.decision() != null) {
                    throw ProblemException.unprocessable("reviewed-decision-is-final",
                            "The decision passed legal review as proposed; to change it, it must be reviewed again");
                }
                c.decisionNumber = cmd.decision() != null && !isBlank(cmd.decision().number()) ? cmd.decision().number()
                        : c.caseNumber.replace("〔", "决〔");
                c.decidedOn = today;
                eventNames.add("decision-issued");
            }
            case SERVE -> {
                LocalDate servedOn = cmd.servedOn() != null ? cmd.servedOn() : today;
                if (servedOn.isBefore(c.decidedOn)) {
                    throw ProblemException.badRequest("servedOn", "cannot be before the decision date " + c.decidedOn);
                }
                c.servedOn = servedOn;
                c.appealDeadline = clocks.appealDeadline(c.track, servedOn);
                eventNames.add("decision-served");
            }
            case MAKE_EFFECTIVE -> {
                if (!today.isAfter(c.appealDeadline)) {
                    throw ProblemException.unprocessable("appeal-window-open",
                            "The decision can be appealed until " + c.appealDeadline + "; it is effective from the day after");
                }
                makeEffective(c);
                eventNames.add("decision-effective");
            }
            case RECORD_PERFORMANCE -> {
                c.performedOn = cmd.performedOn() != null ? cmd.performedOn() : today;
                if (c.decidedOn != null && c.performedOn.isBefore(c.decidedOn)) {
                    throw ProblemException.badRequest("performedOn", "cannot be before the decision date " + c.decidedOn);
                }
                eventNames.add("decision-performed");
            }
            case RECORD_NON_PERFORMANCE -> {
                c.notPerformedReason = cmd.reason();
                eventNames.add("decision-not-performed");
            }
            case REVOKE_DECISION -> {
                c.revokedOn = today;
                c.revocationReason = cmd.reason();
                eventNames.add("decision-revoked");
            }
            case REOPEN -> {
                clearDecision(c);
                // handling starts afresh: a new term, new extensions
                c.clockStartedOn = today;
                c.extensionCount = 0;
                c.extensionRequested = null;
                c.closedOn = null;
                c.closedReason = null;
                eventNames.add("reopened");
            }
            case CLOSE -> {
                ClosedReason reason = cmd.closedReason();
                if (reason == null) {
                    throw ProblemException.badRequest("closedReason", "is required to close a case");
                }
                if (before == CaseState.EFFECTIVE && Boolean.TRUE.equals(c.infringementFound)) {
                    throw ProblemException.unprocessable("performance-not-recorded",
                            "An effective decision that found infringement is closed after its performance (or non-performance) is recorded");
                }
                if (!closableAs(reason, before, c)) {
                    throw ProblemException.unprocessable("closed-reason-does-not-fit",
                            "A case that is " + before + " cannot be closed as " + reason);
                }
                c.closedReason = reason;
                c.closedOn = today;
                eventNames.add("closed");
            }
        }
        c.state = after;
        if (c.filedOn != null && !after.isTerminal()) {
            c.closingDue = clocks.closingDue(c, today);
        }
        c.updatedAt = clock.now();
        audit.append(c, actor.id(), actor.role(), action.path(), before.name(), after.name(), cmd.reason(),
                command == null ? null : toJson(command));
        for (String name : eventNames) {
            events.publish(name, c, before.name(), cmd.reason(), actor.id());
        }
        if (after == CaseState.EFFECTIVE) {
            publishIfPenalty(c);
        }
        if (action == REVOKE_DECISION) {
            publications.withdraw(c, cmd.reason());
        }
        if (action == SERVE && c.appealDeadline.equals(c.servedOn)) {
            effectiveOnService(c, actor);
        }
        return c;
    }

    /** A penalty decision takes effect when served: reconsideration and suit do not suspend it. */
    private void effectiveOnService(InfringementCase c, Actor actor) {
        CaseState before = c.state;
        c.state = CaseState.EFFECTIVE;
        makeEffective(c);
        String reason = "takes effect on service";
        audit.append(c, actor.id(), actor.role(), MAKE_EFFECTIVE.path(), before.name(), c.state.name(), reason, null);
        events.publish("decision-effective", c, before.name(), reason, actor.id());
        publishIfPenalty(c);
    }

    @Transactional
    public InfringementCase requestExtension(InfringementCase c, String reason, Actor actor) {
        requireOpenFiledCase(c, "request an extension");
        if (!clocks.mayExtend(c)) {
            throw ProblemException.unprocessable("extension-limit",
                    "The closing deadline has been extended the most times the rules allow; beyond that only a collective decision sets a new term");
        }
        if (c.extensionRequested != null) {
            throw ProblemException.conflict("An extension request is already waiting for the head's decision");
        }
        c.extensionRequested = reason;
        c.updatedAt = clock.now();
        audit.append(c, actor.id(), actor.role(), "request-extension", c.state.name(), c.state.name(), reason, null);
        events.publish("extension-requested", c, c.state.name(), reason, actor.id());
        return c;
    }

    @Transactional
    public InfringementCase decideExtension(InfringementCase c, boolean approved, String reason, Actor actor) {
        if (!actor.isHead()) {
            throw ProblemException.forbidden("Only a department head approves an extension");
        }
        requireOpenFiledCase(c, "decide on an extension");
        if (c.extensionRequested == null) {
            throw ProblemException.unprocessable("no-extension-request", "No extension has been requested for this case");
        }
        c.extensionRequested = null;
        if (approved) {
            c.extensionCount++;
            c.closingDue = clocks.closingDue(c, clock.today());
        }
        c.updatedAt = clock.now();
        String action = approved ? "approve-extension" : "reject-extension";
        audit.append(c, actor.id(), actor.role(), action, c.state.name(), c.state.name(), reason, null);
        events.publish(approved ? "deadline-extended" : "extension-rejected", c, c.state.name(), reason, actor.id());
        return c;
    }

    @Transactional
    public EvidenceItem registerEvidence(InfringementCase c, EvidenceRegistration r, Actor actor) {
        if (c.state.isTerminal()) {
            throw ProblemException.illegalTransition("Case " + c.id, c.state.name(), "register-evidence", List.of());
        }
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
        c.updatedAt = item.registeredAt;
        audit.append(c, actor.id(), actor.role(), "register-evidence", c.state.name(), c.state.name(), null, toJson(r));
        return item;
    }

    @Transactional
    public InfringementCase share(InfringementCase c, String region, Actor actor) {
        if (c.region.equals(region) || !c.sharedRegions.add(region)) {
            return c;
        }
        c.updatedAt = clock.now();
        audit.append(c, actor.id(), actor.role(), "share", c.state.name(), c.state.name(), "joint handling with " + region, null);
        events.publish("shared", c, c.state.name(), region, actor.id());
        return c;
    }

    private static void requireOpenFiledCase(InfringementCase c, String what) {
        if (c.filedOn == null || c.state.isTerminal()) {
            throw ProblemException.unprocessable("case-not-open", "Only an open, filed case can " + what + "; this one is " + c.state);
        }
    }

    /** The reason a case is closed for must be what happened (the statistics count on it). */
    private static boolean closableAs(ClosedReason reason, CaseState state, InfringementCase c) {
        return switch (reason) {
            case PERFORMED -> state == CaseState.PERFORMED;
            case ENFORCEMENT_APPLIED -> state == CaseState.NOT_PERFORMED;
            case NO_INFRINGEMENT -> state == CaseState.EFFECTIVE && Boolean.FALSE.equals(c.infringementFound);
            case DECISION_REVOKED -> state == CaseState.DECISION_REVOKED;
            // only a mediation outcome closes a case as mediated (close-as-mediated)
            case MEDIATED -> false;
            case OTHER -> true;
        };
    }

    private static boolean actedOn(InfringementCase c, Actor actor) {
        return io.ipcase.cases.audit.AuditEntry.count("caseId = ?1 and actor = ?2 and action not in ('approve-review', 'reject-review')",
                c.id, actor.id()) > 0;
    }

    private static void makeEffective(InfringementCase c) {
        c.effectiveOn = c.appealDeadline.equals(c.servedOn) ? c.servedOn : c.appealDeadline.plusDays(1);
    }

    /** Penalty decisions are published once effective; warnings and rulings are not. */
    private void publishIfPenalty(InfringementCase c) {
        if (DecisionKind.PENALTY.name().equals(c.decisionKind) && Boolean.TRUE.equals(c.infringementFound)) {
            publications.publish(c, clocks.disclosureDue(c.decidedOn));
        }
    }

    private void applyDecisionContent(InfringementCase c, CaseCommand.DecisionInput d) {
        DecisionKind kind = d.kind() != null ? d.kind()
                : c.track == CaseTrack.INFRINGEMENT_RULING ? DecisionKind.RULING : DecisionKind.PENALTY;
        if ((c.track == CaseTrack.INFRINGEMENT_RULING) != (kind == DecisionKind.RULING)) {
            throw ProblemException.badRequest("decision.kind", "a " + c.track.labelEn() + " case cannot end in a " + kind.labelEn);
        }
        c.decisionKind = kind.name();
        c.infringementFound = d.infringementFound();
        c.intentional = d.intentional();
        c.orders = d.orders();
        c.fine = d.fine();
        c.confiscatedGain = d.confiscatedGain();
        boolean heavyFine = d.fine() != null && d.fine().compareTo(rules.majorFineThreshold()) >= 0;
        c.majorDecision = Boolean.TRUE.equals(d.major()) || heavyFine;
    }

    private static void clearDecision(InfringementCase c) {
        c.decisionNumber = null;
        c.decisionKind = null;
        c.decidedOn = null;
        c.infringementFound = null;
        c.intentional = null;
        c.majorDecision = null;
        c.orders = null;
        c.fine = null;
        c.confiscatedGain = null;
        c.servedOn = null;
        c.appealDeadline = null;
        c.effectiveOn = null;
        c.performedOn = null;
        c.notPerformedReason = null;
        c.reviewedBy = null;
        c.reviewOpinion = null;
        c.reviewProposal = null;
        c.revokedOn = null;
        c.revocationReason = null;
    }

    private static void openPause(InfringementCase c, PauseReason reason, LocalDate today) {
        CasePause pause = new CasePause();
        pause.reason = reason.name();
        pause.fromDate = today;
        c.pauses.add(pause);
    }

    private static void closePause(InfringementCase c, LocalDate today) {
        CasePause open = c.openPause();
        if (open != null) {
            open.toDate = today;
        }
    }

    private static <T> T required(T value, CaseAction action) {
        if (value == null) {
            throw ProblemException.badRequest("decision", "is required to " + action.path());
        }
        return value;
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

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
