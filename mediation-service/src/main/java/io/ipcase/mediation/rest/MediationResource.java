package io.ipcase.mediation.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.security.Actor;
import io.ipcase.kit.rest.Page;
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.audit.AuditTrail;
import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.rest.Versions;
import io.ipcase.kit.security.Caller;
import io.ipcase.mediation.audit.MediationAuditEntry;
import io.ipcase.mediation.domain.MediationAction;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.registry.MediationOrganisation;
import io.ipcase.mediation.registry.Mediator;
import io.ipcase.mediation.sessions.MediationSession;
import io.quarkus.panache.common.Parameters;
import io.ipcase.mediation.service.MediationCommand;
import io.ipcase.mediation.service.MediationService;
import io.ipcase.mediation.store.Mediation;
import io.ipcase.mediation.store.MediatorOffer;

@Path("/api/v1/mediations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mediations")
@SecurityRequirement(name = "jwt")
public class MediationResource {

    static final int MAX_PAGE = 10_000;

    private final MediationService mediations;
    private final Caller caller;

    public MediationResource(MediationService mediations, Caller caller) {
        this.mediations = mediations;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed("organisation-admin")
    @Operation(summary = "Take in a dispute directly (pre-suit or people's mediation, no case): state REQUESTED, offered to the organisation's best-suited mediators")
    public Response register(@NotNull @Valid MediationRegistration registration) {
        MediationOrganisation organisation = MediationOrganisation.findById(registration.organisationId());
        if (organisation == null) {
            throw ProblemException.badRequest("organisationId", "no organisation " + registration.organisationId());
        }
        if (!organisation.admins.contains(caller.userId())) {
            throw ProblemException.forbidden("You do not administer " + organisation.name);
        }
        if (!DivisionCode.covers(organisation.region, registration.region())) {
            throw ProblemException.unprocessable("outside-service-area", organisation.name + " does not serve region " + registration.region());
        }
        Mediation m = mediations.open(new MediationService.Opening(null, null, organisation.kind, organisation, registration.region(),
                registration.ipRight(), registration.complainants(), registration.respondents(), registration.summary()), actor());
        return withVersion(Response.created(URI.create("/api/v1/mediations/" + m.id)), m);
    }


    @GET
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "Mediations you may see (offered to or assigned to you, of your organisation, or in your region), newest first")
    public Page<MediationView> list(@QueryParam("state") String stateName, @QueryParam("caseId") UUID caseId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        MediationState state = QueryValues.enumValue("state", stateName, MediationState.class);
        Parameters params = new Parameters();
        String scope = scope(params);
        if (scope == null) {
            return Page.empty(page, size);
        }
        StringBuilder where = new StringBuilder(scope);
        if (state != null) {
            where.append(" and m.state = :state");
            params.and("state", state);
        }
        if (caseId != null) {
            where.append(" and m.caseId = :caseId");
            params.and("caseId", caseId);
        }
        var query = Mediation.find("select m from Mediation m left join m.mediator md left join m.organisation o where " + where
                + " order by m.createdAt desc, m.id", params);
        List<MediationView> items = query.<Mediation>page(page, size).list().stream().map(this::view).toList();
        return new Page<>(items, query.count(), page, size);
    }

    /** The JPQL condition for what the caller may see, or null for nothing. */
    private String scope(Parameters params) {
        if (caller.hasAnyRole("auditor", "admin")) {
            return "(1 = 1)";
        }
        StringBuilder any = new StringBuilder();
        String region = caller.region();
        if (region != null && caller.hasAnyRole("officer", "head")) {
            any.append(" or (m.caseId is not null and m.region like :region)");
        }
        if (region != null && caller.hasRole("court")) {
            any.append(" or m.region like :region");
        }
        if (any.length() > 0) {
            params.and("region", DivisionCode.jurisdictionPrefix(region) + "%");
        }
        if (caller.hasRole("mediator")) {
            any.append(" or md.id = :me or exists (select 1 from MediatorOffer f where f.mediationId = m.id and f.mediatorId = :me)");
            params.and("me", caller.userId());
        }
        if (caller.hasRole("organisation-admin")) {
            List<MediationOrganisation> organisations = MediationOrganisation.administeredBy(caller.userId());
            for (int i = 0; i < organisations.size(); i++) {
                any.append(" or o.id = :org").append(i).append(" or (o is null and m.region like :orgRegion").append(i).append(")");
                params.and("org" + i, organisations.get(i).id);
                params.and("orgRegion" + i, DivisionCode.jurisdictionPrefix(organisations.get(i).region) + "%");
            }
        }
        return any.length() == 0 ? null : "(" + any.substring(4) + ")";
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "One mediation with the actions its state allows; ETag carries its version for If-Match")
    public Response get(@PathParam("id") UUID id) {
        return withVersion(Response.ok(), visible(id));
    }

    @GET
    @Path("{id}/suggestions")
    @RolesAllowed({ "organisation-admin", "admin" })
    @Operation(summary = "The mediators who would be asked next, best first (suited IP kind, serving the region, most local, lightest load)")
    public List<MediatorView> suggestions(@PathParam("id") UUID id) {
        return mediations.suggestions(visible(id)).stream().map(MediatorView::of).toList();
    }

    public record MediatorView(String id, String name, UUID organisationId, String organisationName, String organisationRegion) {
        static MediatorView of(Mediator m) {
            return new MediatorView(m.id, m.name, m.organisation.id, m.organisation.name, m.organisation.region);
        }
    }

    @POST
    @Idempotent
    @Path("{id}/{action}")
    @Transactional
    @RolesAllowed({ "mediator", "court", "organisation-admin" })
    @Operation(summary = "Move the mediation: accept, decline (offered mediator); assign (organisation admin); schedule-session, "
            + "record-session, extend, reach-agreement, fail, withdraw, request-confirmation (assigned mediator); accept-confirmation, "
            + "extend-confirmation, confirm, reject-confirmation (court); record-performance, record-non-performance; for a confirmed "
            + "agreement not performed apply-for-enforcement, record-enforced, end-enforcement (court). "
            + "409 lists the actions allowed now.")
    public Response act(@PathParam("id") UUID id, @PathParam("action") String actionPath,
            @Parameter(description = "the version from the ETag; a stale one gets 412") @HeaderParam("If-Match") String ifMatch,
            @Valid MediationCommand command) {
        MediationAction action = MediationAction.ofPath(actionPath).orElseThrow(() -> ProblemException.notFound("Action", actionPath));
        ProblemException.requireBody(command);
        Long expected = Versions.expected(ifMatch);
        visible(id);
        Mediation m = mediations.lockForChange(id, expected);
        return withVersion(Response.ok(), mediations.act(m, action, command, actor()));
    }

    @GET
    @Path("{id}/sessions")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "The sessions of a mediation, with their minutes once held")
    public List<MediationSession> sessions(@PathParam("id") UUID id) {
        visible(id);
        return MediationSession.ofMediation(id);
    }


    @GET
    @Path("{id}/audit")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "The mediation's hash-chained audit trail, verified: intact=false names the first entry that does not fit")
    public AuditTrail<MediationAuditEntry> audit(@PathParam("id") UUID id) {
        Mediation m = visible(id);
        List<MediationAuditEntry> entries = MediationAuditEntry.ofMediation(id);
        return AuditTrail.verified(id, entries, m);
    }

    private Mediation visible(UUID id) {
        Mediation m = Mediation.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Mediation", id);
        }
        if (!maySee(m)) {
            throw ProblemException.forbidden("Mediation " + id + " is not yours to see");
        }
        return m;
    }

    private boolean maySee(Mediation m) {
        if (caller.hasAnyRole("auditor", "admin")) {
            return true;
        }
        String region = caller.region();
        if (caller.hasAnyRole("officer", "head") && m.caseId != null && region != null && DivisionCode.covers(region, m.region)) {
            return true;
        }
        if (caller.hasRole("court") && region != null && DivisionCode.covers(region, m.region)) {
            return true;
        }
        if (caller.hasRole("mediator") && ((m.mediator != null && m.mediator.id.equals(caller.userId()))
                || MediatorOffer.count("mediationId = ?1 and mediatorId = ?2", m.id, caller.userId()) > 0)) {
            return true;
        }
        if (caller.hasRole("organisation-admin")) {
            return MediationOrganisation.administeredBy(caller.userId()).stream().anyMatch(o -> m.organisation != null
                    ? m.organisation.id.equals(o.id) : DivisionCode.covers(o.region, m.region));
        }
        return false;
    }

    private Actor actor() {
        return Actor.of(caller, "mediator", "court", "organisation-admin");
    }

    private Response withVersion(Response.ResponseBuilder builder, Mediation m) {
        return Versions.tagged(builder, m.version).entity(view(m)).build();
    }

    private MediationView view(Mediation m) {
        return MediationView.of(m, mediations.confirmationDeadline(m), mediations.allowedActions(m));
    }
}
