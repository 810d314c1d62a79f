package io.ipcase.mediation.messaging;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;
import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.parties.IpRightInput;
import io.ipcase.kit.parties.LegalRepresentative;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.security.Actor;
import io.ipcase.mediation.config.MediationRules;
import io.ipcase.mediation.domain.MediationAction;
import io.ipcase.mediation.registry.MediationOrganisation;
import io.ipcase.mediation.service.MediationCommand;
import io.ipcase.mediation.service.MediationService;
import io.ipcase.mediation.store.Mediation;
import io.smallrye.common.annotation.Blocking;

/**
 * Opens a mediation when an officer refers a case, and withdraws it when the case is withdrawn
 * meanwhile. Each event id is applied once, in the same transaction as its effect.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "mediation-service.case-events";
    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);
    private static final Actor CASE_SERVICE = Actor.system("case-service");

    /** the part of a case event this service reads (tolerant reader: the rest is ignored) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferredCase(UUID caseId, String caseNumber, String region, IpRight ipRight, List<Party> complainants, List<Party> respondents,
            String reason, UUID mediationOrganisationId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IpRight(IpKind kind, String number, String title, String holder) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Party(PartyKind kind, String name, String uscc, String idNumber, IdentityDocument idType, String nationality, String address,
            String phone, String email, Boolean eServiceConsent, Representative legalRepresentative) {
        PartyInput input() {
            return new PartyInput(kind, name, uscc, idNumber, idType, nationality, address, phone, email, eServiceConsent,
                    legalRepresentative == null ? null : legalRepresentative.input());
        }
    }

    /** an organisation's legal representative as case-service publishes it */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Representative(String name, String idNumber, IdentityDocument idType, String nationality) {
        LegalRepresentative input() {
            return new LegalRepresentative(name, idType, idNumber, nationality);
        }
    }

    private final MediationService mediations;
    private final MediationRules rules;
    private final Inbox inbox;
    private final ObjectMapper json;

    public CaseEventsConsumer(MediationService mediations, MediationRules rules, Inbox inbox, ObjectMapper json) {
        this.mediations = mediations;
        this.rules = rules;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("case-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        // the compensation in a trademark or patent penalty case is mediated the same way (docs/domain.md, "Compensation mediation")
        inbox.consume(CONSUMER, record, Set.of("case.referred-to-mediation", "case.compensation-referred-to-mediation", "case.withdrawn"),
                this::apply);
    }

    void apply(IncomingEvent event) {
        String name = event.name();
        ReferredCase c = read(event);
        Mediation open = Mediation.openForCase(c.caseId());
        if (name.equals("case.withdrawn")) {
            if (open != null) {
                Mediation locked = mediations.lockForChange(open.id, null);
                mediations.act(locked, MediationAction.WITHDRAW, withdrawal(c.reason()), CASE_SERVICE);
            }
            return;
        }
        if (open != null) {
            LOG.infof("%s %s ignored: case %s is being mediated already (%s)", event.type(), event.id(), c.caseId(), open.id);
            return;
        }
        // entrusted by the officer to an organisation (委托调解): opened there, of its kind; else of the configured kind, for the
        // region's qualified mediators — its kind then follows the organisation that takes it (docs/domain.md, "Mediation")
        MediationOrganisation entrusted = entrustable(c);
        mediations.open(new MediationService.Opening(c.caseId(), c.caseNumber(), entrusted != null ? entrusted.kind : rules.referralKind(), entrusted,
                c.region(),
                new IpRightInput(c.ipRight().kind(), c.ipRight().number(), c.ipRight().title(), c.ipRight().holder()),
                c.complainants() == null ? List.of() : c.complainants().stream().map(Party::input).toList(),
                c.respondents().stream().map(Party::input).toList(), c.reason()), CASE_SERVICE);
    }

    /** the organisation the officer entrusted the dispute to, when it can take it: active and serving the case's region */
    private static MediationOrganisation entrustable(ReferredCase c) {
        if (c.mediationOrganisationId() == null) {
            return null;
        }
        MediationOrganisation o = MediationOrganisation.findById(c.mediationOrganisationId());
        if (o == null || !o.active || !DivisionCode.covers(o.region, c.region())) {
            LOG.warnf("case %s: the organisation it was entrusted to cannot take it; offered to the region's mediators", c.caseId());
            return null;
        }
        return o;
    }

    private static MediationCommand withdrawal(String reason) {
        String why = "the case was withdrawn" + (reason == null ? "" : ": " + reason);
        return new MediationCommand(why, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private ReferredCase read(IncomingEvent event) {
        try {
            ReferredCase c = json.treeToValue(event.data(), ReferredCase.class);
            if (c.caseId() == null || c.region() == null || c.ipRight() == null || c.respondents() == null || c.respondents().isEmpty()) {
                throw new IncomingEvent.MalformedEventException("event " + event.id() + " lacks caseId, region, ipRight or respondents");
            }
            return c;
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + ": " + e.getOriginalMessage());
        }
    }
}
