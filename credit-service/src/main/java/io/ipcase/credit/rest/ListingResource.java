package io.ipcase.credit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.credit.store.ListingAuditEntry;
import io.ipcase.credit.domain.ListingAction;
import io.ipcase.credit.domain.RepairConditions;
import io.ipcase.credit.domain.ListingFile;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.feed.CreditEventData;
import io.ipcase.kit.rest.Page;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.audit.AuditTrail;
import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.rest.Versions;
import io.ipcase.kit.security.Caller;
import io.quarkus.panache.common.Parameters;
import io.ipcase.credit.service.ListingCommand;
import io.ipcase.credit.service.ListingService;
import io.ipcase.credit.store.Listing;

@Path("/api/v1/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Listings")
@SecurityRequirement(name = "jwt")
public class ListingResource {

    static final int MAX_PAGE = 10_000;

    private final ListingService listings;
    private final Caller caller;

    public ListingResource(ListingService listings, Caller caller) {
        this.listings = listings;
        this.caller = caller;
    }

    /** A listing with what it rests on and the actions its state allows. */
    public record ListingView(UUID id, long version, String subjectId, String subjectKind, String subjectName,
            CreditEventData.LegalRepresentative legalRepresentative, String rule, String state,
            String stateLabel, String region, String authority, String reason, String legalBasis, String caseNumber,
            String basisDecisionNumber, LocalDate proposedOn, String noticeStatus, LocalDate noticeServedOn, LocalDate announcedOn,
            String announcement, LocalDate noticeUndeliverableOn, LocalDate objectionDue, String objection, LocalDate objectedOn, String objectionFiledBy,
            String decisionNumber, LocalDate decidedOn, String decisionReason, LocalDate listedOn, LocalDate endsOn,
            String repairStatement, LocalDate repairAppliedOn, LocalDate removedOn, String removalReason, String removalNote,
            List<CreditEventData.Record> basis, List<String> allowedActions, List<RepairConditions.Check> repairConditions) {
        /** @param repairConditions credit repair's conditions against the record (null: not assessed — the list, or not listed) */
        static ListingView of(Listing l, List<RepairConditions.Check> repairConditions) {
            return new ListingView(l.id, l.version, l.subjectId, l.subjectKind.name(), l.subjectName,
                    CreditEventData.LegalRepresentative.of(l.legalRepName, l.legalRepSubjectId), l.rule.name(), l.state.name(),
                    l.state.labelZh, l.region, l.authority, l.reason, l.legalBasis, l.caseNumber, l.basisDecisionNumber, l.proposedOn,
                    l.noticeStatus(), l.noticeServedOn, l.announcedOn, l.announcement, l.noticeUndeliverableOn, l.objectionDue, l.objection, l.objectedOn, l.objectionFiledBy, l.decisionNumber, l.decidedOn, l.decisionReason, l.listedOn, l.endsOn,
                    l.repairStatement, l.repairAppliedOn, l.removedOn, l.removalReason, l.removalNote,
                    l.basis.stream().map(CreditEventData.Record::of).toList(),
                    ListingFile.allowed(l.snapshot()).stream().map(ListingAction::path).toList(), repairConditions);
        }
    }


    @GET
    @RolesAllowed({ "credit-officer", "officer", "head", "credit-platform", "auditor", "admin" })
    @Operation(summary = "Listings of your region (nationwide for the credit platform, auditors and administrators), newest first")
    public Page<ListingView> list(@QueryParam("state") String stateName, @QueryParam("subjectId") @Size(max = 60) String subjectId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ListingState state = QueryValues.enumValue("state", stateName, ListingState.class);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!nationwide()) {
            String region = caller.region();
            if (region == null) {
                return Page.empty(page, size);
            }
            where.append(" and l.region like :own");
            params.and("own", DivisionCode.jurisdictionPrefix(region) + "%");
        }
        if (state != null) {
            where.append(" and l.state = :state");
            params.and("state", state);
        }
        if (subjectId != null) {
            where.append(" and l.subjectId = :subjectId");
            params.and("subjectId", subjectId);
        }
        var query = Listing.find("from Listing l where " + where + " order by l.createdAt desc, l.id", params);
        return new Page<>(query.<Listing>page(page, size).list().stream().map(l -> ListingView.of(l, null)).toList(), query.count(), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "credit-officer", "officer", "head", "credit-platform", "auditor", "admin" })
    @Operation(summary = "One listing, what it rests on, and the actions allowed now; ETag carries its version")
    public Response get(@PathParam("id") UUID id) {
        Listing l = visible(id);
        return Versions.tagged(Response.ok(), l.version).entity(ListingView.of(l, listings.repairConditions(l))).build();
    }

    @POST
    @Idempotent
    @Path("{id}/{action}")
    @Transactional
    @RolesAllowed({ "credit-officer", "officer" })
    @Operation(summary = "object, apply-for-repair (an officer files the subject's statement); announce (an officer or credit officer "
            + "records the public announcement of a notice that could not be delivered: reason = where, announcedOn); list, dismiss, "
            + "grant-repair, refuse-repair (a credit officer decides, with reasons). 409 lists the actions allowed now.")
    public Response act(@PathParam("id") UUID id, @PathParam("action") String actionPath, @HeaderParam("If-Match") String ifMatch,
            @Valid ListingCommand command) {
        ListingAction action = ListingAction.ofPath(actionPath).orElseThrow(() -> ProblemException.notFound("Action", actionPath));
        ProblemException.requireBody(command);
        Long expected = Versions.expected(ifMatch);
        visible(id);
        Listing l = listings.act(listings.lockForChange(id, expected), action, command,
                Actor.of(caller, "credit-officer", "officer"));
        return Versions.tagged(Response.ok(), l.version).entity(ListingView.of(l, listings.repairConditions(l))).build();
    }


    @GET
    @Path("{id}/audit")
    @RolesAllowed({ "credit-officer", "officer", "head", "auditor", "admin" })
    @Operation(summary = "The listing's hash-chained record of decisions, verified")
    public AuditTrail<ListingAuditEntry> audit(@PathParam("id") UUID id) {
        Listing l = visible(id);
        List<ListingAuditEntry> entries = ListingAuditEntry.ofListing(id);
        return AuditTrail.verified(id, entries, l);
    }

    private boolean nationwide() {
        return caller.hasAnyRole("credit-platform", "auditor", "admin");
    }

    private Listing visible(UUID id) {
        Listing l = Listing.findById(id);
        if (l == null) {
            throw ProblemException.notFound("Listing", id);
        }
        if (!caller.covers(l.region, List.of(), nationwide())) {
            throw ProblemException.forbidden("Listing " + id + " is outside your jurisdiction");
        }
        return l;
    }
}
