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
@Tag(name = "Inbox")
@SecurityRequirement(name = "jwt")
public class InboxResource {


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
    @Operation(summary = "Your inbox, newest first (unread only with unread=true)")
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
    @Operation(summary = "Mark one of your messages read")
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
    @Operation(summary = "Your new inbox messages as they arrive (Server-Sent Events)")
    public Multi<InboxStream.Item> live() {
        return stream.of(caller.userId());
    }
}
