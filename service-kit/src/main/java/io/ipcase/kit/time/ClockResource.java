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
@Tag(name = "Clock")
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
    @Operation(summary = "The service's now and today (China time)")
    public ClockView get() {
        return new ClockView(clock.now(), clock.today(), clock.isAdjustable());
    }

    @POST
    @Idempotent
    @Path("shift")
    @RolesAllowed("admin")
    @Operation(summary = "Move the clock forward by whole days (the local stack only; 404 elsewhere)")
    public ClockView shift(@NotNull @Valid Shift shift) {
        if (!clock.isAdjustable()) {
            throw ProblemException.notFound("Adjustable clock", "this service");
        }
        clock.shift(Duration.ofDays(shift.days()));
        return get();
    }
}
