package io.ipcase.cases.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.parties.PartyData;

/**
 * The data of every {@code ipcase.case.*.v1} event: the case as consumers need it (numbers,
 * region, right, parties with ids and contacts, dates, decision), so that no consumer has to
 * call back. Fields that do not apply to an event are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseEventData(
        UUID caseId,
        String caseNumber,
        String track,
        String procedure,
        String state,
        String previousState,
        String region,
        String source,
        IpRight ipRight,
        List<PartyData> complainants,
        List<PartyData> respondents,
        List<String> handlingOfficers,
        LocalDate receivedOn,
        LocalDate acceptanceDue,
        LocalDate filedOn,
        LocalDate closingDue,
        Boolean closingDueProvisional,
        boolean transferFlagged,
        Notice notice,
        Decision decision,
        String reason,
        String closedReason,
        String notPerformedBy,
        String respondentId,
        List<Obligation> obligations,
        String mediationOrganisationId,
        String mediationId,
        Deadline deadline,
        Display display,
        String actor) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IpRight(String kind, String number, String title, String holder) {
    }


    /** where a respondent stands under the decision once served on it (docs/domain.md, "Performance") */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Obligation(String subjectId, LocalDate servedOn, LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue,
            LocalDate performedOn, boolean refused) {
    }

    /** the notice of the intended penalty: served on, the party's periods, whether it waived them in writing */
    public record Notice(LocalDate servedOn, LocalDate statementDue, LocalDate hearingRequestDue, boolean waived) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String number, String kind, LocalDate decidedOn, Boolean infringementFound, Boolean intentional,
            Boolean major, String orders, BigDecimal fine, BigDecimal confiscatedGain, Boolean revokesLicence, LocalDate servedOn,
            LocalDate appealDeadline,
            LocalDate effectiveOn, LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue, LocalDate performedOn, LocalDate revokedOn) {
    }

    /** a published decision's display period ({@link io.ipcase.cases.domain.DisplayPeriod}) and its last day on public display */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Display(String period, LocalDate lastDay) {
    }

    /** the same data with the publication's display */
    public CaseEventData withDisplay(Display display) {
        return new CaseEventData(caseId, caseNumber, track, procedure, state, previousState, region, source, ipRight, complainants, respondents,
                handlingOfficers, receivedOn, acceptanceDue, filedOn, closingDue, closingDueProvisional, transferFlagged, notice, decision, reason, closedReason,
                notPerformedBy, respondentId, obligations, mediationOrganisationId, mediationId, deadline, display, actor);
    }

    /** the same data naming the mediation organisation the officer entrusted the dispute to */
    public CaseEventData entrustedTo(String organisationId) {
        return new CaseEventData(caseId, caseNumber, track, procedure, state, previousState, region, source, ipRight, complainants, respondents,
                handlingOfficers, receivedOn, acceptanceDue, filedOn, closingDue, closingDueProvisional, transferFlagged, notice, decision, reason, closedReason,
                notPerformedBy, respondentId, obligations, organisationId, mediationId, deadline, display, actor);
    }

    /** the same data naming the one respondent the step concerns (null: every one) */
    public CaseEventData concerning(String respondentId) {
        return new CaseEventData(caseId, caseNumber, track, procedure, state, previousState, region, source, ipRight, complainants, respondents,
                handlingOfficers, receivedOn, acceptanceDue, filedOn, closingDue, closingDueProvisional, transferFlagged, notice, decision, reason, closedReason,
                notPerformedBy, respondentId, obligations, mediationOrganisationId, mediationId, deadline, display, actor);
    }

    /** {@code clock}: a {@link io.ipcase.cases.domain.StatutoryClock} name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(String clock, LocalDate dueOn, int daysLeft, Boolean provisional) {

        public Deadline(String clock, LocalDate dueOn, int daysLeft) {
            this(clock, dueOn, daysLeft, null);
        }
    }

    public static CaseEventData of(InfringementCase c, String previousState, String reason, String actor, Deadline deadline) {
        Decision decision = c.decisionNumber == null ? null
                : new Decision(c.decisionNumber, c.decisionKind == null ? null : c.decisionKind.name(), c.decidedOn, c.infringementFound, c.intentional, c.majorDecision,
                        c.orders, c.fine, c.confiscatedGain, c.revokesLicence, c.servedOn, c.appealDeadline, c.effectiveOn,
                        c.paymentDue, c.demandedOn, c.demandDue, c.performedOn, c.revokedOn);
        return new CaseEventData(c.id, c.caseNumber, c.track.name(), c.procedure.name(), c.state.name(), previousState, c.region,
                c.source.name(), new IpRight(c.ipKind.name(), c.ipNumber, c.ipTitle, c.ipHolder),
                parties(c, PartyRole.COMPLAINANT), parties(c, PartyRole.RESPONDENT), List.copyOf(c.handlingOfficers),
                c.receivedOn, c.state == CaseState.RECEIVED ? c.acceptanceDue : null, c.filedOn, c.closingDue, c.closingDue == null ? null : c.closingDueProvisional, c.transferFlagged,
                c.noticeServedOn == null ? null : new Notice(c.noticeServedOn, c.statementDue, c.hearingRequestDue, c.noticeWaived), decision, reason,
                c.closedReason == null ? null : c.closedReason.name(), c.notPerformedBy, null, obligations(c), null, c.mediationId, deadline, null, actor);
    }

    /** the respondents the decision was served on, with what they owe (null: none served yet) */
    private static List<Obligation> obligations(InfringementCase c) {
        List<Obligation> served = c.parties(PartyRole.RESPONDENT).stream().filter(p -> p.servedOn != null)
                .map(p -> new Obligation(p.subjectId(), p.servedOn, p.paymentDue, p.demandedOn, p.demandDue, p.performedOn, p.refused)).toList();
        return served.isEmpty() ? null : served;
    }

    private static List<PartyData> parties(InfringementCase c, PartyRole role) {
        return c.parties(role).stream().map(PartyData::of).toList();
    }

}
