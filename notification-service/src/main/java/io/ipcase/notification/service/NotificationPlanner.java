package io.ipcase.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.outbox.TraceParent;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.text.Texts;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.domain.MessageStatus;
import io.ipcase.notification.domain.RecipientKind;
import io.ipcase.notification.domain.Remedies;
import io.ipcase.notification.domain.Respondents;
import io.ipcase.notification.store.Message;
import io.ipcase.notification.store.PartyContact;
import io.ipcase.notification.store.Recipient;
import io.ipcase.notification.store.Route;
import io.ipcase.notification.store.WebhookSubscription;

/**
 * Turns an event into messages: the route names the recipients, each recipient gets the event's
 * template on each of their channels. Written in the consuming transaction that records the event
 * id, one message per event, recipient and channel (a unique key), so nothing is planned twice.
 */
@ApplicationScoped
public class NotificationPlanner {

    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** the event whose mail to a respondent serves the decision */
    private static final String SERVICE_OF_DECISION = "case.decision-issued";
    /** the event whose mail to the subject is the notice of a listing proposal, with the link for its own statement */
    private static final String NOTICE_OF_PROPOSAL = "credit.listing-proposed";

    /** Someone to tell, and where. */
    record Addressee(RecipientKind kind, String recipient, String name, String language, Channel channel, String address) {
    }

    private final Templates templates;
    private final StatementLinks statementLinks;
    private final DeliveryReports reports;
    private final IpcaseClock clock;
    private final ObjectMapper json;

    public NotificationPlanner(Templates templates, StatementLinks statementLinks, DeliveryReports reports, IpcaseClock clock, ObjectMapper json) {
        this.templates = templates;
        this.statementLinks = statementLinks;
        this.reports = reports;
        this.clock = clock;
        this.json = json;
    }

    /** @return the messages written for the event (none when no route applies) */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Message> plan(IncomingEvent event) {
        rememberContacts(event.data());
        List<Message> written = new ArrayList<>(webhooks(event));
        Route route = Route.findById(event.name());
        if (route == null || !route.enabled) {
            return written;
        }
        if (!templates.has(event.name())) {
            LOG.warnf("route %s has no template: nothing sent", event.name());
            return written;
        }
        Map<String, Object> data = json.convertValue(event.data(), MAP);
        if (SERVICE_OF_DECISION.equals(event.name())) {
            JsonNode decision = event.data().path("decision");
            data.put("remedies", Remedies.forDecision(decision.path("kind").asText(null), !decision.path("fine").isMissingNode()
                    && !decision.path("fine").isNull()));
        }
        Map<String, Addressee> addressees = new LinkedHashMap<>();
        for (RecipientKind kind : route.recipientKinds()) {
            for (Addressee a : resolve(kind, event.data(), SERVICE_OF_DECISION.equals(event.name()))) {
                addressees.putIfAbsent(a.recipient() + "/" + a.channel(), a);
            }
        }
        for (Addressee a : addressees.values()) {
            Templates.Text text;
            String templateError = null;
            StatementLinks.Link link = null;
            Map<String, Object> addresseeData = data;
            if (NOTICE_OF_PROPOSAL.equals(event.name())) {
                if (a.kind() == RecipientKind.SUBJECT && a.channel() == Channel.EMAIL && a.address() != null) {
                    // the subject may state its case itself by this link, not only through an officer
                    link = statementLinks.draw();
                }
                addresseeData = new LinkedHashMap<>(data);
                addresseeData.put("statementLink", link == null ? null : link.url());
            }
            try {
                text = templates.render(event.name(), a.language(), a.name(), addresseeData);
            } catch (RuntimeException e) {
                // one bad template must not cost the event its other messages, nor block the partition
                LOG.errorf("template %s.%s failed for %s: %s", event.name(), a.language(), event.id(), e.toString());
                text = new Templates.Text(event.type(), "");
                templateError = "template failed: " + e.getMessage();
            }
            Message m = new Message();
            m.id = UUID.randomUUID();
            m.eventId = event.id();
            m.eventType = event.type();
            m.eventKey = event.key();
            m.caseId = uuid(event.data().path("caseId").asText(null));
            m.listingId = uuid(event.data().path("listingId").asText(null));
            m.statementTokenHash = link == null ? null : link.tokenHash();
            m.recipientKind = a.kind();
            m.recipient = a.recipient();
            m.channel = a.channel();
            m.address = a.address();
            m.language = a.language();
            m.subject = text.subject();
            m.body = text.body();
            m.createdAt = clock.now();
            if (templateError != null) {
                m.status = MessageStatus.UNDELIVERABLE;
                m.lastError = Texts.clip(templateError, 2000);
            } else if (a.address() == null) {
                m.status = MessageStatus.UNDELIVERABLE;
                m.lastError = "no " + a.channel().name().toLowerCase() + " address known for " + a.recipient();
            } else if (a.channel() == Channel.INBOX) {
                // the inbox is this service's own store: the message is delivered by being written
                m.status = MessageStatus.SENT;
                m.sentAt = m.createdAt;
            } else {
                m.status = MessageStatus.PENDING;
                m.nextAttemptAt = m.createdAt;
            }
            m.traceParent = TraceParent.current();
            m.persist();
            if (m.status == MessageStatus.UNDELIVERABLE && a.address() == null) {
                // a notice that cannot reach the subject is to be announced instead (credit-service)
                reports.undeliverable(m, "NO_ADDRESS");
            }
            written.add(m);
        }
        return written;
    }

    /** every subscribed external system gets the event's data as it came, signed */
    private List<Message> webhooks(IncomingEvent event) {
        List<Message> written = new ArrayList<>();
        for (WebhookSubscription w : WebhookSubscription.activeOnes()) {
            if (!w.wants(event.name())) {
                continue;
            }
            Message m = new Message();
            m.id = UUID.randomUUID();
            m.eventId = event.id();
            m.eventType = event.type();
            m.eventKey = event.key();
            m.caseId = uuid(event.data().path("caseId").asText(null));
            m.recipientKind = RecipientKind.WEBHOOK;
            m.recipient = w.id.toString();
            m.channel = Channel.WEBHOOK;
            m.address = w.url;
            m.language = "zh";
            m.subject = event.type();
            m.body = event.data().toString();
            m.createdAt = clock.now();
            m.status = MessageStatus.PENDING;
            m.nextAttemptAt = m.createdAt;
            m.traceParent = TraceParent.current();
            m.persist();
            written.add(m);
        }
        return written;
    }

    /** @param servesTheDecision whether the mail is the service of a decision (respondents: with their consent only) */
    private List<Addressee> resolve(RecipientKind kind, JsonNode data, boolean servesTheDecision) {
        return switch (kind) {
            case COMPLAINANTS -> parties(kind, data.path("complainants"));
            case RESPONDENTS -> respondents(data, servesTheDecision);
            case PARTIES -> {
                List<Addressee> both = new ArrayList<>(parties(RecipientKind.COMPLAINANTS, data.path("complainants")));
                both.addAll(respondents(data, servesTheDecision));
                yield both;
            }
            case HANDLING_OFFICERS -> {
                List<Addressee> officers = new ArrayList<>();
                data.path("handlingOfficers").forEach(o -> officers.addAll(staff(kind, o.asText(), null)));
                yield officers;
            }
            case HEAD -> staffOfRegion(kind, "head", data.path("region").asText(null));
            case CREDIT_OFFICERS -> staffOfRegion(kind, "credit-officer", data.path("region").asText(null));
            case COURT -> staffOfRegion(kind, "court", data.path("region").asText(null));
            case MEDIATOR -> {
                String mediator = data.path("mediator").path("id").asText(null);
                yield mediator == null ? List.of() : staff(kind, mediator, null);
            }
            case WEBHOOK -> List.of();
            case SUBJECT -> {
                String subject = data.path("subjectId").asText(null);
                if (subject == null) {
                    yield List.of();
                }
                PartyContact contact = PartyContact.findById(subject);
                String name = contact != null ? contact.name : data.path("subjectName").asText(null);
                yield List.of(new Addressee(kind, subject, name, "zh", Channel.EMAIL, contact == null ? null : contact.email));
            }
        };
    }

    /** the respondents the event is told to, as {@link Respondents#told} decides; by e-mail, in Chinese, at the address the event carries */
    private static List<Addressee> respondents(JsonNode data, boolean servesTheDecision) {
        List<Respondents.Respondent> named = new ArrayList<>();
        data.path("respondents").forEach(p -> named.add(new Respondents.Respondent(p.path("subjectId").asText(null), p.path("name").asText(null),
                p.path("email").asText(null), p.path("eServiceConsent").asBoolean(false))));
        return Respondents.told(named, data.path("respondentId").asText(null), servesTheDecision).stream()
                .map(r -> new Addressee(RecipientKind.RESPONDENTS, r.subjectId(), r.name(), "zh", Channel.EMAIL, r.email())).toList();
    }

    /** parties are told by e-mail, in Chinese, at the address the event carries */
    private static List<Addressee> parties(RecipientKind kind, JsonNode list) {
        List<Addressee> parties = new ArrayList<>();
        list.forEach(p -> {
            String id = p.path("subjectId").asText(null);
            if (id != null) {
                parties.add(new Addressee(kind, id, p.path("name").asText(null), "zh", Channel.EMAIL, p.path("email").asText(null)));
            }
        });
        return parties;
    }

    /** the staff of a role whose region covers the event's region (none when the event names no region) */
    private static List<Addressee> staffOfRegion(RecipientKind kind, String role, String region) {
        List<Addressee> staff = new ArrayList<>();
        if (region != null) {
            Recipient.<Recipient>list("select r from Recipient r join r.roles role where role = ?1", role).stream()
                    .filter(r -> r.region != null && DivisionCode.isValid(r.region) && DivisionCode.covers(r.region, region))
                    .forEach(r -> staff.addAll(staff(kind, r.userId, r)));
        }
        return staff;
    }

    /** staff are told on the channels of their profile; without one, in their inbox */
    private static List<Addressee> staff(RecipientKind kind, String userId, Recipient known) {
        Recipient r = known != null ? known : Recipient.findById(userId);
        if (r == null) {
            return List.of(new Addressee(kind, userId, userId, "zh", Channel.INBOX, userId));
        }
        Set<Channel> channels = r.channels.isEmpty() ? Set.of(Channel.INBOX) : r.channels;
        List<Addressee> out = new ArrayList<>();
        for (Channel c : channels) {
            if (c == Channel.WEBHOOK) {
                continue;
            }
            out.add(new Addressee(kind, userId, r.name, r.language, c, c == Channel.EMAIL ? r.email : userId));
        }
        return out;
    }

    /** keeps the latest contact of every party named, so that credit events (subject ids only) can reach them */
    private void rememberContacts(JsonNode data) {
        for (String list : new String[] { "complainants", "respondents" }) {
            data.path(list).forEach(p -> {
                String id = p.path("subjectId").asText(null);
                if (id == null || id.length() > 18) {
                    return;
                }
                PartyContact c = PartyContact.findById(id);
                if (c == null) {
                    c = new PartyContact();
                    c.subjectId = id;
                }
                c.name = p.path("name").asText(c.name == null ? id : c.name);
                c.email = p.path("email").asText(c.email);
                c.phone = p.path("phone").asText(c.phone);
                c.updatedAt = clock.now();
                c.persist();
            });
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
