package io.ipcase.cases.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.cases.audit.AuditEntry;
import io.ipcase.cases.clocks.StatutoryClocks;
import io.ipcase.cases.disclosure.PenaltyPublications;
import io.ipcase.cases.domain.CaseAction;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.CaseTrack;
import io.ipcase.cases.domain.Procedure;
import io.ipcase.cases.mapping.CaseAmendment;
import io.ipcase.cases.mapping.CaseCommand;
import io.ipcase.cases.mapping.CaseRegistration;
import io.ipcase.cases.mapping.CaseView;
import io.ipcase.cases.mapping.EvidenceRegistration;
import io.ipcase.cases.service.CaseService;
import io.ipcase.cases.store.EvidenceItem;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.audit.AuditTrail;
import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.identifiers.ValidUserId;
import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.rest.Page;
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.kit.rest.Versions;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.kit.time.NotInFuture;

import io.quarkus.panache.common.Parameters;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "jwt")
public class CaseResource {

    /** deep enough for any real list; keeps the row offset far from overflowing */
    static final int MAX_PAGE = 10_000;


    private final CaseService cases;
    private final Caller caller;
    private final StatutoryClocks clocks;
    private final IpcaseClock clock;
    private final PenaltyPublications publications;

    public CaseResource(CaseService cases, Caller caller, StatutoryClocks clocks, IpcaseClock clock, PenaltyPublications publications) {
        this.publications = publications;
        this.cases = cases;
        this.caller = caller;
        this.clocks = clocks;
        this.clock = clock;
    }

    @POST
    @Idempotent
    @RolesAllowed({ "officer", "head" })
    @Operation(summary = "Register a complaint, ruling request or lead (state RECEIVED; the acceptance clock starts)")
    public Response register(@NotNull @Valid CaseRegistration registration) {
        if (!caller.covers(registration.region(), List.of(), false)) {
            throw ProblemException.forbidden("Region " + registration.region() + " is outside your jurisdiction " + caller.region());
        }
        InfringementCase c = cases.register(registration, actor());
        return withVersion(Response.created(URI.create("/api/v1/cases/" + c.id)), c);
    }


    /** NEWEST first (the default), or the nearest running DUE date first */
    public enum Sort {
        NEWEST, DUE
    }

    /** whose decision a case waits for: the head's (an extension request, a proposed transfer) or the legal reviewer's */
    public enum Awaiting {
        HEAD, REVIEW
    }

    @GET
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "Cases in your jurisdiction (and shared with it), newest first")
    public Page<CaseView> list(@QueryParam("state") String stateName, @QueryParam("track") String trackName,
            @QueryParam("region") @ValidDivisionCode String region, @QueryParam("caseNumber") @Size(max = 80) String caseNumber,
            @Parameter(description = "the kind of IP right (IpKind)") @QueryParam("ipKind") String ipKindName,
            @Parameter(description = "SIMPLIFIED or ORDINARY (Procedure)") @QueryParam("procedure") String procedureName,
            @Parameter(description = "a handling officer's user id") @QueryParam("officer") @ValidUserId String officer,
            @Parameter(description = "a party's name (part of it) or identifier (all of it), or a case number")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "HEAD: an extension request or a transfer waits for the head; REVIEW: in legal review")
            @QueryParam("awaiting") String awaitingName,
            @Parameter(description = "DUE: only cases whose acceptance or closing clock runs, the nearest due date first")
            @QueryParam("sort") String sortName,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        CaseState state = QueryValues.enumValue("state", stateName, CaseState.class);
        CaseTrack track = QueryValues.enumValue("track", trackName, CaseTrack.class);
        IpKind ipKind = QueryValues.enumValue("ipKind", ipKindName, IpKind.class);
        Procedure procedure = QueryValues.enumValue("procedure", procedureName, Procedure.class);
        Awaiting awaiting = QueryValues.enumValue("awaiting", awaitingName, Awaiting.class);
        Sort sort = QueryValues.enumValue("sort", sortName, Sort.class);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String own = caller.region();
        if (own != null) {
            where.append(" and (c.region like :own or exists (select 1 from InfringementCase s join s.sharedRegions r where s = c and r like :own))");
            params.and("own", DivisionCode.jurisdictionPrefix(own) + "%");
        } else if (!caller.hasAnyRole("auditor", "admin")) {
            return Page.empty(page, size);
        }
        if (region != null) {
            where.append(" and c.region like :region");
            params.and("region", DivisionCode.jurisdictionPrefix(region) + "%");
        }
        if (state != null) {
            where.append(" and c.state = :state");
            params.and("state", state);
        }
        if (track != null) {
            where.append(" and c.track = :track");
            params.and("track", track);
        }
        if (caseNumber != null) {
            where.append(" and c.caseNumber = :caseNumber");
            params.and("caseNumber", caseNumber);
        }
        if (ipKind != null) {
            where.append(" and c.ipKind = :ipKind");
            params.and("ipKind", ipKind);
        }
        if (procedure != null) {
            where.append(" and c.procedure = :procedure");
            params.and("procedure", procedure);
        }
        if (officer != null) {
            where.append(" and :officer member of c.handlingOfficers");
            params.and("officer", officer);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (c.caseNumber = :q or exists (select 1 from InfringementCase p join p.parties party where p = c"
                    + " and (party.name like :qLike escape '\\' or party.uscc = :q or party.idNumber = :q)))");
            params.and("q", q.strip()).and("qLike", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (awaiting == Awaiting.HEAD) {
            // a reviewed decision waits for the head to issue it
            where.append(" and (c.extensionRequested is not null or c.state in :headDecides)");
            params.and("headDecides", List.of(CaseState.TRANSFER_PROPOSED, CaseState.REVIEW_APPROVED));
        } else if (awaiting == Awaiting.REVIEW) {
            where.append(" and c.state = :inReview");
            params.and("inReview", CaseState.LEGAL_REVIEW);
        }
        String order = " order by c.createdAt desc, c.id";
        if (sort == Sort.DUE) {
            // the clock StatutoryClocks.nextDeadline shows: acceptance while received, closing until decided (not while paused),
            // then the fine's payment or the demand to perform while effective
            where.append(" and (c.state = :received or (c.closingDue is not null and c.decidedOn is null and c.state not in :stopped)"
                    + " or (c.state = :effective and (c.paymentDue is not null or c.demandDue is not null)))");
            params.and("received", CaseState.RECEIVED).and("effective", CaseState.EFFECTIVE).and("stopped", java.util.Arrays.stream(CaseState.values())
                    .filter(s -> s.isTerminal() || s.pausesClock()).toList());
            order = " order by case when c.state = io.ipcase.cases.domain.CaseState.RECEIVED then c.acceptanceDue"
                    + " when c.state = io.ipcase.cases.domain.CaseState.EFFECTIVE then coalesce(c.demandDue, c.paymentDue) else c.closingDue end, c.id";
        }
        var query = InfringementCase.find("from InfringementCase c where " + where + order, params);
        LocalDate today = clock.today();
        List<CaseView> items = query.<InfringementCase>page(page, size).list().stream()
                .map(c -> CaseView.of(c, clocks.nextDeadline(c, today))).toList();
        return new Page<>(items, query.count(), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "One case with the actions allowed now; ETag carries its version for If-Match")
    public Response get(@PathParam("id") UUID id) {
        InfringementCase c = visible(id);
        return withVersion(Response.ok(), c);
    }

    @POST
    @Idempotent
    @Path("{id}/{action}")
    @Transactional
    @RolesAllowed({ "officer", "head", "reviewer" })
    @Operation(summary = "Move the case: accept, refuse, withdraw, suspend, resume, refer-to-mediation, return-from-mediation, "
            + "close-as-mediated, propose-transfer, approve-transfer (head), reject-transfer (head), record-police-return, "
            + "record-police-acceptance, submit-for-review, approve-review (reviewer), reject-review (reviewer), "
            + "issue-decision (head, for an ordinary-procedure penalty), serve, make-effective, record-lawsuit, record-ruling-upheld, "
            + "record-ruling-overturned, record-performance, demand-performance (after a fine's payment period), "
            + "record-non-performance (after the demand's period), revoke-decision, reopen, close. 409 lists the actions allowed now.")
    public Response act(@PathParam("id") UUID id, @PathParam("action") String actionPath,
            @Parameter(description = "the version from the ETag; a stale one gets 412") @HeaderParam("If-Match") String ifMatch,
            @Valid CaseCommand command) {
        CaseAction action = CaseAction.ofPath(actionPath).orElseThrow(() -> ProblemException.notFound("Action", actionPath));
        ProblemException.requireBody(command);
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.act(c, action, command.input(), actor()));
    }

    public record ExtensionRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code days}: only past the head's extensions, the days the heads' collective discussion set */
    public record ExtensionDecision(@NotNull Boolean approved, @Size(max = 1000) String reason, @Min(1) @Max(365) Integer days) {
    }

    @POST
    @Idempotent
    @Path("{id}/amendment")
    @Transactional
    @RolesAllowed({ "officer", "head" })
    @Operation(summary = "Correct the case's facts while it is investigated: the right, the parties, the amounts, with the reason "
            + "(the transfer thresholds are judged again; audited; ipcase.case.amended.v1)")
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CaseAmendment amendment) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.amend(c, amendment, actor()));
    }

    @POST
    @Idempotent
    @Path("{id}/extension-request")
    @Transactional
    @RolesAllowed("officer")
    @Operation(summary = "Ask the head to extend the lead check (a penalty case not yet filed, once) or the closing deadline (past the "
            + "head's extensions, a penalty case's further extension is for the heads' collective discussion); a head does not ask for "
            + "their own approval")
    public Response requestExtension(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ExtensionRequest request) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.requestExtension(c, request.reason(), actor()));
    }

    @POST
    @Idempotent
    @Path("{id}/extension-decision")
    @Transactional
    @RolesAllowed("head")
    @Operation(summary = "The head approves or rejects the pending extension request; past the head's extensions the head records the "
            + "collective discussion's decision with the days it set (days)")
    public Response decideExtension(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ExtensionDecision decision) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.decideExtension(c, decision.approved(), decision.reason(), decision.days(), actor()));
    }

    public record ShareRequest(@NotBlank @ValidDivisionCode String region) {
    }

    @POST
    @Idempotent
    @Path("{id}/shares")
    @Transactional
    @RolesAllowed({ "officer", "head" })
    @Operation(summary = "Share the case with another region for joint handling")
    public Response share(@PathParam("id") UUID id, @NotNull @Valid ShareRequest request) {
        InfringementCase c = changeable(id, null);
        return withVersion(Response.ok(), cases.share(c, request.region(), actor()));
    }

    public record JurisdictionTransfer(@NotBlank @ValidDivisionCode String region, @NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Idempotent
    @Path("{id}/jurisdiction-transfer")
    @Transactional
    @RolesAllowed("head")
    @Operation(summary = "Hand the case over to the authority of another region (移送管辖): the head's decision, before a decision is "
            + "issued; the case becomes that region's (ipcase.case.jurisdiction-transferred.v1)")
    public Response transferJurisdiction(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid JurisdictionTransfer transfer) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.transferJurisdiction(c, transfer.region(), transfer.reason(), actor()));
    }

    /** {@code servedOn}: the day the notice reached the party (default today); {@code partyWaived}: it waived statement and hearing in writing */
    public record PenaltyNotice(@NotInFuture LocalDate servedOn, Boolean partyWaived) {
    }

    @POST
    @Idempotent
    @Path("{id}/penalty-notice")
    @Transactional
    @RolesAllowed({ "officer", "head" })
    @Operation(summary = "Record the notice of the intended penalty served on the party (行政处罚告知): its periods to state its case "
            + "(3 working days) and to ask for a hearing (5 working days) run from then, unless it waived both in writing; the decision is "
            + "issued after them (ipcase.case.penalty-notified.v1)")
    public Response notifyIntendedPenalty(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PenaltyNotice notice) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.notifyIntendedPenalty(c, notice.servedOn(), Boolean.TRUE.equals(notice.partyWaived()), actor()));
    }

    /** why the head takes the publication down early: the party's application and what it corrected */
    public record CreditRepair(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Idempotent
    @Path("{id}/publication/repair")
    @Transactional
    @RolesAllowed("head")
    @Operation(summary = "Credit repair (信用修复): take the published decision down before its display period ends, once every respondent "
            + "performed it and its band's shortest display (moderate 3 months, serious 1 year) is over (ipcase.case.publication-withdrawn.v1)")
    public Response repairPublication(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CreditRepair repair) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.repairPublication(c, repair.reason(), actor()));
    }

    @POST
    @Idempotent
    @Path("{id}/evidence")
    @Transactional
    @RolesAllowed({ "officer", "head" })
    @Operation(summary = "Register an item of evidence (its file's SHA-256)")
    public Response registerEvidence(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EvidenceRegistration registration) {
        InfringementCase c = changeable(id, ifMatch);
        EvidenceItem item = cases.registerEvidence(c, registration, actor());
        return Response.created(URI.create("/api/v1/cases/" + id + "/evidence/" + item.id)).entity(item).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "The evidence register of a case")
    public List<EvidenceItem> evidence(@PathParam("id") UUID id) {
        visible(id);
        return EvidenceItem.ofCase(id);
    }


    @GET
    @Path("{id}/audit")
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "The case's hash-chained audit trail, verified: intact=false names the first entry that does not fit")
    public AuditTrail<AuditEntry> audit(@PathParam("id") UUID id) {
        InfringementCase c = visible(id);
        List<AuditEntry> entries = AuditEntry.ofCase(id);
        return AuditTrail.verified(id, entries, c);
    }

    private InfringementCase visible(UUID id) {
        InfringementCase c = InfringementCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Case", id);
        }
        if (!caller.covers(c.region, c.sharedRegions, caller.hasAnyRole("auditor", "admin"))) {
            throw ProblemException.forbidden("Case " + id + " is outside your jurisdiction");
        }
        return c;
    }

    /** Jurisdiction first (nothing about a case outside it is revealed or locked), then the lock and the version. */
    private InfringementCase changeable(UUID id, String ifMatch) {
        Long expectedVersion = Versions.expected(ifMatch);
        // locked first and read once: a caller outside the case's region holds the lock only until its 403 rolls back
        InfringementCase c = cases.lockIfPresent(id);
        if (c == null) {
            throw ProblemException.notFound("Case", id);
        }
        if (!caller.covers(c.region, c.sharedRegions, false)) {
            throw ProblemException.forbidden("Case " + id + " is outside your jurisdiction");
        }
        return CaseService.expectVersion(c, expectedVersion);
    }

    private Actor actor() {
        return Actor.of(caller, "officer", "head", "reviewer");
    }

    private Response withVersion(Response.ResponseBuilder builder, InfringementCase c) {
        return Versions.tagged(builder, c.version)
                .entity(CaseView.of(c, clocks.nextDeadline(c, clock.today()), publications.status(c.id), clock.today())).build();
    }

}
