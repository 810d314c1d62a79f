package io.ipcase.console.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.console.mapping.Doc;
import io.ipcase.console.service.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * Everyone's inbox: the list from notification-service, marking read, and the live feed — the
 * service's server-sent events relayed with the user's token, each new message as a ready list item
 * (event "message"); the header of every page fetches the unread count again when one arrives.
 */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxPages {

    private static final Logger LOG = Logger.getLogger(InboxPages.class);

    private final Pages pages;
    private final Services services;
    private final ObjectMapper json;
    private final Template inbox;
    private final Template item;
    private final Vertx vertx;
    private volatile HttpClient streams;

    public InboxPages(Pages pages, Services services, ObjectMapper json, @Location("inbox/inbox.html") Template inbox,
            @Location("inbox/item.html") Template item, Vertx vertx) {
        this.vertx = vertx;
        this.pages = pages;
        this.services = services;
        this.json = json;
        this.inbox = inbox;
        this.item = item;
    }

    @GET
    @Blocking
    public TemplateInstance inbox() {
        pages.requireSignIn();
        JsonNode body = pages.read("notification", "/api/v1/inbox?size=50").body();
        return pages.page(inbox).data("items", Doc.list(body.path("items"))).data("unread", body.path("unread").asLong())
                .data("total", body.path("total").asLong());
    }

    /** the header's count of unread messages */
    @GET
    @Path("unread")
    @Blocking
    public String unread() {
        if (!pages.session().present()) {
            return "";
        }
        long unread = pages.read("notification", "/api/v1/inbox?unread=true&size=1").body().path("unread").asLong();
        return unread == 0 ? "" : Long.toString(unread);
    }

    @POST
    @Path("{id}/read")
    @Blocking
    public Response markRead(@PathParam("id") UUID id) {
        pages.requireSignIn();
        Services.Reply reply = pages.change("notification", "/api/v1/inbox/" + id + "/read", json.createObjectNode(), null,
                "read-" + id);
        return reply.ok() ? Response.ok().header("HX-Redirect", "/inbox").build() : pages.refused("notification", reply, "/inbox");
    }

    /**
     * The live feed: notification-service's stream for this user, relayed until the browser goes
     * away. Non-blocking (Vert.x's client, lines parsed as they come), so an open feed holds no
     * thread; closing the page closes the service's stream.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        if (!pages.session().present()) {
            return Multi.createFrom().empty();
        }
        String token = pages.session().token();
        var texts = pages.texts();
        var format = new io.ipcase.console.mapping.Format(pages.session().lang());
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(services.url("notification")
                + "/api/v1/inbox/stream").putHeader("Authorization", "Bearer " + token).putHeader("Accept", "text/event-stream");
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> streams().request(request).compose(HttpClientRequest::send)
                .onFailure(e -> emitter.complete())
                .onSuccess(response -> {
                    if (response.statusCode() != 200) {
                        response.request().reset();
                        emitter.complete();
                        return;
                    }
                    emitter.onTermination(() -> response.request().reset());
                    response.handler(RecordParser.newDelimited("\n", line -> {
                        String text = line.toString(StandardCharsets.UTF_8);
                        if (!text.startsWith("data:")) {
                            return;
                        }
                        try {
                            Doc message = Doc.of(json.readTree(text.substring(5).trim()));
                            String html = item.data("m", message).data("t", texts).data("fmt", format).render().replace('\n', ' ');
                            emitter.emit(sse.newEventBuilder().name("message").data(html).build());
                        } catch (IOException | RuntimeException e) {
                            LOG.warnf("an inbox message could not be relayed: %s", e.toString());
                        }
                    }));
                    response.exceptionHandler(e -> emitter.complete());
                    response.endHandler(v -> emitter.complete());
                }));
    }

    private HttpClient streams() {
        if (streams == null) {
            streams = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        }
        return streams;
    }
}
