package io.ipcase.kit.audit;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Audit", description = "The service's hash-chained register of changes and the signed checkpoints of its audit chains")
@SecurityRequirement(name = "jwt")
@IfBuildProperty(name = "ipcase.audit.checkpoints", stringValue = "enabled")
public class AuditResource {

    /** one checkpoint as the API shows it, for the examples */
    interface CheckpointExample {
        String JSON = """
                {"service": "case-service", "seq": 2, "takenAt": "2026-12-04T01:03:32.548623Z",
                "previous": "3accee41eed7f3df8acf2192b90c8d8e8913a07257afb5c66cc6b5f934e877fa", "keyId": "a3438de7ac30f176",
                "publicKey": "MCowBQYDK2VwAyEA2NrHivkA4uQ1mTWa+kYS22lI6yOJc2vrLrLavAPrzKk=",
                "heads": [{"chain": "case", "id": "03e5fb79-9274-4508-a1d9-b978a25a8093", "seq": 3,
                           "hash": "e58acc9e7f61ecbb6fceb070b5499f58d526c2331abfd95a05a904b6daa31482"}],
                "signature": "q0b1S6tq1e0x4xS0m3C2M0lWm3yq4A1pWZyQ0cS8b3j2lN7o0X1vT9uY0kq3Rk6b9QyU1yJ2Qw3cF0o4h5nXAg=="}""";
    }

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
    @Operation(summary = "Every change to the service's registers, hash-chained, with the chain's check",
            description = "The register chain: each change to configuration and record data that is no aggregate of its own (mediators, "
                    + "routes, webhooks, recipients, credit records) — who changed which entry, when, to what — with each entry's hash "
                    + "over the one before, and whether the chain still holds (the first broken entry if not). For auditors and "
                    + "administrators.")
    @APIResponse(responseCode = "200", description = "The chain and its check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterChain.RegisterTrail.class), examples = @ExampleObject(name = "intact", value = """
                    {"intact": true, "firstBrokenSeq": null, "headSeq": 1, "entries": [{"seq": 1, "at": "2026-03-02T01:30:00Z",
                     "entityKind": "route", "entityId": "decision-issued", "action": "updated", "actor": "admin-root", "role": "admin",
                     "newValues": {"channel": "EMAIL"}, "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                     "hash": "e58acc9e7f61ecbb6fceb070b5499f58d526c2331abfd95a05a904b6daa31482"}]}""")))
    public RegisterChain.RegisterTrail register() {
        return register.trail();
    }

    @GET
    @Path("checkpoints")
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "The signed checkpoints of the audit chain heads kept in the database, oldest first, after a checkpoint number",
            description = "A page of the checkpoints (up to limit, after the number given): each is signed with the service's Ed25519 "
                    + "key and names the SHA-256 of the one before, so an operator's copy kept elsewhere can later prove the chains "
                    + "unchanged. For auditors and administrators.")
    @APIResponse(responseCode = "200", description = "The checkpoints, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Checkpoint.class),
            examples = @ExampleObject(name = "one", value = "[" + CheckpointExample.JSON + "]")))
    public List<Checkpoint> checkpoints(@QueryParam("after") @DefaultValue("0") @Min(0) int after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return checkpoints.kept(after, limit);
    }

    @POST
    @Idempotent
    @Path("checkpoints")
    @RolesAllowed("admin")
    @Operation(summary = "Take a checkpoint now (the service also takes one every ipcase.audit.checkpoint.every); 204 when no chain changed",
            description = "Signs the heads of every audit chain changed since the last checkpoint, keeps the checkpoint in the database "
                    + "and appends it to the operator's file when one is configured. Administrators only.")
    @APIResponse(responseCode = "201", description = "The checkpoint taken",
            headers = @Header(name = "Location", description = "The list of checkpoints that starts with this one",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Checkpoint.class), examples = @ExampleObject(name = "taken", value = CheckpointExample.JSON)))
    @APIResponse(responseCode = "204", description = "No chain changed since the last checkpoint: none taken")
    public Response take() {
        // a checkpoint is read back in the list, as the one after its predecessor
        return checkpoints.take().map(c -> Response.created(URI.create("/api/v1/audit/checkpoints?after=" + (c.seq() - 1) + "&limit=1")).entity(c)
                .build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Idempotent
    @Path("checkpoints/verify")
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "Check checkpoints (an operator's file, its lines oldest first in the field checkpoints) against the chains now: signatures, order, and every signed head",
            description = "Verifies each checkpoint's Ed25519 signature (with keyId, only checkpoints signed by that key are accepted), "
                    + "that each names the one before, and that every head it signed is still in its chain with the same hash. Changes "
                    + "nothing. For auditors and administrators.")
    @APIResponse(responseCode = "200", description = "What the check found", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AuditCheckpoints.Verification.class), examples = @ExampleObject(name = "intact", value = """
                    {"intact": true, "checkpoints": 1, "heads": 1, "keyIds": ["a3438de7ac30f176"], "findings": []}""")))
    public AuditCheckpoints.Verification verify(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckpointCopy.class),
            examples = @ExampleObject(name = "a file of one", value = "{\"checkpoints\": [" + CheckpointExample.JSON + "]}")))
            @NotNull @Valid CheckpointCopy copy,
            @QueryParam("keyId") @Pattern(regexp = "[0-9a-f]{16}", message = "must be 16 hex digits") String keyId) {
        return checkpoints.verify(copy.checkpoints(), keyId);
    }
}
