package io.ipcase.credit.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.credit.domain.RefusalToPerform;
import io.ipcase.credit.service.ListingService;
import io.ipcase.credit.service.RecordKeeper;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;
import io.ipcase.kit.time.IpcaseClock;
import io.smallrye.common.annotation.Blocking;

/**
 * Records what decisions establish, what is not performed and what is revoked. Each event id is
 * applied once, in the same transaction as its effect.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "credit-service.case-events";
    private static final java.util.Set<String> WANTED = java.util.Set.of("case.decision-effective", "case.decision-not-performed",
            "case.decision-revoked", "case.decision-performed");
    private static final Actor CASE_SERVICE = Actor.system("case-service");

    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);

    private final RecordKeeper records;
    private final Inbox inbox;
    private final ObjectMapper json;
    private final IpcaseClock clock;

    public CaseEventsConsumer(RecordKeeper records, Inbox inbox, ObjectMapper json, IpcaseClock clock) {
        this.records = records;
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("case-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, WANTED, this::apply);
    }

    /**
     * the respondents whose refusal stands on the day it was recorded (docs/domain.md, "Dishonesty list"): after a demand
     * past the payment period, once the demand's period ran out; one reported earlier is not recorded
     */
    private List<RecordKeeper.Subject> refusalsThatStand(IncomingEvent event, EventReaders.CaseData c) {
        LocalDate reportedOn = event.time() != null ? LocalDate.ofInstant(event.time(), clock.zone()) : clock.today();
        List<RecordKeeper.Subject> standing = new ArrayList<>();
        for (RecordKeeper.Subject s : EventReaders.subjects(event, c.refusing())) {
            EventReaders.Obligation o = c.obligationOf(s.id());
            Optional<String> premature = o == null ? Optional.empty()
                    : RefusalToPerform.premature(o.paymentDue(), o.demandedOn(), o.demandDue(), reportedOn);
            if (premature.isPresent()) {
                // no subject id here: an individual's is personal data
                LOG.warnf("event %s: a refusal to perform is not recorded: %s", event.id(), premature.get());
            } else {
                standing.add(s);
            }
        }
        return standing;
    }

    /** each respondent that performed, by its own obligation, or every respondent on the decision's day */
    private void performed(IncomingEvent event, EventReaders.CaseData c) {
        for (RecordKeeper.Subject s : EventReaders.subjects(event, c.respondents())) {
            EventReaders.Obligation o = c.obligationOf(s.id());
            LocalDate on = o != null ? o.performedOn() : c.decision().performedOn();
            if (on != null) {
                records.decisionPerformed(c.caseId(), c.decision().number(), s.id(), on);
            }
        }
    }

    void apply(IncomingEvent event) {
        String name = event.name();
        EventReaders.CaseData c = EventReaders.read(event, EventReaders.CaseData.class, json);
        EventReaders.Decision d = c.decision();
        if (c.caseId() == null || c.region() == null || d == null || d.number() == null) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + " lacks caseId, region or the decision's number");
        }
        RecordKeeper.Decision decision = new RecordKeeper.Decision(c.caseId(), c.caseNumber(), c.region(),
                c.ipRight() == null ? null : c.ipRight().kind(), d.kind(), d.number(), d.decidedOn(), d.effectiveOn(),
                Boolean.TRUE.equals(d.infringementFound()), Boolean.TRUE.equals(d.intentional()), d.fine());
        switch (name) {
            case "case.decision-effective" -> records.decisionEffective(decision, EventReaders.subjects(event, c.respondents()), CASE_SERVICE);
            case "case.decision-not-performed" -> records.decisionNotPerformed(decision, refusalsThatStand(event, c),
                    c.maskedReason(), CASE_SERVICE);
            case "case.decision-performed" -> performed(event, c);
            default -> records.decisionRevoked(c.caseId(), d.number(), d.revokedOn(), c.maskedReason(), CASE_SERVICE);
        }
    }
}
