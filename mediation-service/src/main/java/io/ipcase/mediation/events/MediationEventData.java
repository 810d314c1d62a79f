package io.ipcase.mediation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.ipcase.kit.parties.PartyData;
import io.ipcase.mediation.store.Agreement;
import io.ipcase.mediation.store.Mediation;
import io.ipcase.mediation.store.MediationParty;
import io.ipcase.mediation.sessions.MediationSession;

/**
 * The data of every {@code ipcase.mediation.*.v1} event: the mediation as consumers need it
 * (the case it belongs to, parties with ids and contacts, organisation and mediator, agreement,
 * confirmation), so none has to call back. Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediationEventData(
        UUID mediationId,
        UUID caseId,
        String caseNumber,
        String kind,
        String state,
        String previousState,
        String region,
        IpRight ipRight,
        List<PartyData> complainants,
        List<PartyData> respondents,
        Organisation organisation,
        MediatorRef mediator,
        LocalDate openedOn,
        LocalDate dueOn,
        Session session,
        Agreement agreement,
        LocalDate agreementEffectiveOn,
        Confirmation confirmation,
        LocalDate performedOn,
        Enforcement enforcement,
        Deadline deadline,
        String reason,
        String actor) {

    /** a watched period of the court: which, its last day, the days left (negative: passed) */
    public record Deadline(String period, LocalDate dueOn, long daysLeft) {
    }

    /** the same data telling of a watched period */
    public MediationEventData withDeadline(Deadline d) {
        return new MediationEventData(mediationId, caseId, caseNumber, kind, state, previousState, region, ipRight, complainants, respondents,
                organisation, mediator, openedOn, dueOn, session, agreement, agreementEffectiveOn, confirmation, performedOn, enforcement, d, reason, actor);
    }

    /** the same data naming a mediator the mediation no longer has: the one who stood down */
    public MediationEventData naming(MediatorRef former) {
        return new MediationEventData(mediationId, caseId, caseNumber, kind, state, previousState, region, ipRight, complainants, respondents,
                organisation, former, openedOn, dueOn, session, agreement, agreementEffectiveOn, confirmation, performedOn, enforcement, deadline,
                reason, actor);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IpRight(String kind, String number, String title, String holder) {
    }


    public record Organisation(UUID id, String name, String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MediatorRef(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(int seq, Instant scheduledAt, String mode, String place, Instant heldAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Confirmation(String court, String courtCaseNumber, LocalDate requestedOn, LocalDate acceptanceDue,
            LocalDate acceptedOn, LocalDate decisionDue, LocalDate decidedOn) {
    }

    /** the court's enforcement of a confirmed agreement not performed: its case number, the application, its last day, the end */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Enforcement(String courtCaseNumber, LocalDate appliedOn, LocalDate concludedOn) {

        static Enforcement of(Mediation m) {
            return m.enforcementAppliedOn == null ? null : new Enforcement(m.enforcementCaseNumber, m.enforcementAppliedOn, m.enforcementConcludedOn);
        }
    }

    public static MediationEventData of(Mediation m, String previousState, String reason, String actor, MediationSession session) {
        Confirmation confirmation = m.confirmationRequestedOn == null ? null
                : new Confirmation(m.court, m.courtCaseNumber, m.confirmationRequestedOn, m.courtAcceptanceDue, m.courtAcceptedOn,
                        m.courtDecisionDue, m.confirmationDecidedOn);
        return new MediationEventData(m.id, m.caseId, m.caseNumber, m.kind.name(), m.state.name(), previousState, m.region,
                new IpRight(m.ipKind.name(), m.ipNumber, m.ipTitle, m.ipHolder),
                m.partiesIn(MediationParty.Role.COMPLAINANT).stream().map(PartyData::of).toList(),
                m.partiesIn(MediationParty.Role.RESPONDENT).stream().map(PartyData::of).toList(),
                m.organisation == null ? null : new Organisation(m.organisation.id, m.organisation.name, m.organisation.kind.name()),
                m.mediator == null ? null : new MediatorRef(m.mediator.id, m.mediator.name),
                m.openedOn, m.dueOn,
                session == null ? null : new Session(session.seq, session.scheduledAt, session.mode.name(), session.place, session.heldAt),
                m.agreement, m.agreementEffectiveOn, confirmation, m.performedOn, Enforcement.of(m), null, reason, actor);
    }
}
