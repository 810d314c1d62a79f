package io.ipcase.kit.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.rest.Idempotent;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The service's register chain and its signed checkpoints, for auditors and administrators (docs/domain.md, "Audit").
 * Present in a service built with {@code ipcase.audit.checkpoints=enabled}.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "jwt")
@IfBuildProperty(name = "ipcase.audit.checkpoints", stringValue = "enabled")
public class AuditResource {

    private final RegisterChain register;
    private final AuditCheckpoints checkpoints;

    /** an operator's copy of the checkpoints, oldest first */
    public record CheckpointCopy(@NotNull @Size(max = 10000) List<@NotNull @Valid Checkpoint> checkpoints) {
    }

    public AuditResource(RegisterChain register, AuditCheckpoints checkpoints) {
        this.register = register;
        this.checkpoints = checkpoints;
    }

    @GET
    @Path("register")
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "Every change to the service's registers, hash-chained, with the chain's check")
    public RegisterChain.RegisterTrail register() {
        return register.trail();
    }

    @GET
    @Path("checkpoints")
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "The signed checkpoints of the audit chain heads kept in the database, oldest first, after a checkpoint number")
    public List<Checkpoint> checkpoints(@QueryParam("after") @DefaultValue("0") @Min(0) int after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return checkpoints.kept(after, limit);
    }

    @POST
    @Idempotent
    @Path("checkpoints")
    @RolesAllowed("admin")
    @Operation(summary = "Take a checkpoint now (the service also takes one every ipcase.audit.checkpoint.every); 204 when no chain changed")
    public Response take() {
        return checkpoints.take().map(c -> Response.status(201).entity(c).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Idempotent
    @Path("checkpoints/verify")
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "Check checkpoints (an operator's file, its lines oldest first in the field checkpoints) against the chains now: signatures, order, and every signed head")
    public AuditCheckpoints.Verification verify(@NotNull @Valid CheckpointCopy copy,
            @QueryParam("keyId") @Pattern(regexp = "[0-9a-f]{16}", message = "must be 16 hex digits") String keyId) {
        return checkpoints.verify(copy.checkpoints(), keyId);
    }
}
