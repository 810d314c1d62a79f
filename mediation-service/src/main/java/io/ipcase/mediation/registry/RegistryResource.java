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
@Tag(name = "Mediation organisations")
@SecurityRequirement(name = "jwt")
public class RegistryResource {

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
    @Operation(summary = "Register a mediation organisation and name its administrators")
    public Response register(@NotNull @Valid OrganisationRegistration registration) {
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
    @Operation(summary = "All mediation organisations")
    public List<OrganisationView> list() {
        return MediationOrganisation.<MediationOrganisation>list("order by name").stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    public OrganisationView get(@PathParam("id") UUID id) {
        return OrganisationView.of(organisation(id));
    }

    @GET
    @Path("{id}/mediators")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "The organisation's mediators")
    public List<MediatorView> mediators(@PathParam("id") UUID id) {
        return Mediator.<Mediator>list("organisation = ?1 order by name", organisation(id)).stream().map(MediatorView::of).toList();
    }

    @POST
    @Idempotent
    @Path("{id}/mediators")
    @Transactional
    @RolesAllowed({ "organisation-admin", "admin" })
    @Operation(summary = "Add a mediator (their user id) with the kinds of IP right they mediate")
    public Response addMediator(@PathParam("id") UUID id, @NotNull @Valid MediatorRegistration registration) {
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
    @Operation(summary = "Change what a mediator handles, or set them inactive (no new offers; what they carry stays theirs)")
    public MediatorView updateMediator(@PathParam("id") UUID id, @PathParam("mediatorId") @ValidUserId String mediatorId,
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
