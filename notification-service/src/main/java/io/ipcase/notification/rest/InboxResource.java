package io.ipcase.notification.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.service.InboxStream;
import io.ipcase.notification.store.Message;
import io.smallrye.mutiny.Multi;

/** Each user's own in-app inbox: the list, marking read, and a live stream of what arrives. */
@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "Each signed-in user's own in-app messages: the list, marking one read, and a live stream of new ones")
@SecurityRequirement(name = "jwt")
public class InboxResource {

    /** inbox messages as their reader sees them, for the examples */
    interface ItemExample {
        String FIELDS = """
                "id": "0b6f3c1e-9d2a-4e7b-8c5f-1a4d7e0b3c96", "recipient": "officer-liu", "eventType": "ipcase.case.deadline-approaching.v1",
                 "caseId": "5f3c9a2e-7b41-4d8e-9c16-2a8e4f0b7d53", "subject": "[Deadline] Case 浔市监知罚〔2026〕7号: investigation due 2026-06-04",
                 "body": "Dear Liu Yang, the investigation of case 浔市监知罚〔2026〕7号 is due on 2026-06-04.", "createdAt": "2026-05-28T00:30:00Z\"""";
        String UNREAD = "{" + FIELDS + "}";
        String READ = "{" + FIELDS + ", \"readAt\": \"2026-05-28T01:12:45Z\"}";
    }

    private final Caller caller;
    private final InboxStream stream;
    private final IpcaseClock clock;

    public InboxResource(Caller caller, InboxStream stream, IpcaseClock clock) {
        this.caller = caller;
        this.stream = stream;
        this.clock = clock;
    }

    public record InboxPage(List<InboxStream.Item> items, long total, long unread, int page, int size) {
    }

    @GET
    @RolesAllowed({ "officer", "head", "reviewer", "mediator", "court", "organisation-admin", "credit-officer", "auditor", "admin" })
    @Operation(summary = "Your inbox, newest first (unread only with unread=true)",
            description = "A page of the caller's own in-app messages (never anyone else's), with how many there are and how many are "
                    + "unread. Reads only. For any member of staff signed in with one of the roles listed.")
    @APIResponse(responseCode = "200", description = "One page of your inbox, with the unread count", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxPage.class),
            examples = @ExampleObject(name = "one unread", value = "{\"items\": [" + ItemExample.UNREAD + "], "
                    + "\"total\": 1, \"unread\": 1, \"page\": 0, \"size\": 20}")))
    public InboxPage list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String me = caller.userId();
        String where = "channel = ?1 and recipient = ?2" + (unreadOnly ? " and readAt is null" : "");
        var query = Message.find(where + " order by createdAt desc, id", Channel.INBOX, me);
        List<InboxStream.Item> items = query.<Message>page(page, size).list().stream().map(InboxStream.Item::of).toList();
        return new InboxPage(items, query.count(), Message.count("channel = ?1 and recipient = ?2 and readAt is null", Channel.INBOX, me),
                page, size);
    }

    @POST
    @Idempotent
    @Path("{id}/read")
    @Transactional
    @RolesAllowed({ "officer", "head", "reviewer", "mediator", "court", "organisation-admin", "credit-officer", "auditor", "admin" })
    @Operation(summary = "Mark one of your messages read",
            description = "Sets the message's read time to now, unless it was read before (then it keeps the first). Only the "
                    + "recipient may mark it: another user's message is a 403. For any member of staff signed in with one of the roles "
                    + "listed; records no event.")
    @APIResponse(responseCode = "200", description = "The message, read", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InboxStream.Item.class), examples = @ExampleObject(name = "read", value = ItemExample.READ)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another request")
    public InboxStream.Item markRead(@PathParam("id") UUID id) {
        Message m = Message.findById(id);
        if (m == null || m.channel != Channel.INBOX) {
            throw ProblemException.notFound("Inbox message", id);
        }
        if (!m.recipient.equals(caller.userId())) {
            throw ProblemException.forbidden("Message " + id + " is in another user's inbox");
        }
        if (m.readAt == null) {
            m.readAt = clock.now();
        }
        return InboxStream.Item.of(m);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "officer", "head", "reviewer", "mediator", "court", "organisation-admin", "credit-officer", "auditor", "admin" })
    @Operation(summary = "Your new inbox messages as they arrive (Server-Sent Events)",
            description = "Keeps the connection open and sends each new in-app message for the caller as one event, its data the "
                    + "message as JSON; messages that arrived before the connection are in the list instead. For any member of staff "
                    + "signed in with one of the roles listed.")
    @APIResponse(responseCode = "200", description = "A stream of events, each one new message", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = InboxStream.Item.class),
            examples = @ExampleObject(name = "one event's data", value = ItemExample.UNREAD)))
    public Multi<InboxStream.Item> live() {
        return stream.of(caller.userId());
    }
}
