package io.ipcase.mediation.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.ipcase.mediation.domain.MediationAction;
import io.ipcase.mediation.events.MediationEventData;
import io.ipcase.mediation.store.Agreement;
import io.ipcase.mediation.store.Mediation;
import io.ipcase.mediation.store.MediationParty;
import io.ipcase.mediation.store.MediatorOffer;

/** A mediation as the API shows it, with the actions its state allows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediationView(
        UUID id,
        long version,
        UUID caseId,
        String caseNumber,
        String kind,
        String state,
        String stateLabel,
        String region,
        MediationEventData.IpRight ipRight,
        String summary,
        List<MediationParty> complainants,
        List<MediationParty> respondents,
        MediationEventData.Organisation organisation,
        MediationEventData.MediatorRef mediator,
        LocalDate openedOn,
        LocalDate dueOn,
        boolean extended,
        LocalDate assignedOn,
        Agreement agreement,
        LocalDate agreementEffectiveOn,
        LocalDate confirmationApplicationDue,
        MediationEventData.Confirmation confirmation,
        LocalDate performedOn,
        MediationEventData.Enforcement enforcement,
        LocalDate endedOn,
        String reason,
        List<Offer> offers,
        List<String> allowedActions) {

    public record Offer(String mediatorId, int rank, String status) {
    }

    static MediationView of(Mediation m, LocalDate confirmationApplicationDue, List<MediationAction> allowedActions) {
        MediationEventData data = MediationEventData.of(m, null, null, null, null);
        return new MediationView(m.id, m.version, m.caseId, m.caseNumber, m.kind.name(), m.state.name(), m.state.labelZh, m.region,
                data.ipRight(), m.summary, m.partiesIn(MediationParty.Role.COMPLAINANT), m.partiesIn(MediationParty.Role.RESPONDENT),
                data.organisation(), data.mediator(), m.openedOn, m.dueOn, m.extended, m.assignedOn, m.agreement,
                m.agreementEffectiveOn, confirmationApplicationDue, data.confirmation(), m.performedOn, data.enforcement(), m.endedOn, m.reason,
                MediatorOffer.ofMediation(m.id).stream().map(o -> new Offer(o.mediatorId, o.rank, o.status.name())).toList(),
                allowedActions.stream().map(MediationAction::path).toList());
    }
}
