package io.ipcase.notification.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.audit.RegisterChain;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.service.WebhookTargets;
import io.ipcase.notification.service.Webhooks;
import io.ipcase.notification.store.WebhookSubscription;

/** External systems' webhook subscriptions (admin). */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "jwt")
public class WebhookResource {

    private final IpcaseClock clock;

    private final WebhookTargets targets;
    private final Caller caller;
    private final RegisterChain registerChain;

    public WebhookResource(IpcaseClock clock, WebhookTargets targets, Caller caller, RegisterChain registerChain) {
        this.clock = clock;
        this.targets = targets;
        this.caller = caller;
        this.registerChain = registerChain;
    }

    public record Subscription(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "is an http(s) URL") String url,
            @NotBlank @Size(min = 16, max = 200, message = "is 16 to 200 characters") String secret,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "\\*|[a-z-]+\\.[a-z-]+(,[a-z-]+\\.[a-z-]+)*",
                    message = "is * or event names like case.decision-issued,credit.subject-listed") String eventNames) {
    }

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Subscribe an external system: events posted as JSON, signed X-Ipcase-Signature: sha256=<HMAC of the body>")
    public Response subscribe(@NotNull @Valid Subscription s) {
        String problem = targets.problem(s.url());
        if (problem != null) {
            throw ProblemException.badRequest("url", problem);
        }
        WebhookSubscription w = new WebhookSubscription();
        w.id = UUID.randomUUID();
        w.name = s.name();
        w.url = s.url();
        w.secret = s.secret();
        w.eventNames = s.eventNames();
        w.active = true;
        w.createdAt = clock.now();
        w.persist();
        // on the register chain without its secret (docs/domain.md, "Audit")
        registerChain.append("webhook", w.id.toString(), "subscribe", caller.userId(), "admin", w);
        return Response.created(URI.create("/api/v1/webhooks/" + w.id)).entity(w).build();
    }

    @GET
    @RolesAllowed({ "admin", "auditor" })
    public List<WebhookSubscription> list() {
        return WebhookSubscription.list("order by createdAt");
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Stop a subscription (what it was sent stays in the delivery log)")
    public WebhookSubscription stop(@PathParam("id") UUID id) {
        WebhookSubscription w = WebhookSubscription.findById(id);
        if (w == null) {
            throw ProblemException.notFound("Webhook", id);
        }
        w.active = false;
        registerChain.append("webhook", w.id.toString(), "stop", caller.userId(), "admin", w);
        return w;
    }
}
