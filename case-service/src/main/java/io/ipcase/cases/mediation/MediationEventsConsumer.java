package io.ipcase.cases.mediation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;


import io.ipcase.cases.domain.ActionInput;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.service.CaseService;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;

import io.smallrye.common.annotation.Blocking;

/**
 * Brings mediation outcomes back to the case: a failed, withdrawn or expired mediation returns
 * the case to the ruling track; a performed agreement closes it as mediated. Each event id is
 * applied once, in the same transaction as its effect.
 */
@ApplicationScoped
public class MediationEventsConsumer {

    static final String CONSUMER = "case-service.mediation-events";
    private static final Logger LOG = Logger.getLogger(MediationEventsConsumer.class);

    private final CaseService cases;
    private final Inbox inbox;

    public MediationEventsConsumer(CaseService cases, Inbox inbox) {
        this.cases = cases;
        this.inbox = inbox;
    }

    @Incoming("mediation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, event -> event.name().startsWith("mediation."), this::apply);
    }

    void apply(IncomingEvent event) {
        // an agreement the court confirmed is enforced by the court if it is not performed: the case closed on its
        // confirmation and does not go back to the ruling track (docs/domain.md, "Closing as mediated")
        boolean confirmedAgreement = "CONFIRMED".equals(event.text("previousState"));
        CaseAction action = switch (event.name()) {
            // no enforceable settlement: the dispute goes back to the ruling track
            case "mediation.failed", "mediation.withdrawn", "mediation.expired", "mediation.confirmation-rejected" -> CaseAction.RETURN_FROM_MEDIATION;
            case "mediation.agreement-not-performed" -> confirmedAgreement ? null : CaseAction.RETURN_FROM_MEDIATION;
            case "mediation.agreement-performed", "mediation.confirmed" -> CaseAction.CLOSE_AS_MEDIATED;
            default -> null;
        };
        String caseId = event.text("caseId");
        if (action == null || caseId == null) {
            return;
        }
        UUID id = UUID.fromString(caseId);
        InfringementCase c = cases.lockIfPresent(id);
        if (c == null || c.state != CaseState.IN_MEDIATION) {
            // the officer moved the case on meanwhile (e.g. it was withdrawn): nothing left to do
            LOG.infof("%s %s ignored: case %s is %s", event.type(), event.id(), caseId, c == null ? "unknown" : c.state);
            return;
        }
        String reason = switch (event.name()) {
            case "mediation.failed" -> "mediation failed" + suffix(event.text("reason"));
            case "mediation.withdrawn" -> "mediation withdrawn" + suffix(event.text("reason"));
            case "mediation.expired" -> "mediation time limit expired";
            case "mediation.confirmation-rejected" -> "the court rejected judicial confirmation" + suffix(event.text("reason"));
            case "mediation.agreement-not-performed" -> "the mediation agreement was not performed" + suffix(event.text("reason"));
            case "mediation.confirmed" -> "the court confirmed the mediation agreement";
            default -> "mediation agreement performed";
        };
        ActionInput.MediationReport report = new ActionInput.MediationReport(event.text("mediationId"),
                action == CaseAction.CLOSE_AS_MEDIATED);
        cases.act(c, action, new ActionInput(reason, null, null, null, null, report, null, null), Actor.system("mediation-service"));
    }

    private static String suffix(String reason) {
        return reason == null ? "" : ": " + reason;
    }
}
