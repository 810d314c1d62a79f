package io.ipcase.kit.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.problem.ProblemException;

/**
 * The service's notion of today, and — only where the clock is adjustable (the local stack, never
 * production) — a way for an administrator to move it forward, so that statutory periods can be
 * shown passing in a demo.
 */
@Path("/api/v1/dev/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clock", description = "The service's today in China time, and moving it forward on the local stack")
@SecurityRequirement(name = "jwt")
public class ClockResource {

    public record ClockView(Instant now, LocalDate today, boolean adjustable) {
    }

    public record Shift(@NotNull @Min(1) @Max(3650) Integer days) {
    }

    private final IpcaseClock clock;

    public ClockResource(IpcaseClock clock) {
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ "admin", "auditor" })
    @Operation(summary = "The service's now and today (China time)",
            description = "The instant the service takes as now, the date it takes as today in China time (from which every statutory "
                    + "period is counted), and whether an administrator may move it (the local stack only). For administrators and "
                    + "auditors.")
    @APIResponse(responseCode = "200", description = "The clock", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClockView.class), examples = @ExampleObject(name = "production", value = """
                    {"now": "2026-03-02T01:30:00Z", "today": "2026-03-02", "adjustable": false}""")))
    public ClockView get() {
        return new ClockView(clock.now(), clock.today(), clock.isAdjustable());
    }

    @POST
    @Idempotent
    @Path("shift")
    @RolesAllowed("admin")
    @Operation(summary = "Move the clock forward by whole days (the local stack only; 404 elsewhere)",
            description = "Moves the service's clock forward by 1 to 3650 days, so that a demo can show statutory periods passing; "
                    + "the deadline watch then acts as it would on that day. Only where the clock is adjustable (the local stack); "
                    + "production answers 404. Administrators only.")
    @APIResponse(responseCode = "200", description = "The clock after the move", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClockView.class), examples = @ExampleObject(name = "moved", value = """
                    {"now": "2026-03-17T01:30:00Z", "today": "2026-03-17", "adjustable": true}""")))
    @APIResponse(responseCode = "404", description = "This service's clock is not adjustable (production)")
    public ClockView shift(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Shift.class), examples = @ExampleObject(name = "fifteen days", value = """
                    {"days": 15}"""))) @NotNull @Valid Shift shift) {
        if (!clock.isAdjustable()) {
            throw ProblemException.notFound("Adjustable clock", "this service");
        }
        clock.shift(Duration.ofDays(shift.days()));
        return get();
    }
}
