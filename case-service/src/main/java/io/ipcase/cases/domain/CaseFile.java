package io.ipcase.cases.domain;

import static io.ipcase.cases.domain.CaseAction.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.ipcase.cases.domain.CaseChange.*;
import io.ipcase.cases.domain.CaseSnapshot.Extensions;
import io.ipcase.cases.domain.CaseSnapshot.Respondent;

/**
 * A case under the rules: given who acts, on which day and with what input, an action either
 * moves the case — the steps say what changes and which events go out — or is refused with a
 * {@link CaseRefusal}. Nothing here stores, publishes or knows HTTP; the application service does.
 */
public final class CaseFile {

    /** actions only a department head may take */
    private static final Set<CaseAction> HEAD_ACTIONS = EnumSet.of(APPROVE_TRANSFER, REJECT_TRANSFER);
    /** actions only a legal reviewer may take */
    private static final Set<CaseAction> REVIEWER_ACTIONS = EnumSet.of(APPROVE_REVIEW, REJECT_REVIEW);
    private static final Set<CaseAction> REASON_REQUIRED = EnumSet.of(REFUSE, WITHDRAW, SUSPEND, RETURN_FROM_MEDIATION,
            PROPOSE_TRANSFER, REJECT_TRANSFER, RECORD_POLICE_RETURN, RECORD_POLICE_ACCEPTANCE, REJECT_REVIEW, RECORD_NON_PERFORMANCE,
            REVOKE_DECISION, REOPEN, RECORD_LAWSUIT, RECORD_RULING_UPHELD, RECORD_RULING_OVERTURNED);

    private final CaseSnapshot c;
    private final Rulebook rules;

    public CaseFile(CaseSnapshot c, Rulebook rules) {
        this.c = c;
        this.rules = rules;
    }

    /** The actions the case allows now, whoever asks. */
    public Set<CaseAction> allowedActions() {
        return CaseLifecycle.forPeople(c.track(), c.state(), c.hasDecision());
    }

    /** @return the moves the action makes, in order; never empty */
    public List<CaseStep> act(CaseAction action, ActionInput input, CaseActor actor, LocalDate today) {
        ActionInput in = input == null ? ActionInput.NONE : input;
        checkActor(action, actor);
        CaseState before = c.state();
        CaseState after = CaseLifecycle.next(c.track(), before, action, c.hasDecision())
                .orElseThrow(() -> CaseRefusal.notNow(before, action, allowedActions().stream().map(CaseAction::path).toList()));
        if (action == WITHDRAW && c.track() == CaseTrack.ADMINISTRATIVE_PENALTY && before != CaseState.RECEIVED && !actor.isHead()) {
            // once filed, dropping a penalty case is a decision of the authority, not of its officers (docs/domain.md, "Who decides on a case")
            throw CaseRefusal.notYours("Withdrawing a filed penalty case is the department head's decision");
        }
        if (action == ISSUE_DECISION && c.track() == CaseTrack.ADMINISTRATIVE_PENALTY && c.procedure() == Procedure.ORDINARY && !actor.isHead()) {
            // the head decides a penalty (on the spot, under the simplified procedure, the officers do): docs/domain.md, "Who decides on a case"
            throw CaseRefusal.notYours("A penalty decision on the ordinary procedure is issued on the department head's approval: a head issues it");
        }
        if (REASON_REQUIRED.contains(action) && !in.hasReason()) {
            throw CaseRefusal.badInput("reason", "is required to " + action.path());
        }
        List<CaseChange> changes = new ArrayList<>();
        List<CaseEventType> events = new ArrayList<>();
        switch (action) {
            case ACCEPT -> {
                changes.add(new Filed(rules.numbering().nextCase(c.region(), c.track(), today.getYear()), today));
                events.add(CaseEventType.ACCEPTED);
                events.add(CaseEventType.FILED);
            }
            case REFUSE -> {
                changes.add(new Refused(in.reason()));
                events.add(CaseEventType.REFUSED);
            }
            case WITHDRAW -> {
                changes.add(new PauseClosed(today));
                changes.add(new Ended(today, null));
                events.add(CaseEventType.WITHDRAWN);
            }
            case SUSPEND -> {
                changes.add(new PauseOpened(PauseReason.SUSPENSION, today));
                events.add(CaseEventType.SUSPENDED);
            }
            case RECORD_HEARING_REQUEST -> {
                // 行政处罚法 Art. 64: asked for within its period after the notice (docs/domain.md, "Who decides on a case")
                CaseSnapshot.PenaltyNotice notice = c.notice();
                if (!notice.given() || notice.waived()) {
                    throw CaseRefusal.againstRule("notice-required",
                            "A hearing is asked for after the notice of the intended penalty, which this party has not been served or waived");
                }
                if (today.isAfter(notice.hearingRequestDue())) {
                    throw CaseRefusal.againstRule("hearing-request-period-over", "The party could ask for a hearing until " + notice.hearingRequestDue());
                }
                changes.add(new PauseOpened(PauseReason.HEARING, today));
                events.add(CaseEventType.HEARING_REQUESTED);
            }
            case RESUME -> {
                changes.add(new PauseClosed(today));
                events.add(CaseEventType.RESUMED);
            }
            case REFER_TO_MEDIATION -> {
                changes.add(new PauseOpened(PauseReason.MEDIATION, today));
                if (in.mediationOrganisation() != null) {
                    changes.add(new MediationEntrusted(in.mediationOrganisation()));
                }
                events.add(CaseEventType.REFERRED_TO_MEDIATION);
            }
            case REFER_COMPENSATION_TO_MEDIATION -> {
                // no pause: the penalty's own clock runs on
                CompensationMediation.check(c);
                if (in.mediationOrganisation() != null) {
                    changes.add(new MediationEntrusted(in.mediationOrganisation()));
                }
                events.add(CaseEventType.COMPENSATION_REFERRED_TO_MEDIATION);
            }
            case RETURN_FROM_MEDIATION -> {
                changes.add(new PauseClosed(today));
                linkMediation(in, changes);
                events.add(CaseEventType.RETURNED_FROM_MEDIATION);
            }
            case CLOSE_AS_MEDIATED -> {
                if (in.mediation() == null || !in.mediation().settled()) {
                    throw CaseRefusal.againstRule("not-settled",
                            "A case closes as mediated only when mediation-service reports its agreement performed or confirmed by the court");
                }
                changes.add(new PauseClosed(today));
                linkMediation(in, changes);
                changes.add(new Ended(today, ClosedReason.MEDIATED));
                events.add(CaseEventType.CLOSED);
            }
            case PROPOSE_TRANSFER -> {
                changes.add(new TransferProposed(in.reason(), today));
                events.add(CaseEventType.TRANSFER_PROPOSED);
            }
            case APPROVE_TRANSFER -> {
                changes.add(new TransferredToPolice(today));
                changes.add(new PauseOpened(PauseReason.POLICE, today));
                events.add(CaseEventType.TRANSFERRED_TO_POLICE);
            }
            case REJECT_TRANSFER -> events.add(CaseEventType.TRANSFER_REJECTED);
            case RECORD_POLICE_RETURN -> {
                changes.add(new PauseClosed(today));
                events.add(CaseEventType.RETURNED_BY_POLICE);
            }
            case RECORD_POLICE_ACCEPTANCE -> {
                changes.add(new PauseClosed(today));
                changes.add(new Ended(today, ClosedReason.TRANSFERRED));
                events.add(CaseEventType.CLOSED);
            }
            case SUBMIT_FOR_REVIEW -> {
                // whatever its size, a decision the officer sends to review is treated as major
                changes.add(drafted(required(in.decision(), action), true, in.reason()));
                events.add(CaseEventType.SUBMITTED_FOR_REVIEW);
            }
            case APPROVE_REVIEW -> {
                changes.add(new Reviewed(actor.id(), in.reason()));
                events.add(CaseEventType.REVIEW_APPROVED);
            }
            case REJECT_REVIEW -> {
                changes.add(new Reviewed(actor.id(), in.reason()));
                events.add(CaseEventType.REVIEW_REJECTED);
            }
            case ISSUE_DECISION -> {
                if (before == CaseState.INVESTIGATING) {
                    DecisionDraft draft = required(in.decision(), action);
                    DecisionDrafted drafted = drafted(draft, rules.majorDecisions().isMajor(draft), null);
                    if (drafted.major()) {
                        throw CaseRefusal.againstRule("legal-review-required", "A major decision (marked major, a fine of at least "
                                + rules.majorDecisions().fineThreshold() + ", a confiscation of at least " + rules.majorDecisions().confiscationThreshold()
                                + " or a licence revoked) must pass legal review before it is issued: submit-for-review first");
                    }
                    changes.add(drafted);
                } else if (in.decision() != null) {
                    throw CaseRefusal.againstRule("reviewed-decision-is-final",
                            "The decision passed legal review as proposed; to change it, it must be reviewed again");
                }
                requireNoticePeriodsOver(today);
                String number = in.decision() != null && in.decision().number() != null && !in.decision().number().isBlank()
                        ? in.decision().number() : rules.numbering().nextDecision(c.region(), c.track(), today.getYear());
                changes.add(new DecisionIssued(number, today));
                events.add(CaseEventType.DECISION_ISSUED);
            }
            case SERVE -> {
                LocalDate servedOn = in.servedOn() != null ? in.servedOn() : today;
                if (servedOn.isBefore(c.decidedOn())) {
                    throw CaseRefusal.badInput("servedOn", "cannot be before the decision date " + c.decidedOn());
                }
                List<Respondent> served = respondentsServed(in, servedOn, changes);
                if (c.respondents().stream().anyMatch(r -> r.servedOn() == null && served.stream().noneMatch(s -> s.subjectId().equals(r.subjectId())))) {
                    // others are still to be served: the decision is served once it reached every respondent
                    return List.of(new CaseStep(action.path(), before, before, in.reason(), changes, List.of()));
                }
                // the decision's own service is its last on a respondent: this one, or an earlier one recorded later in time
                for (Respondent r : c.respondents()) {
                    if (r.servedOn() != null && r.servedOn().isAfter(servedOn)) {
                        servedOn = r.servedOn();
                    }
                }
                LocalDate appealDeadline = rules.periods().appealDeadline(c.track(), servedOn);
                changes.add(new Served(servedOn, appealDeadline));
                events.add(CaseEventType.DECISION_SERVED);
                CaseStep serve = new CaseStep(action.path(), before, after, in.reason(), changes, events);
                if (!appealDeadline.equals(servedOn)) {
                    return List.of(serve);
                }
                // a penalty decision takes effect on service: reconsideration and suit do not stay it
                return List.of(serve, new CaseStep(MAKE_EFFECTIVE.path(), after, CaseState.EFFECTIVE, "takes effect on service",
                        effective(servedOn, servedOn), List.of(CaseEventType.DECISION_EFFECTIVE)));
            }
            case MAKE_EFFECTIVE -> {
                if (!today.isAfter(c.appealDeadline())) {
                    throw CaseRefusal.againstRule("appeal-window-open",
                            "The decision can be appealed until " + c.appealDeadline() + "; it is effective from the day after");
                }
                changes.addAll(effective(c.appealDeadline().equals(c.servedOn()) ? c.servedOn() : c.appealDeadline().plusDays(1), c.servedOn()));
                events.add(CaseEventType.DECISION_EFFECTIVE);
            }
            case RECORD_LAWSUIT -> {
                // the ruling is neither enforced nor recorded as not performed while the court has it
                if (today.isAfter(c.appealDeadline())) {
                    throw CaseRefusal.againstRule("appeal-window-closed", "The window to sue ended on " + c.appealDeadline());
                }
                events.add(CaseEventType.LAWSUIT_FILED);
            }
            case RECORD_RULING_UPHELD -> {
                changes.addAll(effective(today, c.servedOn()));
                events.add(CaseEventType.DECISION_EFFECTIVE);
            }
            case RECORD_RULING_OVERTURNED -> {
                changes.add(new Revoked(today, in.reason()));
                changes.add(new PublicationWithdrawn(in.reason()));
                events.add(CaseEventType.DECISION_REVOKED);
            }
            case RECORD_PERFORMANCE -> {
                LocalDate performedOn = in.performedOn() != null ? in.performedOn() : today;
                if (c.decidedOn() != null && performedOn.isBefore(c.decidedOn())) {
                    throw CaseRefusal.badInput("performedOn", "cannot be before the decision date " + c.decidedOn());
                }
                List<Respondent> performing = in.subjectId() != null ? List.of(outstanding(in.subjectId())) : owing();
                performing.forEach(r -> changes.add(new RespondentPerformed(r.subjectId(), performedOn)));
                events.add(CaseEventType.DECISION_PERFORMED);
                if (performing.size() < owing().size()) {
                    // the others still owe it: the decision is performed once every respondent has
                    return List.of(new CaseStep(action.path(), before, before, in.reason(), changes, events));
                }
                changes.add(new Performed(performedOn));
            }
            case DEMAND_PERFORMANCE -> {
                if (!Boolean.TRUE.equals(c.infringementFound())) {
                    throw CaseRefusal.againstRule("nothing-to-perform", "The decision found no infringement: it orders nothing to perform");
                }
                LocalDate servedOn = in.servedOn() != null ? in.servedOn() : today;
                List<Respondent> demanded = in.subjectId() != null ? List.of(outstanding(in.subjectId()))
                        : owing().stream().filter(r -> r.demandedOn() == null).toList();
                if (demanded.isEmpty()) {
                    throw CaseRefusal.againstRule("already-demanded", "Performance was demanded of every respondent that owes the decision");
                }
                demanded.forEach(r -> changes.add(demanded(r, servedOn, today)));
                events.add(CaseEventType.PERFORMANCE_DEMANDED);
            }
            case RECORD_NON_PERFORMANCE -> {
                List<Respondent> refusing = in.subjectId() != null ? List.of(outstanding(in.subjectId()))
                        : owing().stream().filter(r -> !r.refused()).toList();
                for (Respondent r : refusing) {
                    if (r.demandedOn() == null) {
                        throw CaseRefusal.againstRule("demand-required", "Refusal to perform is recorded after a formal demand to perform (催告)"
                                + (r.paymentDue() != null ? ", made once the fine's payment period has ended on " + r.paymentDue() : "")
                                + ": demand-performance first");
                    }
                    if (!today.isAfter(r.demandDue())) {
                        throw CaseRefusal.againstRule("demand-period-running",
                                "The demand to perform gives the party until " + r.demandDue() + "; refusal can be recorded from the day after");
                    }
                    if (r.refused()) {
                        throw CaseRefusal.againstRule("already-recorded", "That respondent's refusal to perform is on record already");
                    }
                }
                if (refusing.isEmpty()) {
                    throw CaseRefusal.againstRule("already-recorded", "Every respondent that owes the decision has its refusal on record");
                }
                // one event names one refusing respondent, or every one: when some performed and several refused, each is recorded on its own
                if (refusing.size() > 1 && refusing.size() < c.respondents().size()) {
                    throw CaseRefusal.badInput("subjectId", "is required: name the respondent that refused, as not every respondent did");
                }
                changes.add(new NotPerformed(in.reason(), refusing.size() == c.respondents().size() ? null : refusing.get(0).subjectId()));
                events.add(CaseEventType.DECISION_NOT_PERFORMED);
            }
            case REVOKE_DECISION -> {
                changes.add(new Revoked(today, in.reason()));
                changes.add(new PublicationWithdrawn(in.reason()));
                events.add(CaseEventType.DECISION_REVOKED);
            }
            case REOPEN -> {
                changes.add(new Reopened(today));
                events.add(CaseEventType.REOPENED);
            }
            case CLOSE -> {
                ClosedReason reason = in.closedReason();
                if (reason == null) {
                    throw CaseRefusal.badInput("closedReason", "is required to close a case");
                }
                if (before == CaseState.EFFECTIVE && Boolean.TRUE.equals(c.infringementFound())) {
                    throw CaseRefusal.againstRule("performance-not-recorded",
                            "An effective decision that found infringement is closed after its performance (or non-performance) is recorded");
                }
                if (!closableAs(reason, before)) {
                    throw CaseRefusal.againstRule("closed-reason-does-not-fit", "A case that is " + before + " cannot be closed as " + reason);
                }
                changes.add(new Ended(today, reason));
                events.add(CaseEventType.CLOSED);
            }
        }
        return List.of(new CaseStep(action.path(), before, after, in.reason(), changes, events));
    }

    /**
     * An ordinary-procedure penalty is decided only after its notice, once the party's periods to state its case and to
     * ask for a hearing are over or the party waived them (docs/domain.md, "Who decides on a case").
     */
    private void requireNoticePeriodsOver(LocalDate today) {
        if (c.track() != CaseTrack.ADMINISTRATIVE_PENALTY || c.procedure() != Procedure.ORDINARY) {
            return;
        }
        CaseSnapshot.PenaltyNotice notice = c.notice();
        if (!notice.given()) {
            throw CaseRefusal.againstRule("notice-required", "A penalty is decided after the party was told of it and of its right to state its "
                    + "case and ask for a hearing: serve the notice of the intended penalty first (POST /cases/{id}/penalty-notice)");
        }
        if (!notice.waived() && !today.isAfter(notice.periodsEnd())) {
            throw CaseRefusal.againstRule("statement-period-running", "The party may state its case until " + notice.statementDue()
                    + " and ask for a hearing until " + notice.hearingRequestDue() + "; the decision can be issued from the day after");
        }
    }

    /**
     * Service on the respondent named, or on every one not yet served: each by its own delivery, electronically only to
     * one that agreed to it (docs/domain.md, "Service of a decision").
     *
     * @return the respondents served now, with the day
     */
    private List<Respondent> respondentsServed(ActionInput in, LocalDate on, List<CaseChange> changes) {
        ServiceMethod method = in.serviceMethod() != null ? in.serviceMethod() : ServiceMethod.IN_PERSON;
        List<Respondent> targets;
        if (in.subjectId() != null) {
            Respondent r = c.respondents().stream().filter(x -> x.subjectId().equals(in.subjectId())).findFirst()
                    .orElseThrow(() -> CaseRefusal.badInput("subjectId", "is not a respondent of the case"));
            if (r.servedOn() != null) {
                throw CaseRefusal.againstRule("already-served", "That respondent was served on " + r.servedOn());
            }
            targets = List.of(r);
        } else {
            targets = c.respondents().stream().filter(r -> r.servedOn() == null).toList();
        }
        if (method == ServiceMethod.ELECTRONIC && targets.stream().anyMatch(r -> !r.eServiceConsent())) {
            throw CaseRefusal.againstRule("no-e-service-consent",
                    "A decision is served electronically only on a party that agreed to it in writing (行政处罚法 Art. 61); serve it otherwise");
        }
        List<Respondent> served = new ArrayList<>();
        // a penalty is in force for a respondent from its service: its fine is payable from then (docs/domain.md, "Service of a decision")
        LocalDate paymentDue = fined() ? rules.periods().paymentDue(on) : null;
        for (Respondent r : targets) {
            changes.add(new RespondentServed(r.subjectId(), on, method, paymentDue));
            served.add(new Respondent(r.subjectId(), r.eServiceConsent(), on, paymentDue, null, null, null, false));
        }
        return served;
    }

    /**
     * Credit repair (信用修复): the head takes the published decision down before its display period ends, once every
     * respondent performed it and the shortest display of its band is behind it (docs/domain.md, "Publication and display").
     */
    public CaseStep repairPublication(PublicationRepair publication, String why, CaseActor actor, LocalDate today) {
        requireOwner(actor, "take its publication down");
        if (!actor.isHead()) {
            throw CaseRefusal.notYours("Only a department head decides on credit repair");
        }
        boolean performed = !c.respondents().isEmpty() && c.respondents().stream().allMatch(Respondent::performed);
        String reason = publication.takeDown(performed, why, today);
        return new CaseStep("repair-publication", c.state(), c.state(), reason, List.of(new PublicationWithdrawn(reason)), List.of());
    }

    /** the states in which a penalty notice is served: the investigation is done, the decision not yet issued */
    private static final Set<CaseState> NOTICE_STATES = EnumSet.of(CaseState.INVESTIGATING, CaseState.REVIEW_APPROVED);

    /**
     * The notice of the intended penalty (行政处罚告知), served on the party on {@code servedOn}: the periods to state its
     * case and to ask for a hearing run from then, unless the party waived both in writing. A new notice (the intended
     * penalty changed) replaces the last.
     */
    public CaseStep notifyIntendedPenalty(LocalDate servedOn, boolean waived, CaseActor actor, LocalDate today) {
        if (!actor.ownsCase() || !(actor.isOfficer() || actor.isHead())) {
            throw CaseRefusal.notYours("Only the officers of the case's own region " + c.region() + " serve its notices");
        }
        if (c.track() != CaseTrack.ADMINISTRATIVE_PENALTY || c.procedure() != Procedure.ORDINARY) {
            throw CaseRefusal.againstRule("notice-not-applicable",
                    "A notice of intended penalty is served in an ordinary-procedure penalty case (on the spot the party is told there and then)");
        }
        if (!NOTICE_STATES.contains(c.state())) {
            throw CaseRefusal.notNow(c.state(), "penalty-notice", "a notice is served once the investigation is done and before the decision",
                    allowedActions().stream().map(CaseAction::path).toList());
        }
        if (servedOn.isAfter(today)) {
            throw CaseRefusal.badInput("servedOn", "cannot be in the future");
        }
        return new CaseStep("penalty-notice", c.state(), c.state(), waived ? "the party waived statement and hearing" : null,
                List.of(new PenaltyNoticed(servedOn, rules.periods().statementDue(servedOn), rules.periods().hearingRequestDue(servedOn), waived)),
                List.of(CaseEventType.PENALTY_NOTIFIED));
    }

    /** the states in which the case's facts are still being established, and so may be corrected */
    private static final Set<CaseState> AMENDABLE = EnumSet.of(CaseState.RECEIVED, CaseState.INVESTIGATING, CaseState.SUSPENDED);

    /**
     * Corrects what the investigation found — the amounts, the right, the parties — with a reason;
     * the thresholds for a transfer to the police are judged again on the new figures. Only while
     * the facts are being established, and only by the case's own officers.
     *
     * @param amendment the figures that change (null components: unchanged)
     */
    public CaseStep amend(CaseFigures amendment, String reason, CaseActor actor) {
        if (!actor.ownsCase() || !(actor.isOfficer() || actor.isHead())) {
            throw CaseRefusal.notYours("Only the officers of the case's own region " + c.region() + " correct its facts");
        }
        if (!AMENDABLE.contains(c.state())) {
            throw CaseRefusal.againstRule("facts-settled", "A case's facts are corrected while it is investigated (received, investigating or "
                    + "suspended); this one is " + c.state());
        }
        if (reason == null || reason.isBlank()) {
            throw CaseRefusal.badInput("reason", "is required to amend");
        }
        CaseFigures figures = c.figures().amendedBy(amendment);
        return new CaseStep("amend", c.state(), c.state(), reason, List.of(new Amended(figures, figures.reach(rules.transfer()))),
                List.of(CaseEventType.AMENDED));
    }

    /**
     * The officer asks the head for more time: to check a lead before filing (penalty cases, once), or to close a filed,
     * open case — within the extensions the track allows, and on a penalty case beyond them for the heads' collective
     * discussion to decide (docs/domain.md, "Case periods").
     */
    public CaseStep requestExtension(String reason, CaseActor actor) {
        requireOwner(actor, "request an extension");
        Extensions e = c.extensions();
        if (c.state() == CaseState.RECEIVED) {
            if (c.track() != CaseTrack.ADMINISTRATIVE_PENALTY) {
                throw CaseRefusal.againstRule("no-lead-check-extension", "A ruling request is accepted or refused within its period; it has no extension");
            }
            if (e.leadCheckExtended()) {
                throw CaseRefusal.againstRule("extension-limit", "The lead check was extended once already");
            }
        } else {
            requireOpenFiled("request an extension");
            if (e.granted() >= rules.periods().maxExtensions(c.track()) && c.track() != CaseTrack.ADMINISTRATIVE_PENALTY) {
                throw CaseRefusal.againstRule("extension-limit", "The closing deadline has been extended the most times the rules allow");
            }
        }
        if (e.pendingRequest() != null) {
            throw CaseRefusal.notNow(c.state(), "request-extension", "an extension request is already waiting for the head's decision",
                    allowedActions().stream().map(CaseAction::path).toList());
        }
        return new CaseStep("request-extension", c.state(), c.state(), reason, List.of(new ExtensionRequested(reason)),
                List.of(CaseEventType.EXTENSION_REQUESTED));
    }

    /**
     * The head grants or refuses the pending request. Granted, the lead check or the closing term is one extension longer;
     * past the extensions the head may grant, the head records the collective discussion's decision and the days it set.
     *
     * @param days the days a collective decision adds (null otherwise)
     */
    public CaseStep decideExtension(boolean granted, String reason, Integer days, CaseActor actor) {
        if (!actor.isHead()) {
            throw CaseRefusal.notYours("Only a department head approves an extension");
        }
        requireOwner(actor, "decide on an extension");
        if (c.state() != CaseState.RECEIVED) {
            requireOpenFiled("decide on an extension");
        }
        if (c.extensions().pendingRequest() == null) {
            throw CaseRefusal.againstRule("no-extension-request", "No extension has been requested for this case");
        }
        ExtensionKind kind = c.state() == CaseState.RECEIVED ? ExtensionKind.LEAD_CHECK
                : c.extensions().granted() < rules.periods().maxExtensions(c.track()) ? ExtensionKind.CLOSING : ExtensionKind.COLLECTIVE;
        if (kind == ExtensionKind.COLLECTIVE && granted && days == null) {
            throw CaseRefusal.badInput("days", "is required: past the head's extensions the heads' collective discussion decides, and sets how many days");
        }
        if (kind != ExtensionKind.COLLECTIVE && days != null) {
            throw CaseRefusal.badInput("days", "is set only by a collective decision past the head's extensions; this one is the head's, of fixed length");
        }
        return new CaseStep(granted ? "approve-extension" : "reject-extension", c.state(), c.state(), reason,
                List.of(new ExtensionDecided(granted, kind, granted && days != null ? days : 0)),
                List.of(granted ? CaseEventType.DEADLINE_EXTENDED : CaseEventType.EXTENSION_REJECTED));
    }

    /**
     * Joint handling with another region: only the case's own region invites one; sharing with itself
     * or again changes nothing (empty).
     */
    public java.util.Optional<CaseStep> share(String region, java.util.Set<String> sharedAlready, CaseActor actor) {
        requireOwner(actor, "share the case");
        if (c.region().equals(region) || sharedAlready.contains(region)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CaseStep("share", c.state(), c.state(), region, List.of(new SharedWith(region)),
                List.of(CaseEventType.SHARED)));
    }

    /** before a decision is issued, the states in which a case can still be handed to another authority */
    private static final Set<CaseState> TRANSFERABLE = EnumSet.of(CaseState.RECEIVED, CaseState.INVESTIGATING, CaseState.SUSPENDED);

    /**
     * Hands the case over to the authority of another region (移送管辖) when it is not this one's to
     * decide: the head's decision, before any decision is issued (docs/domain.md, "Who decides on a case").
     */
    public CaseStep transferJurisdiction(String region, String reason, CaseActor actor) {
        requireOwner(actor, "hand the case over");
        if (!actor.isHead()) {
            throw CaseRefusal.notYours("Handing a case over to another authority is the department head's decision");
        }
        if (!TRANSFERABLE.contains(c.state())) {
            throw CaseRefusal.againstRule("not-transferable", "A case is handed over before a decision is issued (received, investigating "
                    + "or suspended); this one is " + c.state());
        }
        if (region.equals(c.region())) {
            throw CaseRefusal.badInput("region", "is the case's own region already");
        }
        if (reason == null || reason.isBlank()) {
            throw CaseRefusal.badInput("reason", "is required to hand a case over");
        }
        return new CaseStep("transfer-jurisdiction", c.state(), c.state(), reason, List.of(new JurisdictionTransferred(c.region(), region)),
                List.of(CaseEventType.JURISDICTION_TRANSFERRED));
    }

    /** Evidence is registered while the case is open, by its own region or one handling it jointly; the register is not an event. */
    public CaseStep registerEvidence() {
        if (c.state().isTerminal()) {
            throw CaseRefusal.notNow(c.state(), "register-evidence", "the case has ended", List.of());
        }
        return new CaseStep("register-evidence", c.state(), c.state(), null, List.of(), List.of());
    }

    private void requireOwner(CaseActor actor, String what) {
        if (!actor.ownsCase()) {
            throw CaseRefusal.notYours("Only the case's own region " + c.region() + " may " + what);
        }
    }

    private void requireOpenFiled(String what) {
        if (c.caseNumber() == null || c.state().isTerminal()) {
            throw CaseRefusal.againstRule("case-not-open", "Only an open, filed case can " + what + "; this one is " + c.state());
        }
    }

    private void checkActor(CaseAction action, CaseActor actor) {
        if (!actor.ownsCase()) {
            throw CaseRefusal.notYours("A region the case is shared with handles it jointly (reads it, adds evidence); "
                    + "deciding, revoking and closing stay with the case's own region " + c.region());
        }
        if (HEAD_ACTIONS.contains(action) && !actor.isHead()) {
            throw CaseRefusal.notYours("Only a department head may " + action.path());
        }
        if (REVIEWER_ACTIONS.contains(action)) {
            if (!actor.isReviewer()) {
                throw CaseRefusal.notYours("Only a legal reviewer may " + action.path());
            }
            if (c.handlingOfficers().contains(actor.id()) || actor.actedOnCase()) {
                throw CaseRefusal.notYours("A reviewer never reviews a case they handle or have acted on");
            }
        } else if (!HEAD_ACTIONS.contains(action) && !actor.isOfficer() && !actor.isHead()) {
            throw CaseRefusal.notYours("Only the handling authority's officers may " + action.path());
        }
    }

    /**
     * Effective penalty decisions of the ordinary procedure that found infringement go public;
     * warnings, on-the-spot (simplified) decisions and rulings do not (docs/domain.md, "Privacy").
     */
    private List<CaseChange> effective(LocalDate on, LocalDate servedOn) {
        boolean published = c.decisionKind() == DecisionKind.PENALTY && Boolean.TRUE.equals(c.infringementFound())
                && c.procedure() == Procedure.ORDINARY;
        // a fine is payable within its period from the day the decision was received (docs/domain.md, "Performance")
        Effective effective = new Effective(on, fined() ? rules.periods().paymentDue(servedOn) : null);
        return published ? List.of(effective, new Published(rules.display().periodOf(Boolean.TRUE.equals(c.majorDecision()), c.fine())))
                : List.of(effective);
    }

    /**
     * The formal demand to perform (催告, docs/domain.md, "Performance"): once to each respondent, for a decision that ordered
     * something, after the respondent's payment period for a fine has run out; it gives the respondent its own period.
     */
    private Demanded demanded(Respondent r, LocalDate servedOn, LocalDate today) {
        if (r.demandedOn() != null) {
            throw CaseRefusal.againstRule("already-demanded", "Performance was demanded on " + r.demandedOn() + "; the party has until " + r.demandDue());
        }
        if (servedOn.isAfter(today)) {
            throw CaseRefusal.badInput("servedOn", "cannot be in the future");
        }
        if (r.paymentDue() != null && !servedOn.isAfter(r.paymentDue())) {
            throw CaseRefusal.againstRule("payment-period-running",
                    "The fine is payable until " + r.paymentDue() + "; a demand to perform can be made from the day after");
        }
        return new Demanded(r.subjectId(), servedOn, rules.periods().demandDue(servedOn));
    }

    /** a penalty that imposes a fine */
    private boolean fined() {
        return c.decisionKind() == DecisionKind.PENALTY && c.fine() != null && c.fine().signum() > 0;
    }

    /** the respondents that have not performed the decision yet */
    private List<Respondent> owing() {
        return c.respondents().stream().filter(r -> !r.performed()).toList();
    }

    /** the respondent named, which must be one of the case's and must not have performed yet */
    private Respondent outstanding(String subjectId) {
        Respondent r = c.respondents().stream().filter(x -> x.subjectId().equals(subjectId)).findFirst()
                .orElseThrow(() -> CaseRefusal.badInput("subjectId", "is not a respondent of the case"));
        if (r.performed()) {
            throw CaseRefusal.againstRule("already-performed", "That respondent performed the decision on " + r.performedOn());
        }
        return r;
    }

    /** The reason a case is closed for must be what happened (the statistics count on it). */
    private boolean closableAs(ClosedReason reason, CaseState state) {
        return switch (reason) {
            case PERFORMED -> state == CaseState.PERFORMED;
            case ENFORCEMENT_APPLIED -> state == CaseState.NOT_PERFORMED;
            case NO_INFRINGEMENT -> state == CaseState.EFFECTIVE && Boolean.FALSE.equals(c.infringementFound());
            case DECISION_REVOKED -> state == CaseState.DECISION_REVOKED;
            // only a mediation outcome closes a case as mediated (close-as-mediated), only the police's acceptance as transferred
            case MEDIATED, TRANSFERRED -> false;
            case OTHER -> true;
        };
    }

    private DecisionDrafted drafted(DecisionDraft d, boolean major, String proposal) {
        DecisionKind kind = d.kind() != null ? d.kind() : c.track() == CaseTrack.INFRINGEMENT_RULING ? DecisionKind.RULING : DecisionKind.PENALTY;
        if ((c.track() == CaseTrack.INFRINGEMENT_RULING) != (kind == DecisionKind.RULING)) {
            throw CaseRefusal.badInput("decision.kind", "a " + c.track().labelEn() + " case cannot end in a " + kind.labelEn);
        }
        if (c.procedure() == Procedure.SIMPLIFIED) {
            rules.simplifiedProcedure().misfit(d, c.respondentsAllOrganisations()).ifPresent(why -> {
                throw CaseRefusal.againstRule("simplified-procedure-limits", why);
            });
        }
        return new DecisionDrafted(kind, d.infringementFound(), d.intentional(), major, d.orders(), d.fine(), d.confiscatedGain(),
                d.revokesLicence(), proposal);
    }

    private static void linkMediation(ActionInput in, List<CaseChange> changes) {
        if (in.mediation() != null && in.mediation().mediationId() != null) {
            changes.add(new MediationLinked(in.mediation().mediationId()));
        }
    }

    private static <T> T required(T value, CaseAction action) {
        if (value == null) {
            throw CaseRefusal.badInput("decision", "is required to " + action.path());
        }
        return value;
    }
}
