package io.ipcase.credit.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;


import io.ipcase.credit.domain.ListingAction;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.domain.ObjectionWindow;
import io.ipcase.credit.service.ListingCommand;
import io.ipcase.credit.service.ListingService;
import io.ipcase.credit.store.Listing;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;
import io.ipcase.kit.time.IpcaseClock;
import io.smallrye.common.annotation.Blocking;

/**
 * The notice of a proposal and the subject (docs/domain.md, "The notice and the objection window"): when
 * notification-service reports that the notice reached the subject, its objection window starts on the day of receipt
 * (China time); when it reports that the notice could not reach it, the proposal waits for a public announcement. Each
 * event id is applied once, in the same transaction as its effect.
 */
@ApplicationScoped
public class NoticeDeliveryConsumer {

    static final String CONSUMER = "credit-service.notification-events";
    static final String NOTICE_OF_PROPOSAL = "ipcase.credit.listing-proposed.v1";
    private static final Actor NOTIFICATION_SERVICE = Actor.system("notification-service");
    private static final Logger LOG = Logger.getLogger(NoticeDeliveryConsumer.class);

    private final ListingService listings;
    private final Inbox inbox;
    private final IpcaseClock clock;

    public NoticeDeliveryConsumer(ListingService listings, Inbox inbox, IpcaseClock clock) {
        this.listings = listings;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("notification-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        // only the reports on the notice of a proposal to the subject concern the listing
        inbox.consume(CONSUMER, record, event -> (event.name().equals("notification.delivered") || event.name().equals("notification.undeliverable"))
                && NOTICE_OF_PROPOSAL.equals(event.text("sourceEventType")) && "SUBJECT".equals(event.text("recipientRole")), this::apply);
    }

    void apply(IncomingEvent event) {
        boolean delivered = event.name().equals("notification.delivered");
        String listingId = event.text("listingId");
        String at = event.text(delivered ? "deliveredAt" : "reportedAt");
        if (listingId == null || at == null) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + " lacks listingId or " + (delivered ? "deliveredAt" : "reportedAt"));
        }
        UUID id;
        LocalDate receivedOn;
        try {
            id = UUID.fromString(listingId);
            receivedOn = ObjectionWindow.dayOfReceipt(Instant.parse(at), clock.zone());
        } catch (RuntimeException e) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + ": " + e.getMessage());
        }
        if (Listing.findById(id) == null) {
            LOG.infof("notice event %s ignored: listing %s unknown", event.id(), id);
            return;
        }
        Listing l = listings.lockForChange(id, null);
        // the subject the notice was for, not another the same proposal's mail may have reached
        if (!l.subjectId.equals(event.text("recipient"))) {
            LOG.infof("notice event %s ignored: it names another recipient than listing %s's subject", event.id(), id);
            return;
        }
        if (l.snapshot().noticeServed() || !(l.state == ListingState.PROPOSED
                || l.state == ListingState.OBJECTED)) {
            // served already (a delivery reported twice by different messages), or the proposal has moved on
            LOG.infof("notice event %s ignored: listing %s is %s, notice %s", event.id(), id, l.state, l.noticeStatus());
            return;
        }
        if (!delivered && l.noticeUndeliverableOn != null) {
            LOG.infof("notice event %s ignored: listing %s's notice was reported undeliverable already", event.id(), id);
            return;
        }
        if (delivered) {
            String hash = event.text("statementTokenHash");
            listings.noticeServed(l, receivedOn, hash != null && hash.matches("[0-9a-f]{64}") ? hash : null, NOTIFICATION_SERVICE);
        } else {
            String why = "NO_ADDRESS".equals(event.text("reason")) ? "no contact on record" : "delivery failed";
            listings.act(l, ListingAction.NOTICE_UNDELIVERABLE, new ListingCommand(why, null), NOTIFICATION_SERVICE);
        }
    }
}
