package io.ipcase.mediation.registry;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.identifiers.ValidUserId;
import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.domain.MediationKind;

/** The registry of mediation organisations and their mediators. */
@Path("/api/v1/mediation-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mediation organisations", description = "The registry of mediation organisations, their administrators and their mediators, "
        + "each change recorded on the register chain")
@SecurityRequirement(name = "jwt")
public class RegistryResource {

    /** organisations and mediators as the API shows them, for the examples */
    interface Examples {
        String ORGANISATION = """
                {"id": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30", "version": 0, "name": "九江市知识产权纠纷人民调解委员会", "kind": "PEOPLES",
                 "kindLabel": "人民调解", "region": "360400", "active": true, "admins": ["org-admin-jj"]}""";
        String MEDIATOR = """
                {"id": "mediator-chen", "version": 0, "organisationId": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30", "name": "陈敏",
                 "phone": "0792-8123456", "active": true, "ipKinds": ["PATENT_UTILITY_MODEL", "PATENT_DESIGN"]}""";
    }

    private final Caller caller;
    private final IpcaseClock clock;
    private final RegisterChain registerChain;

    public RegistryResource(Caller caller, IpcaseClock clock, RegisterChain registerChain) {
        this.caller = caller;
        this.clock = clock;
        this.registerChain = registerChain;
    }

    public record OrganisationRegistration(
            @NotBlank @Size(max = 300) String name,
            @NotNull MediationKind kind,
            @NotBlank @ValidDivisionCode String region,
            @NotEmpty @Size(max = 20) Set<@NotBlank @ValidUserId String> admins) {
    }

    public record OrganisationView(UUID id, long version, String name, MediationKind kind, String kindLabel, String region, boolean active,
            Set<String> admins) {
        static OrganisationView of(MediationOrganisation o) {
            return new OrganisationView(o.id, o.version, o.name, o.kind, o.kind.labelZh, o.region, o.active, o.admins);
        }
    }

    public record MediatorRegistration(
            @NotBlank @ValidUserId String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain digits, spaces and + ( ) - only") String phone,
            @NotEmpty Set<@NotNull IpKind> ipKinds) {
    }

    public record MediatorUpdate(@NotNull Boolean active, @NotEmpty Set<@NotNull IpKind> ipKinds,
            @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain digits, spaces and + ( ) - only") String phone) {
    }

    public record MediatorView(String id, long version, UUID organisationId, String name, String phone, boolean active, Set<IpKind> ipKinds) {
        static MediatorView of(Mediator m) {
            return new MediatorView(m.id, m.version, m.organisation.id, m.name, m.phone, m.active, m.ipKinds);
        }
    }

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed("admin")
    @Operation(summary = "Register a mediation organisation and name its administrators",
            description = "Adds an active organisation of the kind given (which sets the time limit of the disputes it takes), serving "
                    + "the region given and its counties, with the user ids of the administrators who manage its mediators and assign "
                    + "its disputes. System administrators only; recorded on the register chain.")
    @APIResponse(responseCode = "201", description = "The organisation as registered",
            headers = @Header(name = "Location", description = "The new organisation's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "registered", value = Examples.ORGANISATION)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another request")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationRegistration.class), examples = @ExampleObject(name = "a people's mediation committee",
                    value = """
                            {"name": "九江市知识产权纠纷人民调解委员会", "kind": "PEOPLES", "region": "360400", "admins": ["org-admin-jj"]}""")))
            @NotNull @Valid OrganisationRegistration registration) {
        MediationOrganisation o = new MediationOrganisation();
        o.id = UUID.randomUUID();
        o.name = registration.name();
        o.kind = registration.kind();
        o.region = registration.region();
        o.active = true;
        o.createdAt = clock.now();
        o.admins.addAll(registration.admins());
        o.persist();
        audit("mediation-organisation", o.id.toString(), "register", OrganisationView.of(o));
        return Response.created(URI.create("/api/v1/mediation-organisations/" + o.id)).entity(OrganisationView.of(o)).build();
    }

    @GET
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "All mediation organisations",
            description = "Every registered organisation, by name, with its kind, the region it serves, whether it is active and its "
                    + "administrators. For all staff who deal with mediations. Reads only.")
    @APIResponse(responseCode = "200", description = "The organisations, by name", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class),
            examples = @ExampleObject(name = "one", value = "[" + Examples.ORGANISATION + "]")))
    public List<OrganisationView> list() {
        return MediationOrganisation.<MediationOrganisation>list("order by name").stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "One mediation organisation",
            description = "The organisation with its kind, the region it serves, whether it is active and its administrators. For all "
                    + "staff who deal with mediations. Reads only.")
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationView.class), examples = @ExampleObject(name = "registered", value = Examples.ORGANISATION)))
    public OrganisationView get(@PathParam("id") UUID id) {
        return OrganisationView.of(organisation(id));
    }

    @GET
    @Path("{id}/mediators")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "The organisation's mediators",
            description = "Every mediator of the organisation, active or not, by name, with the kinds of IP right each mediates. For all "
                    + "staff who deal with mediations. Reads only.")
    @APIResponse(responseCode = "200", description = "The mediators, by name", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MediatorView.class),
            examples = @ExampleObject(name = "one", value = "[" + Examples.MEDIATOR + "]")))
    public List<MediatorView> mediators(@PathParam("id") UUID id) {
        return Mediator.<Mediator>list("organisation = ?1 order by name", organisation(id)).stream().map(MediatorView::of).toList();
    }

    @POST
    @Idempotent
    @Path("{id}/mediators")
    @Transactional
    @RolesAllowed({ "organisation-admin", "admin" })
    @Operation(summary = "Add a mediator (their user id) with the kinds of IP right they mediate",
            description = "Registers a user as an active mediator of the organisation, to be offered its disputes over the kinds of IP "
                    + "right given. A user id can be the mediator of one organisation only. For the organisation's administrators and "
                    + "system administrators; recorded on the register chain.")
    @APIResponse(responseCode = "201", description = "The mediator as registered",
            headers = @Header(name = "Location", description = "The new mediator's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediatorView.class),
                    examples = @ExampleObject(name = "registered", value = Examples.MEDIATOR)))
    @APIResponse(responseCode = "409", description = "A mediator with this user id is registered already")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another request")
    public Response addMediator(@PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediatorRegistration.class), examples = @ExampleObject(name = "a patent mediator", value = """
                    {"id": "mediator-chen", "name": "陈敏", "phone": "0792-8123456", "ipKinds": ["PATENT_UTILITY_MODEL", "PATENT_DESIGN"]}""")))
            @NotNull @Valid MediatorRegistration registration) {
        MediationOrganisation o = managed(id);
        if (Mediator.findById(registration.id()) != null) {
            throw ProblemException.conflict("Mediator " + registration.id() + " is registered already");
        }
        Mediator m = new Mediator();
        m.id = registration.id();
        m.organisation = o;
        m.name = registration.name();
        m.phone = registration.phone();
        m.active = true;
        m.ipKinds = EnumSet.copyOf(registration.ipKinds());
        m.createdAt = clock.now();
        m.persist();
        audit("mediator", m.id, "register", MediatorView.of(m));
        return Response.created(URI.create("/api/v1/mediation-organisations/" + id + "/mediators/" + m.id)).entity(MediatorView.of(m))
                .build();
    }

    @PUT
    @Path("{id}/mediators/{mediatorId}")
    @Transactional
    @RolesAllowed({ "organisation-admin", "admin" })
    @Operation(summary = "Change what a mediator handles, or set them inactive (no new offers; what they carry stays theirs)",
            description = "Replaces the mediator's kinds of IP right, phone and active flag (a phone left out is cleared). An inactive "
                    + "mediator is offered and assigned nothing new but keeps the mediations they carry. For the organisation's "
                    + "administrators and system administrators; recorded on the register chain.")
    @APIResponse(responseCode = "200", description = "The mediator as changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediatorView.class), examples = @ExampleObject(name = "set inactive", value = """
                    {"id": "mediator-chen", "version": 1, "organisationId": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30", "name": "陈敏",
                     "phone": "0792-8123456", "active": false, "ipKinds": ["PATENT_UTILITY_MODEL", "PATENT_DESIGN"]}""")))
    public MediatorView updateMediator(@PathParam("id") UUID id, @PathParam("mediatorId") @ValidUserId String mediatorId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediatorUpdate.class), examples = @ExampleObject(name = "set inactive", value = """
                            {"active": false, "ipKinds": ["PATENT_UTILITY_MODEL", "PATENT_DESIGN"], "phone": "0792-8123456"}""")))
            @NotNull @Valid MediatorUpdate update) {
        MediationOrganisation o = managed(id);
        Mediator m = Mediator.findById(mediatorId);
        if (m == null || !m.organisation.id.equals(o.id)) {
            throw ProblemException.notFound("Mediator", mediatorId);
        }
        m.active = update.active();
        m.ipKinds.clear();
        m.ipKinds.addAll(update.ipKinds());
        m.phone = update.phone();
        MediatorView view = MediatorView.of(m);
        audit("mediator", m.id, "update", view);
        return view;
    }

    /** the register chain records each change with what the entry holds after it (docs/domain.md, "Audit") */
    private void audit(String kind, String id, String action, Object newValues) {
        registerChain.append(kind, id, action, caller.userId(), caller.actingRole("admin", "organisation-admin"), newValues);
    }

    private static MediationOrganisation organisation(UUID id) {
        MediationOrganisation o = MediationOrganisation.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Mediation organisation", id);
        }
        return o;
    }

    /** an organisation's administrators manage its mediators; the system admin any */
    private MediationOrganisation managed(UUID id) {
        MediationOrganisation o = organisation(id);
        if (!caller.hasRole("admin") && !o.admins.contains(caller.userId())) {
            throw ProblemException.forbidden("You do not administer " + o.name);
        }
        return o;
    }
}
