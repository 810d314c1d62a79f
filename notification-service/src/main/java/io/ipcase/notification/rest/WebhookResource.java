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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Webhooks", description = "External systems subscribed to events: each event they chose is POSTed to them as JSON, signed with "
        + "their own secret")
@SecurityRequirement(name = "jwt")
public class WebhookResource {

    /** a subscription as the API shows it (never its secret), for the examples */
    interface SubscriptionExample {
        String JSON = """
                {"id": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "信用中国（江西）", "url": "https://credit.example.gov.cn/ipcase/events",
                 "eventNames": "credit.subject-listed,credit.subject-delisted", "active": true, "createdAt": "2026-03-02T01:30:00Z"}""";
    }

    private final IpcaseClock clock;

    private final WebhookTargets targets;
    private final Caller caller;
    private final RegisterChain registerChain;
    private final Webhooks webhooks;

    public WebhookResource(IpcaseClock clock, WebhookTargets targets, Caller caller, RegisterChain registerChain, Webhooks webhooks) {
        this.clock = clock;
        this.targets = targets;
        this.caller = caller;
        this.registerChain = registerChain;
        this.webhooks = webhooks;
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
    @Operation(summary = "Subscribe an external system: events posted as JSON, signed X-Ipcase-Signature: sha256=<HMAC of the body>",
            description = "Registers an external system to receive the events it names (or every event, *) by HTTP POST, each body "
                    + "signed with HMAC-SHA256 under the secret given here, which is never shown again. The URL must not point "
                    + "inside the network unless the deployment allows internal targets. Administrators only; recorded on the "
                    + "register chain without the secret.")
    @APIResponse(responseCode = "201", description = "The subscription, active (without its secret)",
            headers = @Header(name = "Location", description = "The new subscription's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscription.class),
                    examples = @ExampleObject(name = "subscribed", value = SubscriptionExample.JSON)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another request")
    public Response subscribe(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "credit listings", value = """
                    {"name": "信用中国（江西）", "url": "https://credit.example.gov.cn/ipcase/events", "secret": "9f86d081884c7d659a2feaa0c55ad015",
                     "eventNames": "credit.subject-listed,credit.subject-delisted"}"""))) @NotNull @Valid Subscription s) {
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
    @Operation(summary = "The webhook subscriptions, oldest first",
            description = "Every subscription ever made, active or stopped, with its URL and the events it chose (never its secret). "
                    + "For administrators and auditors.")
    @APIResponse(responseCode = "200", description = "The subscriptions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookSubscription.class),
            examples = @ExampleObject(name = "one", value = "[" + SubscriptionExample.JSON + "]")))
    public List<WebhookSubscription> list() {
        return WebhookSubscription.list("order by createdAt");
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Stop a subscription (what it was sent stays in the delivery log)",
            description = "Marks the subscription inactive: no further events are planned for it, and the messages planned for it but "
                    + "not yet delivered (waiting for a retry) are withdrawn (status WITHDRAWN in the delivery log), so nothing more reaches "
                    + "a stopped endpoint. A stopped one can be stopped again, with the same answer. Administrators only; recorded on the "
                    + "register chain.")
    @APIResponse(responseCode = "200", description = "The subscription, stopped", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookSubscription.class), examples = @ExampleObject(name = "stopped", value = """
                    {"id": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "信用中国（江西）", "url": "https://credit.example.gov.cn/ipcase/events",
                     "eventNames": "credit.subject-listed,credit.subject-delisted", "active": false, "createdAt": "2026-03-02T01:30:00Z"}""")))
    public WebhookSubscription stop(@PathParam("id") UUID id) {
        WebhookSubscription w = WebhookSubscription.findById(id);
        if (w == null) {
            throw ProblemException.notFound("Webhook", id);
        }
        w.active = false;
        webhooks.withdrawPending(w);
        registerChain.append("webhook", w.id.toString(), "stop", caller.userId(), "admin", w);
        return w;
    }
}
