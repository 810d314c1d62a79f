package io.ipcase.cases.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.ipcase.cases.clocks.StatutoryClocks;
import io.ipcase.cases.disclosure.PublicationStatus;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseLifecycle;
import io.ipcase.cases.domain.CaseSnapshot;
import io.ipcase.cases.domain.LateSurcharge;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.events.CaseEventData;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.parties.PartyData;

/** A case as the API shows it, with the actions allowed now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        UUID id,
        long version,
        String caseNumber,
        String track,
        String trackLabel,
        String procedure,
        String state,
        String stateLabel,
        List<String> allowedActions,
        String region,
        List<String> sharedRegions,
        String source,
        CaseEventData.IpRight ipRight,
        List<PartyData> complainants,
        List<PartyData> respondents,
        List<RespondentService> service,
        List<String> handlingOfficers,
        String summary,
        BigDecimal amountInvolved,
        BigDecimal illegalGain,
        Integer copiesInvolved,
        BigDecimal lossCaused,
        boolean transferFlagged,
        LocalDate receivedOn,
        LocalDate acceptanceDue,
        LocalDate filedOn,
        LocalDate closingDue,
        StatutoryClocks.NextDeadline deadline,
        int extensionCount,
        boolean leadCheckExtended,
        int collectiveExtensionDays,
        String pendingExtensionRequest,
        boolean clockPaused,
        List<PausePeriod> pauses,
        String refusalReason,
        String reviewedBy,
        String reviewOpinion,
        CaseEventData.Notice notice,
        CaseEventData.Decision decision,
        String notPerformedReason,
        String revocationReason,
        String transferReason,
        LocalDate transferredOn,
        String mediationId,
        LocalDate closedOn,
        String closedReason,
        PublicationStatus publication,
        BigDecimal lateSurcharge,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * how the decision reached a respondent (the day and the way; null: not yet served) and where the respondent stands
     * under it: its payment period, the demand made of it, the day it performed, whether its refusal is on record, and the
     * surcharge on its fine paid late
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RespondentService(String subjectId, LocalDate servedOn, String method, LocalDate paymentDue, LocalDate demandedOn,
            LocalDate demandDue, LocalDate performedOn, boolean refused, BigDecimal lateSurcharge) {
    }

    /** the surcharge on a fine paid late, to the day it was paid or to today (docs/domain.md, "Performance"); null: not reckoned */
    private static BigDecimal surcharge(InfringementCase c, LocalDate paymentDue, LocalDate performedOn, LocalDate today) {
        return today == null || paymentDue == null || c.revokedOn != null ? null
                : LateSurcharge.accrued(c.fine, paymentDue, performedOn != null ? performedOn : today);
    }

    /** A span the statutory clock stood still: from the day it stopped to the day it resumed (null: still paused). */
    public record PausePeriod(LocalDate from, LocalDate to, String reason) {
    }

    /** @param deadline the due date the case works towards now, with its light (null: none runs) */
    public static CaseView of(InfringementCase c, StatutoryClocks.NextDeadline deadline) {
        return of(c, deadline, null, null);
    }

    /**
     * @param deadline the due date the case works towards now, with its light (null: none runs)
     * @param publication the penalty decision's public record (null: none, or not looked up — the list leaves it out)
     * @param today the day the late-payment surcharge is reckoned to while the fine is unpaid (null: not reckoned — the list)
     */
    public static CaseView of(InfringementCase c, StatutoryClocks.NextDeadline deadline, PublicationStatus publication, LocalDate today) {
        List<RespondentService> service = c.parties(PartyRole.RESPONDENT).stream().map(p -> new RespondentService(p.subjectId(), p.servedOn,
                p.serviceMethod == null ? null : p.serviceMethod.name(), p.paymentDue, p.demandedOn, p.demandDue, p.performedOn, p.refused,
                surcharge(c, p.paymentDue, p.performedOn, today))).toList();
        // the case shows the highest surcharge any respondent owes
        BigDecimal surcharge = service.stream().map(RespondentService::lateSurcharge).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(null);
        CaseEventData data = CaseEventData.of(c, null, null, null, null);
        CaseSnapshot snapshot = c.snapshot();
        List<String> allowed = CaseLifecycle.forPeople(c.track, c.state, c.hasDecision()).stream().filter(snapshot::concernsARespondent)
                .map(CaseAction::path).toList();
        return new CaseView(c.id, c.version, c.caseNumber, c.track.name(), c.track.labelZh() + " / " + c.track.labelEn(),
                c.procedure.name(), c.state.name(), c.state.labelZh() + " / " + c.state.labelEn(), allowed, c.region,
                List.copyOf(c.sharedRegions), c.source.name(), data.ipRight(), data.complainants(), data.respondents(),
                service,
                data.handlingOfficers(), c.summary, c.amountInvolved, c.illegalGain, c.copiesInvolved, c.lossCaused,
                c.transferFlagged, c.receivedOn, c.acceptanceDue, c.filedOn, c.closingDue, deadline, c.extensionCount, c.leadCheckExtended,
                c.collectiveExtensionDays, c.extensionRequested,
                c.openPause() != null, c.pauses.stream().map(p -> new PausePeriod(p.fromDate, p.toDate, p.reason)).toList(),
                c.refusalReason, c.reviewedBy, c.reviewOpinion, data.notice(), decisionOrProposal(c, data),
                c.notPerformedReason, c.revocationReason, c.transferReason, c.transferredOn, c.mediationId, c.closedOn,
                c.closedReason == null ? null : c.closedReason.name(), publication, surcharge, c.createdAt, c.updatedAt);
    }

    /** Before it is issued, a decision under review shows as a proposal (no number yet). */
    private static CaseEventData.Decision decisionOrProposal(InfringementCase c, CaseEventData data) {
        if (data.decision() != null || c.infringementFound == null) {
            return data.decision();
        }
        return new CaseEventData.Decision(null, c.decisionKind == null ? null : c.decisionKind.name(), null, c.infringementFound, c.intentional, c.majorDecision, c.orders,
                c.fine, c.confiscatedGain, c.revokesLicence, null, null, null, null, null, null, null, null);
    }
}
