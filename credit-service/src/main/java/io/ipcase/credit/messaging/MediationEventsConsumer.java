package io.ipcase.credit.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.credit.service.ListingService;
import io.ipcase.credit.service.RecordKeeper;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;
import io.ipcase.kit.security.Actor;
import io.smallrye.common.annotation.Blocking;

/** Records a judicially confirmed mediation agreement that the respondent did not perform. */
@ApplicationScoped
public class MediationEventsConsumer {

    static final String CONSUMER = "credit-service.mediation-events";
    private static final Actor MEDIATION_SERVICE = Actor.system("mediation-service");

    private final RecordKeeper records;
    private final Inbox inbox;
    private final ObjectMapper json;

    public MediationEventsConsumer(RecordKeeper records, Inbox inbox, ObjectMapper json) {
        this.records = records;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("mediation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, Set.of("mediation.agreement-not-performed"), this::apply);
    }

    void apply(IncomingEvent event) {
        EventReaders.MediationData m = EventReaders.read(event, EventReaders.MediationData.class, json);
        // only a court-confirmed agreement is enforceable; an unconfirmed one is a civil matter between the parties
        if (m.confirmation() == null || m.confirmation().decidedOn() == null || !"CONFIRMED".equals(m.previousState())) {
            return;
        }
        if (m.mediationId() == null || m.region() == null) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + " lacks mediationId or region");
        }
        String number = m.confirmation().courtCaseNumber() != null ? m.confirmation().courtCaseNumber() : m.mediationId().toString();
        RecordKeeper.Decision confirmation = new RecordKeeper.Decision(m.caseId(), m.caseNumber(), m.region(),
                m.ipRight() == null ? null : m.ipRight().kind(), "JUDICIAL_CONFIRMATION", number, m.confirmation().decidedOn(), m.confirmation().decidedOn(), false,
                false, null);
        records.confirmedAgreementNotPerformed(m.mediationId(), confirmation, EventReaders.subjects(event, m.respondents()), m.maskedReason(),
                MEDIATION_SERVICE);
    }
}
