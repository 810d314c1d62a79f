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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Listings", description = ListingResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "jwt")
public class ListingResource {

    static final int MAX_PAGE = 10_000;
    /** the Listings tag's description, the same on every class that carries the tag */
    static final String TAG_DESCRIPTION = "The dishonesty list (失信名单): proposals, the notice and the subject's statement, the credit "
            + "officers' decisions, credit repair and removal, with each listing's hash-chained audit trail";

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

    /** a page of listings as {@link #list} answers it (for the API document: {@link Page} of {@link ListingView}) */
    @Schema(name = "PageListingView", description = "One page of listings: the items, how many there are in all, which page and its size")
    record ListingPage(List<ListingView> items, long total, int page, int size) {
    }

    /** a listing's audit trail as {@link #audit} answers it (for the API document: {@link AuditTrail} of {@link ListingAuditEntry}) */
    @Schema(name = "AuditTrailListingAuditEntry", description = "A listing's hash-chained audit trail: whether it is intact up to the head the "
            + "listing keeps, the first entry that does not fit when it is not, and the entries, oldest first")
    record ListingAuditTrail(UUID id, boolean intact, Integer firstBrokenSeq, List<ListingAuditEntry> entries) {
    }

    /** the listings the examples show, as the API answers them */
    interface Examples {
        /** a listing in force, the day after its decision, with the repair conditions checked */
        String LISTED = """
                {"id": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e", "version": 3, "subjectId": "91350100M000100Y43", "subjectKind": "ORGANISATION",
                 "subjectName": "福建闽科实业有限公司", "legalRepresentative": {"name": "林志远", "subjectId": "360402198003120415"},
                 "rule": "INTENTIONAL_HEAVY", "state": "LISTED", "stateLabel": "已列入", "region": "360400", "authority": "九江市市场监督管理局",
                 "reason": "故意侵权并被处以罚款 150000.00 元（浔市监知罚决〔2026〕7号）",
                 "legalBasis": "《市场监督管理严重违法失信名单管理办法》（市场监管总局令第44号）：故意侵犯知识产权，受到较重行政处罚",
                 "caseNumber": "浔市监知罚〔2026〕7号", "basisDecisionNumber": "浔市监知罚决〔2026〕7号", "proposedOn": "2026-05-20",
                 "noticeStatus": "DELIVERED", "noticeServedOn": "2026-05-20", "objectionDue": "2026-05-27",
                 "decisionNumber": "九江市市场监督管理局信用决〔2026〕3号", "decidedOn": "2026-05-28", "decisionReason": "告知期满未提出陈述申辩，经审查予以列入",
                 "listedOn": "2026-05-28", "endsOn": "2029-05-28",
                 "basis": [{"recordId": "b7e1c3d9-4a2f-4e8b-9d6c-3f5a1e7b2c84", "kind": "ESTABLISHED_INFRINGEMENT",
                            "caseId": "5f3c9a2e-7b41-4d8e-9c16-2a8e4f0b7d53", "caseNumber": "浔市监知罚〔2026〕7号", "region": "360400",
                            "authority": "九江市市场监督管理局", "ipKind": "TRADEMARK", "decisionNumber": "浔市监知罚决〔2026〕7号",
                            "decidedOn": "2026-05-18", "effectiveOn": "2026-05-20", "intentional": true, "fine": 150000.00,
                            "occurredOn": "2026-05-20"}],
                 "allowedActions": ["dismiss", "apply-for-repair"],
                 "repairConditions": [{"condition": "LISTED_LONG_ENOUGH", "met": false, "detail": "listed on 2026-05-28; repair from 2027-05-28"},
                                      {"condition": "OBLIGATIONS_PERFORMED", "met": true, "detail": "every decision performed"},
                                      {"condition": "NO_NEW_HEAVY_PENALTY", "met": true, "detail": "none since 2026-05-28"},
                                      {"condition": "CONDUCT_CORRECTED", "detail": "to be checked from the subject's application"}]}""";
        /** a proposal whose notice was served, in a list (no repair conditions there) */
        String PROPOSED = """
                {"id": "d83195fb-37e2-4611-887e-83ac86d48154", "version": 1, "subjectId": "91360400MA3AB2C4DQ", "subjectKind": "ORGANISATION",
                 "subjectName": "九江瑞丰贸易有限公司", "rule": "REFUSAL_TO_PERFORM", "state": "PROPOSED", "stateLabel": "拟列入，告知中",
                 "region": "360400", "authority": "九江市市场监督管理局", "reason": "拒不履行生效决定 浔市监知罚决〔2026〕3号：当事人逾期未缴纳罚款，经催告仍未履行",
                 "legalBasis": "《知识产权信用管理规定》第六条：有履行能力但拒不履行、逃避执行行政处罚、行政裁决等决定",
                 "caseNumber": "浔市监知罚〔2026〕3号", "basisDecisionNumber": "浔市监知罚决〔2026〕3号", "proposedOn": "2026-04-13",
                 "noticeStatus": "DELIVERED", "noticeServedOn": "2026-04-14", "objectionDue": "2026-04-21",
                 "basis": [{"recordId": "4b9e08d1-88de-413a-a38f-7bf66c2bbe97", "kind": "REFUSAL_TO_PERFORM", "caseNumber": "浔市监知罚〔2026〕3号",
                            "region": "360400", "authority": "九江市市场监督管理局", "decisionNumber": "浔市监知罚决〔2026〕3号",
                            "fine": 50000.00, "occurredOn": "2026-04-10"}],
                 "allowedActions": ["object", "dismiss"]}""";
    }

    /**
     * The orders of the list; each ends on the id, so that pages neither overlap nor skip. NEWEST proposed first (the default) or
     * OLDEST first; DECISION_DUE is the credit officers' queue. What a credit officer acts on is the decision on a proposal (list or
     * dismiss), and a proposal becomes theirs to decide when its objection window ends ({@code objectionDue}, counted from the
     * notice's service): so the proposals not decided yet (PROPOSED, OBJECTED, AWAITING_DECISION) come first, the earliest window's
     * end first — those waiting longest for a decision, then those whose window ends soonest. Everything else follows, newest first:
     * proposals whose notice has not been served (no window yet) and decided or ended listings, whose past window no longer
     * matters. Not {@code endsOn}: a listing comes off the list at its end by itself (the listing watch), nobody decides it.
     */
    public enum Sort {
        NEWEST, OLDEST, DECISION_DUE
    }

    @GET
    @RolesAllowed({ "credit-officer", "officer", "head", "credit-platform", "auditor", "admin" })
    @Operation(summary = "Listings of your region (nationwide for the credit platform, auditors and administrators), newest first",
            description = "A page of listings in every state (proposals, listings in force, ended ones), newest first, narrowed to one state "
                    + "(a ListingState name) or one subject identity when given; sort=OLDEST lists the oldest first, sort=DECISION_DUE the "
                    + "proposals not decided yet first, the earliest end of the objection window first. Credit officers, officers and heads see the listings of "
                    + "their token's region and the divisions below it (an empty page without a region); the credit platform, auditors "
                    + "and administrators see every region. The items leave repairConditions out: read one listing for them.")
    @APIResponse(responseCode = "200", description = "One page of listings", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingPage.class), examples = @ExampleObject(name = "one proposal",
                    value = "{\"items\": [" + Examples.PROPOSED + "], \"total\": 1, \"page\": 0, \"size\": 20}")))
    public Page<ListingView> list(@QueryParam("state") String stateName, @QueryParam("subjectId") @Size(max = 60) String subjectId,
            @Parameter(description = "NEWEST (the default): the newest first; OLDEST: the oldest first; DECISION_DUE: the proposals not "
                    + "decided yet (PROPOSED, OBJECTED, AWAITING_DECISION) by the end of their objection window, the earliest first, then "
                    + "the others (notice not served yet, decided, ended) newest first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "OLDEST", "DECISION_DUE" }))
            @QueryParam("sort") String sortName,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ListingState state = QueryValues.enumValue("state", stateName, ListingState.class);
        Sort sort = QueryValues.enumValue("sort", sortName, Sort.class);
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
        String order = switch (sort == null ? Sort.NEWEST : sort) {
            case NEWEST -> " order by l.createdAt desc, l.id";
            case OLDEST -> " order by l.createdAt, l.id";
            case DECISION_DUE -> " order by case when l.state in (io.ipcase.credit.domain.ListingState.PROPOSED,"
                    + " io.ipcase.credit.domain.ListingState.OBJECTED, io.ipcase.credit.domain.ListingState.AWAITING_DECISION)"
                    + " then l.objectionDue else null end nulls last, l.createdAt desc, l.id";
        };
        var query = Listing.find("from Listing l where " + where + order, params);
        return new Page<>(query.<Listing>page(page, size).list().stream().map(l -> ListingView.of(l, null)).toList(), query.count(), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "credit-officer", "officer", "head", "credit-platform", "auditor", "admin" })
    @Operation(summary = "One listing, what it rests on, and the actions allowed now; ETag carries its version",
            description = "The listing with the records it rests on, its notice and the subject's objection, the decision and any removal, "
                    + "the actions its state allows now (allowedActions) and, for a listing in force, the conditions of credit repair "
                    + "checked against the subject's record. For credit officers, officers and heads of the listing's region, and the "
                    + "credit platform, auditors and administrators anywhere. Send its ETag back as If-Match to act on this version.")
    @APIResponse(responseCode = "200", description = "The listing",
            headers = @Header(name = "ETag", description = "The listing's version, to send back as If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListingView.class),
                    examples = @ExampleObject(name = "listed", value = Examples.LISTED)))
    public Response get(@PathParam("id") UUID id) {
        Listing l = visible(id);
        return Versions.tagged(Response.ok(), l.version).entity(ListingView.of(l, listings.repairConditions(l))).build();
    }

    @POST
    @Idempotent
    @Path("{id}/{action}")
    @Transactional
    @RolesAllowed({ "credit-officer", "officer" })
    @Operation(summary = "Act on a listing: object, announce, list, dismiss, apply-for-repair, grant-repair or refuse-repair",
            description = "An officer files the subject's objection (object) or its application for credit repair (apply-for-repair, a year "
                    + "after listing) with the subject's statement; an officer or credit officer records the public announcement of a "
                    + "notice that could not be delivered (announce: reason = where, announcedOn); a credit officer decides with reasons "
                    + "(list, dismiss, grant-repair, refuse-repair). Only for the listing's region, and only the actions its state allows "
                    + "(a 409 lists them); If-Match, when sent, must name the current version. Each action is written to the listing's "
                    + "audit trail and publishes its credit event (objection-filed, notice-served, subject-listed, proposal-closed, "
                    + "repair-applied, repair-refused or subject-delisted).")
    @APIResponse(responseCode = "200", description = "The listing after the action",
            headers = @Header(name = "ETag", description = "The listing's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListingView.class),
                    examples = @ExampleObject(name = "listed", value = Examples.LISTED)))
    @APIResponse(responseCode = "400", description = "No body, a field the action needs missing (reason, statement, announcedOn), an "
            + "announcedOn before the proposal or after today, or an If-Match that is no ETag of this API")
    @APIResponse(responseCode = "403", description = "Not a role that may act on listings, outside the listing's region, or an action that is "
            + "not the caller's to take (e.g. an officer deciding)")
    @APIResponse(responseCode = "404", description = "No such listing, or no such action")
    @APIResponse(responseCode = "409", description = "The listing's state does not allow this action; the problem lists the actions allowed now")
    @APIResponse(responseCode = "422", description = "Refused by a rule (the problem's rule: objection-window-passed, repair-too-early, "
            + "notice-served-already, notice-not-undeliverable), or the Idempotency-Key was used with another request")
    public Response act(@PathParam("id") UUID id, @PathParam("action") String actionPath, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListingCommand.class),
                    examples = {
                            @ExampleObject(name = "list", summary = "a credit officer lists the subject",
                                    value = """
                                            {"reason": "告知期满未提出陈述申辩，经审查予以列入"}"""),
                            @ExampleObject(name = "object", summary = "an officer files the subject's statement",
                                    value = """
                                            {"statement": "罚款已于5月25日缴清，附缴款凭证"}"""),
                            @ExampleObject(name = "announce", summary = "the announcement of an undeliverable notice",
                                    value = """
                                            {"reason": "九江市市场监督管理局网站公告", "announcedOn": "2026-06-01"}"""),
                            @ExampleObject(name = "grant-repair", summary = "a credit officer grants credit repair",
                                    value = """
                                            {"reason": "已履行全部义务，消除不良影响，一年内无新的较重行政处罚"}""") })) @Valid ListingCommand command) {
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
    @Operation(summary = "The listing's hash-chained record of decisions, verified",
            description = "Every step of the listing (proposal, notice, objection, decisions, removal): who took it in which role, the "
                    + "states before and after, the reasons and the body sent, each entry hashed over the one before, and whether the "
                    + "chain still holds up to the head the listing keeps (firstBrokenSeq when not). For credit officers, officers and "
                    + "heads of the listing's region, and auditors and administrators anywhere.")
    @APIResponse(responseCode = "200", description = "The listing's audit trail and its check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingAuditTrail.class), examples = @ExampleObject(name = "intact", value = """
                    {"id": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e", "intact": true, "entries": [
                     {"seq": 1, "at": "2026-05-20T01:30:00Z", "actor": "system:case-service", "role": "system", "action": "propose",
                      "afterState": "PROPOSED", "reason": "故意侵权并被处以罚款 150000.00 元（浔市监知罚决〔2026〕7号）",
                      "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                      "hash": "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b",
                      "listingId": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e"},
                     {"seq": 2, "at": "2026-05-20T06:12:00Z", "actor": "system:notification-service", "role": "system", "action": "serve-notice",
                      "beforeState": "PROPOSED", "afterState": "PROPOSED",
                      "reason": "notice received on 2026-05-20: the subject may state its case until 2026-05-27",
                      "prevHash": "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b",
                      "hash": "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35",
                      "listingId": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e"},
                     {"seq": 3, "at": "2026-05-28T00:05:00Z", "actor": "system:listing-watch", "role": "system", "action": "close-window",
                      "beforeState": "PROPOSED", "afterState": "AWAITING_DECISION",
                      "reason": "no objection by 2026-05-27: for the credit officers to decide",
                      "prevHash": "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35",
                      "hash": "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce",
                      "listingId": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e"},
                     {"seq": 4, "at": "2026-05-28T02:40:00Z", "actor": "credit-officer-zhou", "role": "credit-officer", "action": "list",
                      "beforeState": "AWAITING_DECISION", "afterState": "LISTED", "reason": "告知期满未提出陈述申辩，经审查予以列入",
                      "details": "{\\"reason\\":\\"告知期满未提出陈述申辩，经审查予以列入\\",\\"statement\\":null,\\"announcedOn\\":null}",
                      "prevHash": "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce",
                      "hash": "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a",
                      "listingId": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e"}]}""")))
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
