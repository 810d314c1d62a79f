package io.ipcase.cases.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.ipcase.cases.domain.ActionInput;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.domain.ServiceMethod;
import io.ipcase.cases.service.CaseService;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.time.IpcaseClock;
import io.smallrye.common.annotation.Blocking;

/**
 * 电子送达: when notification-service reports that the decision reached a respondent (who agreed to electronic
 * service), that respondent is served on that day; once every respondent is, the decision is served (and a penalty
 * takes effect). An officer's own record of service, made first, stands.
 */
@ApplicationScoped
public class DecisionDeliveredConsumer {

    static final String CONSUMER = "case-service.notification-events";
    private static final Logger LOG = Logger.getLogger(DecisionDeliveredConsumer.class);

    private final CaseService cases;
    private final Inbox inbox;
    private final IpcaseClock clock;

    public DecisionDeliveredConsumer(CaseService cases, Inbox inbox, IpcaseClock clock) {
        this.cases = cases;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("notification-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, Set.of("notification.delivered"), this::apply);
    }

    void apply(IncomingEvent event) {
        if (!"ipcase.case.decision-issued.v1".equals(event.text("sourceEventType")) || !"RESPONDENT".equals(event.text("recipientRole"))) {
            return;
        }
        String caseId = event.text("caseId");
        String deliveredAt = event.text("deliveredAt");
        if (caseId == null || deliveredAt == null) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + " lacks caseId or deliveredAt");
        }
        UUID id;
        LocalDate servedOn;
        try {
            id = UUID.fromString(caseId);
            servedOn = Instant.parse(deliveredAt).atZone(clock.zone()).toLocalDate();
        } catch (RuntimeException e) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + ": " + e.getMessage());
        }
        InfringementCase c = cases.lockIfPresent(id);
        if (c == null || c.state != CaseState.DECIDED) {
            LOG.infof("delivery %s ignored: case %s is %s", event.id(), caseId, c == null ? "unknown" : c.state);
            return;
        }
        // the respondent the mail reached, as notification-service names parties: its subject id
        String respondent = event.text("recipient");
        if (c.parties(PartyRole.RESPONDENT).stream().noneMatch(p -> p.subjectId().equals(respondent) && p.servedOn == null && p.eServiceConsent)) {
            // already served (an officer's record stands), or never agreed to electronic service: a mail is no service
            LOG.infof("delivery %s ignored: case %s has no unserved respondent by that identity who agreed to electronic service", event.id(),
                    caseId);
            return;
        }
        cases.act(c, CaseAction.SERVE, new ActionInput("served electronically (" + event.text("channel") + ")", null, servedOn, null, null, null,
                respondent, ServiceMethod.ELECTRONIC), Actor.system("notification-service"));
    }
}
