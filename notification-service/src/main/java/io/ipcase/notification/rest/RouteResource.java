package io.ipcase.notification.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.audit.RegisterChain;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.domain.RecipientKind;
import io.ipcase.notification.service.Templates;
import io.ipcase.notification.store.Route;

/** The routing table: which event goes to whom. */
@Path("/api/v1/routes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "The routing table: which event is told to which recipients (webhooks choose their events themselves)")
@SecurityRequirement(name = "jwt")
public class RouteResource {

    private final Templates templates;
    private final IpcaseClock clock;
    private final Caller caller;
    private final RegisterChain registerChain;

    public RouteResource(Templates templates, IpcaseClock clock, Caller caller, RegisterChain registerChain) {
        this.templates = templates;
        this.clock = clock;
        this.caller = caller;
        this.registerChain = registerChain;
    }

    public record RouteView(String eventName, List<RecipientKind> recipients, boolean enabled) {
        static RouteView of(Route r) {
            return new RouteView(r.eventName, r.recipientKinds(), r.enabled);
        }
    }

    public record RouteChange(@NotNull @NotEmpty List<@NotNull RecipientKind> recipients, @NotNull Boolean enabled) {
    }

    @GET
    @RolesAllowed({ "admin", "auditor" })
    @Operation(summary = "The routing table",
            description = "Every routed event by name (e.g. case.accepted), the kinds of recipient it is told to and whether the "
                    + "route is on. Reads only. For administrators and auditors.")
    @APIResponse(responseCode = "200", description = "The routes, by event name", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RouteView.class), examples = @ExampleObject(name = "two routes", value = """
                    [{"eventName": "case.accepted", "recipients": ["COMPLAINANTS"], "enabled": true},
                     {"eventName": "case.decision-issued", "recipients": ["COMPLAINANTS", "RESPONDENTS"], "enabled": true}]""")))
    public List<RouteView> list() {
        return Route.<Route>list("order by eventName").stream().map(RouteView::of).toList();
    }

    @PUT
    @Path("{eventName}")
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Route an event (e.g. case.accepted) to recipients, or switch it off; the event needs a template",
            description = "Creates or replaces the event's route: the kinds of recipient its later occurrences are told to (not "
                    + "WEBHOOK: subscriptions choose their events), and whether it is on. Only an event with a message template can be "
                    + "routed. Administrators only; recorded on the register chain.")
    @APIResponse(responseCode = "200", description = "The route as it now is", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RouteView.class), examples = @ExampleObject(name = "officers and complainants", value = """
                    {"eventName": "case.referred-to-mediation", "recipients": ["HANDLING_OFFICERS", "COMPLAINANTS"], "enabled": true}""")))
    @APIResponse(responseCode = "409", description = "The route was changed by someone else meanwhile; read it again and retry")
    @APIResponse(responseCode = "422", description = "There is no message template for the event (rule no-template)")
    public RouteView put(@PathParam("eventName") String eventName, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouteChange.class),
            examples = @ExampleObject(name = "officers and complainants", value = """
                    {"recipients": ["HANDLING_OFFICERS", "COMPLAINANTS"], "enabled": true}"""))) @NotNull @Valid RouteChange change) {
        if (!templates.has(eventName)) {
            throw ProblemException.unprocessable("no-template", "There is no template for " + eventName + "; routes exist only for "
                    + "events with one (templates/notifications/<event>.<language>.txt)");
        }
        if (change.recipients().contains(RecipientKind.WEBHOOK)) {
            throw ProblemException.badRequest("recipients", "webhooks choose their events themselves (/api/v1/webhooks)");
        }
        Route r = Route.findById(eventName);
        if (r == null) {
            r = new Route();
            r.eventName = eventName;
        }
        r.recipients = String.join(",", change.recipients().stream().distinct().map(Enum::name).toList());
        r.enabled = change.enabled();
        r.updatedAt = clock.now();
        r.persist();
        RouteView view = RouteView.of(r);
        // on the register chain (docs/domain.md, "Audit")
        registerChain.append("route", eventName, "put", caller.userId(), "admin", view);
        return view;
    }
}
