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
@Tag(name = "Cases", description = "Infringement cases: registering complaints, ruling requests and leads, and their life from acceptance "
        + "to closing, with the statutory deadlines, the evidence register and the audit trail")
@SecurityRequirement(name = "jwt")
public class CaseResource {

    /** deep enough for any real list; keeps the row offset far from overflowing */
    static final int MAX_PAGE = 10_000;

    /** the shape of {@code Page<CaseView>}, named for the OpenAPI document */
    @Schema(name = "CasePage", description = "One page of cases")
    public record CasePage(List<CaseView> items, long total, int page, int size) {
    }

    /** the shape of {@code AuditTrail<AuditEntry>}, named for the OpenAPI document */
    @Schema(name = "CaseAuditTrail", description = "A case's audit trail with the check of its hash chain")
    public record CaseAuditTrail(UUID id, boolean intact, Integer firstBrokenSeq, List<AuditEntry> entries) {
    }

    /** one trademark penalty case of Jiujiang (360400), at the steps the examples of the operations show */
    interface CaseExamples {
        String TRACK = """
                "track": "ADMINISTRATIVE_PENALTY", "trackLabel": "行政处罚 / administrative penalty", "procedure": "ORDINARY\"""";
        String INVESTIGATING = """
                "caseNumber": "浔市监知罚〔2026〕12号", "state": "INVESTIGATING", "stateLabel": "调查中 / investigating",
                "allowedActions": ["withdraw", "suspend", "record-hearing-request", "refer-compensation-to-mediation", "propose-transfer",
                                   "submit-for-review", "issue-decision"]""";
        String PARTIES = """
                "source": "COMPLAINT", "ipRight": {"kind": "TRADEMARK", "number": "第12345678号", "title": "庐山云雾", "holder": "九江某茶业有限公司"},
                "complainants": [{"kind": "ORGANISATION", "name": "九江某茶业有限公司", "subjectId": "91360400MA35F8K2XD", "uscc": "91360400MA35F8K2XD",
                                  "address": "江西省九江市浔阳区", "phone": "0792-1234567", "email": "legal@example.org"}],
                "respondents": [{"kind": "ORGANISATION", "name": "九江某商贸有限公司", "subjectId": "91360400MA35PH720E", "uscc": "91360400MA35PH720E",
                                 "address": "江西省九江市濂溪区", "phone": "0792-7654321"}]""";
        String NOT_SERVED = """
                "service": [{"subjectId": "91360400MA35PH720E", "refused": false}]""";
        String OFFICERS = """
                "handlingOfficers": ["officer-chen", "officer-li"], "summary": "销售假冒注册商标的茶叶\"""";
        String FILED = """
                "receivedOn": "2026-03-02", "acceptanceDue": "2026-03-23", "filedOn": "2026-03-04\"""";
        String NO_EXTENSION = """
                "extensionCount": 0, "leadCheckExtended": false, "collectiveExtensionDays": 0, "clockPaused": false, "pauses": []""";
        String CREATED = """
                "createdAt": "2026-03-02T01:30:00Z\"""";

        String RECEIVED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 0, " + TRACK + """
                , "state": "RECEIVED", "stateLabel": "已接收 / received", "allowedActions": ["accept", "refuse", "withdraw"],
                "region": "360400", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, "receivedOn": "2026-03-02", "acceptanceDue": "2026-03-23",
                "deadline": {"clock": "ACCEPTANCE", "dueOn": "2026-03-23", "workingDaysLeft": 15, "light": "GREEN", "provisional": false},
                """ + NO_EXTENSION + ", " + CREATED + """
                , "updatedAt": "2026-03-02T01:30:00Z"}""";
        String ACCEPTED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 1, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360400", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, """ + FILED + """
                , "closingDue": "2026-06-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-06-02", "workingDaysLeft": 60, "light": "GREEN", "provisional": false},
                """ + NO_EXTENSION + ", " + CREATED + """
                , "updatedAt": "2026-03-04T02:10:00Z"}""";
        String AMENDED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 2, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360400", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 52000.00, "illegalGain": 8000.00, "transferFlagged": true, """ + FILED + """
                , "closingDue": "2026-06-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-06-02", "workingDaysLeft": 56, "light": "GREEN", "provisional": false},
                """ + NO_EXTENSION + ", " + CREATED + """
                , "updatedAt": "2026-03-10T06:45:00Z"}""";
        String SHARED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 2, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360400", "sharedRegions": ["360700"], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, """ + FILED + """
                , "closingDue": "2026-06-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-06-02", "workingDaysLeft": 56, "light": "GREEN", "provisional": false},
                """ + NO_EXTENSION + ", " + CREATED + """
                , "updatedAt": "2026-03-10T06:45:00Z"}""";
        String HANDED_OVER = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 2, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360700", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, """ + FILED + """
                , "closingDue": "2026-06-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-06-02", "workingDaysLeft": 56, "light": "GREEN", "provisional": false},
                """ + NO_EXTENSION + ", " + CREATED + """
                , "updatedAt": "2026-03-10T06:45:00Z"}""";
        String EXTENSION_REQUESTED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 2, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360400", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, """ + FILED + """
                , "closingDue": "2026-06-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-06-02", "workingDaysLeft": 4, "light": "AMBER", "provisional": false},
                "extensionCount": 0, "leadCheckExtended": false, "collectiveExtensionDays": 0, "pendingExtensionRequest": "需赴外省调取销售记录",
                "clockPaused": false, "pauses": [], """ + CREATED + """
                , "updatedAt": "2026-05-27T01:20:00Z"}""";
        String EXTENDED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 3, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360400", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, """ + FILED + """
                , "closingDue": "2026-07-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-07-02", "workingDaysLeft": 24, "light": "GREEN", "provisional": false},
                "extensionCount": 1, "leadCheckExtended": false, "collectiveExtensionDays": 0, "clockPaused": false, "pauses": [],
                """ + CREATED + """
                , "updatedAt": "2026-05-28T02:00:00Z"}""";
        String NOTICE_SERVED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 2, " + TRACK + ", " + INVESTIGATING + """
                , "region": "360400", "sharedRegions": [], """ + PARTIES + ", " + NOT_SERVED + ", " + OFFICERS + """
                , "amountInvolved": 12000.00, "transferFlagged": false, """ + FILED + """
                , "closingDue": "2026-06-02",
                "deadline": {"clock": "CLOSING", "dueOn": "2026-06-02", "workingDaysLeft": 33, "light": "GREEN", "provisional": false},
                """ + NO_EXTENSION + """
                , "notice": {"servedOn": "2026-04-13", "statementDue": "2026-04-16", "hearingRequestDue": "2026-04-20", "waived": false},
                """ + CREATED + """
                , "updatedAt": "2026-04-13T03:00:00Z"}""";
        String CREDIT_REPAIRED = "{\"id\": \"3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13\", \"version\": 7, " + TRACK + """
                , "caseNumber": "浔市监知罚〔2026〕12号", "state": "CLOSED", "stateLabel": "已结案 / closed", "allowedActions": ["revoke-decision"],
                "region": "360400", "sharedRegions": [], """ + PARTIES + """
                , "service": [{"subjectId": "91360400MA35PH720E", "servedOn": "2026-04-22", "method": "IN_PERSON", "paymentDue": "2026-05-07",
                               "performedOn": "2026-05-06", "refused": false, "lateSurcharge": 0.00}],
                """ + OFFICERS + ", \"amountInvolved\": 12000.00, \"transferFlagged\": false, " + FILED + """
                , "closingDue": "2026-06-02", """ + NO_EXTENSION + """
                , "notice": {"servedOn": "2026-04-13", "statementDue": "2026-04-16", "hearingRequestDue": "2026-04-20", "waived": false},
                "decision": {"number": "浔市监知罚决〔2026〕3号", "kind": "PENALTY", "decidedOn": "2026-04-21", "infringementFound": true,
                             "intentional": true, "major": false, "orders": "责令立即停止侵权行为，没收侵权商品，罚款30000元", "fine": 30000.00,
                             "confiscatedGain": 5000.00, "servedOn": "2026-04-22", "appealDeadline": "2026-04-22", "effectiveOn": "2026-04-22",
                             "paymentDue": "2026-05-07", "performedOn": "2026-05-06"},
                "closedOn": "2026-05-08", "closedReason": "PERFORMED",
                "publication": {"publishedOn": "2026-04-22", "dueOn": "2026-05-22", "displayPeriod": "MODERATE", "displayUntil": "2027-04-22",
                                "displayEnded": false, "withdrawnOn": "2026-07-24",
                                "withdrawalReason": "信用修复 / credit repair: 当事人已履行处罚决定并完成整改"},
                "lateSurcharge": 0.00, """ + CREATED + """
                , "updatedAt": "2026-07-24T01:00:00Z"}""";
        String EVIDENCE = """
                {"id": "b2c4e6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b", "caseId": "3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13",
                 "description": "现场检查拍摄的涉案茶叶包装照片12张", "kind": "AUDIO_VISUAL", "obtainedAt": "2026-03-05T02:00:00Z",
                 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "registeredBy": "officer-li",
                 "registeredAt": "2026-03-05T03:15:00Z"}""";
        String AUDIT = """
                {"id": "3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13", "intact": true, "entries": [
                 {"seq": 1, "at": "2026-03-02T01:30:00Z", "actor": "officer-li", "role": "officer", "action": "register", "afterState": "RECEIVED",
                  "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                  "hash": "4a5c0e2f9b1d7c3e8f6a2b4d0c9e1f3a5b7d9c2e4f6a8b0d1c3e5f7a9b2d4c6e", "caseId": "3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13"},
                 {"seq": 2, "at": "2026-03-04T02:10:00Z", "actor": "officer-li", "role": "officer", "action": "accept", "beforeState": "RECEIVED",
                  "afterState": "INVESTIGATING", "prevHash": "4a5c0e2f9b1d7c3e8f6a2b4d0c9e1f3a5b7d9c2e4f6a8b0d1c3e5f7a9b2d4c6e",
                  "hash": "e58acc9e7f61ecbb6fceb070b5499f58d526c2331abfd95a05a904b6daa31482", "caseId": "3f6c1e52-8d4a-4b7e-9c21-5a0d7e9b4f13"}]}""";
    }

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
    @Operation(summary = "Register a complaint, ruling request or lead (state RECEIVED; the acceptance clock starts)",
            description = "Registers a new case in the state RECEIVED for a region in your jurisdiction, with at least two handling officers; "
                    + "its acceptance deadline is counted from receivedOn (default today), and the amounts are judged against the thresholds "
                    + "for a transfer to the police (transferFlagged). For officers and heads. Audited, and records ipcase.case.received.v1.")
    @APIResponse(responseCode = "201", description = "The case as registered",
            headers = {
                    @Header(name = "Location", description = "The new case's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The case's version, to send as If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "registered", value = CaseExamples.RECEIVED)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent before with another request")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseRegistration.class), examples = @ExampleObject(name = "a trademark complaint", value = """
                    {"track": "ADMINISTRATIVE_PENALTY", "procedure": "ORDINARY", "region": "360400", "source": "COMPLAINT",
                     "ipRight": {"kind": "TRADEMARK", "number": "第12345678号", "title": "庐山云雾", "holder": "九江某茶业有限公司"},
                     "complainants": [{"kind": "ORGANISATION", "name": "九江某茶业有限公司", "uscc": "91360400MA35F8K2XD",
                                       "address": "江西省九江市浔阳区", "phone": "0792-1234567", "email": "legal@example.org"}],
                     "respondents": [{"kind": "ORGANISATION", "name": "九江某商贸有限公司", "uscc": "91360400MA35PH720E",
                                      "address": "江西省九江市濂溪区", "phone": "0792-7654321"}],
                     "handlingOfficers": ["officer-li", "officer-chen"], "summary": "销售假冒注册商标的茶叶", "amountInvolved": 12000.00,
                     "receivedOn": "2026-03-02"}"""))) @NotNull @Valid CaseRegistration registration) {
        if (!caller.covers(registration.region(), List.of(), false)) {
            throw ProblemException.forbidden("Region " + registration.region() + " is outside your jurisdiction " + caller.region());
        }
        InfringementCase c = cases.register(registration, actor());
        return withVersion(Response.created(URI.create("/api/v1/cases/" + c.id)), c);
    }


    /** NEWEST first (the default), OLDEST first, or the nearest running DUE date first */
    public enum Sort {
        NEWEST, OLDEST, DUE
    }

    /** whose decision a case waits for: the head's (an extension request, a proposed transfer) or the legal reviewer's */
    public enum Awaiting {
        HEAD, REVIEW
    }

    @GET
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "Cases in your jurisdiction (and shared with it), newest first",
            description = "A page of the cases of your region and the regions under it and of those shared with it (auditors and "
                    + "administrators without a region see every region's), filtered by state, track, region, case number, IP kind, "
                    + "procedure, handling officer, a party (q) or whose decision they await; newest first, or oldest first (sort=OLDEST); "
                    + "sort=DUE lists only the cases whose clock runs, the nearest due date first. Each case carries its next deadline and "
                    + "its light. For officers, heads, reviewers, auditors and administrators.")
    @APIResponse(responseCode = "200", description = "One page of cases", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasePage.class), examples = @ExampleObject(name = "one case",
                    value = "{\"items\": [" + CaseExamples.ACCEPTED + "], \"total\": 1, \"page\": 0, \"size\": 20}")))
    public Page<CaseView> list(@QueryParam("state") String stateName, @QueryParam("track") String trackName,
            @QueryParam("region") @ValidDivisionCode String region, @QueryParam("caseNumber") @Size(max = 80) String caseNumber,
            @Parameter(description = "the kind of IP right (IpKind)") @QueryParam("ipKind") String ipKindName,
            @Parameter(description = "SIMPLIFIED or ORDINARY (Procedure)") @QueryParam("procedure") String procedureName,
            @Parameter(description = "a handling officer's user id") @QueryParam("officer") @ValidUserId String officer,
            @Parameter(description = "a party's name (part of it) or identifier (all of it), or a case number")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "HEAD: an extension request or a transfer waits for the head; REVIEW: in legal review")
            @QueryParam("awaiting") String awaitingName,
            @Parameter(description = "NEWEST (the default): the newest first; OLDEST: the oldest first; DUE: only cases whose acceptance or "
                    + "closing clock runs, the nearest due date first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "OLDEST", "DUE" }))
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
        String order = sort == Sort.OLDEST ? " order by c.createdAt, c.id" : " order by c.createdAt desc, c.id";
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
    @Operation(summary = "One case with the actions allowed now; ETag carries its version for If-Match",
            description = "The case with its parties, deadlines and next due date, its notice and decision, its publication and the "
                    + "actions its state allows now; the ETag header carries its version, to send back as If-Match with a change. Visible to "
                    + "the case's region and the regions above it, to the regions it is shared with, and to auditors and administrators "
                    + "without a region. For officers, heads, reviewers, auditors and administrators.")
    @APIResponse(responseCode = "200", description = "The case",
            headers = @Header(name = "ETag", description = "The case's version, to send as If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "investigating", value = CaseExamples.ACCEPTED)))
    public Response get(@PathParam("id") UUID id) {
        InfringementCase c = visible(id);
        return withVersion(Response.ok(), c);
    }

    @POST
    @Idempotent
    @Path("{id}/{action}")
    @Transactional
    @RolesAllowed({ "officer", "head", "reviewer" })
    @Operation(summary = "Move the case by one action of its life cycle (accept, serve, close, …); 409 lists the actions allowed now",
            description = "Takes the action if the case's state allows it (else 409 with the actions allowed now) and its rules do (else 422 "
                    + "naming the rule): accept, refuse, withdraw, suspend, resume, record-hearing-request, refer-to-mediation and "
                    + "return-from-mediation (rulings), refer-compensation-to-mediation (trademark and patent penalties), propose-transfer, "
                    + "approve-transfer and reject-transfer (head), record-police-return, record-police-acceptance, submit-for-review, "
                    + "approve-review and reject-review (a reviewer who has not acted on the case), issue-decision (the head, for an "
                    + "ordinary-procedure penalty), serve, make-effective, record-lawsuit, record-ruling-upheld and record-ruling-overturned "
                    + "(rulings), record-performance, demand-performance (after a fine's payment period), record-non-performance (after the demand's "
                    + "period), revoke-decision, reopen and close; close-as-mediated follows mediation-service's report only. For officers, "
                    + "heads and reviewers of the case's own region (a region it is shared with does not decide). Each action is audited and "
                    + "records its events, e.g. accept ipcase.case.accepted.v1 and ipcase.case.filed.v1, issue-decision "
                    + "ipcase.case.decision-issued.v1, an effective penalty ipcase.case.decision-published.v1.")
    @APIResponse(responseCode = "200", description = "The case after the action",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "accepted", value = CaseExamples.ACCEPTED)))
    @APIResponse(responseCode = "409", description = "The case's state does not allow the action; the problem lists the actions allowed now")
    @APIResponse(responseCode = "422", description = "A rule refuses the action now (the problem names it, e.g. legal-review-required, "
            + "statement-period-running, appeal-window-open), or the Idempotency-Key was sent before with another request")
    public Response act(@PathParam("id") UUID id,
            @Parameter(description = "the action's path name, e.g. accept; another name gets 404") @PathParam("action") String actionPath,
            @Parameter(description = "the version from the ETag; a stale one gets 412") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseCommand.class),
                    examples = {
                            @ExampleObject(name = "accept", summary = "accept, resume, make-effective and others need nothing", value = "{}"),
                            @ExampleObject(name = "refuse", summary = "a reason (refuse, withdraw, suspend, revoke-decision, …)", value = """
                                    {"reason": "不属于本局管辖范围"}"""),
                            @ExampleObject(name = "issue-decision", value = """
                                    {"decision": {"infringementFound": true, "intentional": true, "major": false,
                                                  "orders": "责令立即停止侵权行为，没收侵权商品，罚款30000元", "fine": 30000.00, "confiscatedGain": 5000.00}}"""),
                            @ExampleObject(name = "serve", value = """
                                    {"servedOn": "2026-04-22", "subjectId": "91360400MA35PH720E", "serviceMethod": "IN_PERSON"}"""),
                            @ExampleObject(name = "close", value = """
                                    {"closedReason": "PERFORMED"}""") })) @Valid CaseCommand command) {
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
    @Operation(summary = "Correct the case's facts while it is investigated: the right, the parties, the amounts, with the reason",
            description = "Replaces each part given (the IP right, the complainants, the respondents, an amount) and keeps the others, while "
                    + "the case is RECEIVED, INVESTIGATING or SUSPENDED (otherwise 422); the thresholds for a transfer to the police are "
                    + "judged again on the new figures. For officers and heads of the case's own region. Audited with the reason, and records "
                    + "ipcase.case.amended.v1.")
    @APIResponse(responseCode = "200", description = "The case as corrected",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "amounts corrected", value = CaseExamples.AMENDED)))
    @APIResponse(responseCode = "422", description = "The case's facts are settled (facts-settled), or the Idempotency-Key was sent before "
            + "with another request")
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseAmendment.class),
                    examples = @ExampleObject(name = "amounts found", value = """
                            {"reason": "调取销售台账，查明经营额和违法所得", "amountInvolved": 52000.00, "illegalGain": 8000.00}""")))
            @NotNull @Valid CaseAmendment amendment) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.amend(c, amendment, actor()));
    }

    @POST
    @Idempotent
    @Path("{id}/extension-request")
    @Transactional
    @RolesAllowed("officer")
    @Operation(summary = "Ask the head to extend the lead check or the closing deadline",
            description = "Records the officer's request, with its reason, for the head to decide: on a penalty case not yet filed, to extend "
                    + "the lead check (once); on an open, filed case, to extend the closing deadline (past the head's extensions, a penalty "
                    + "case's further extension is for the heads' collective discussion; a ruling has none). For officers of the case's own "
                    + "region (a head does not ask for their own approval); one request waits at a time. Audited, and records "
                    + "ipcase.case.extension-requested.v1.")
    @APIResponse(responseCode = "200", description = "The case with the request waiting",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "requested", value = CaseExamples.EXTENSION_REQUESTED)))
    @APIResponse(responseCode = "409", description = "A request already waits for the head's decision")
    @APIResponse(responseCode = "422", description = "No extension is left or the case is not open (the problem names the rule), or the "
            + "Idempotency-Key was sent before with another request")
    public Response requestExtension(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtensionRequest.class),
                    examples = @ExampleObject(name = "more time", value = """
                            {"reason": "需赴外省调取销售记录"}"""))) @NotNull @Valid ExtensionRequest request) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.requestExtension(c, request.reason(), actor()));
    }

    @POST
    @Idempotent
    @Path("{id}/extension-decision")
    @Transactional
    @RolesAllowed("head")
    @Operation(summary = "Approve or reject the pending extension request",
            description = "The head of the case's own region decides on the waiting request: approved, the lead check or the closing "
                    + "deadline is extended by the track's term; past the head's extensions the head records the heads' collective "
                    + "discussion's decision with the days it set (days, required then and refused otherwise). Heads only. Audited, and "
                    + "records ipcase.case.deadline-extended.v1 or ipcase.case.extension-rejected.v1.")
    @APIResponse(responseCode = "200", description = "The case after the decision",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "extended", value = CaseExamples.EXTENDED)))
    @APIResponse(responseCode = "422", description = "No extension was requested or the case is not open (the problem names the rule), or "
            + "the Idempotency-Key was sent before with another request")
    public Response decideExtension(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtensionDecision.class),
                    examples = {
                            @ExampleObject(name = "approved", value = """
                                    {"approved": true, "reason": "同意延长办案期限"}"""),
                            @ExampleObject(name = "collective decision", summary = "past the head's extensions", value = """
                                    {"approved": true, "reason": "经集体讨论决定延长", "days": 30}""") }))
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
    @Operation(summary = "Share the case with another region for joint handling",
            description = "Adds the region to those the case is shared with: their officers can read the case and register its evidence, "
                    + "while deciding stays with the case's own region. Sharing with the own region or again changes nothing. For officers "
                    + "and heads of the case's own region. Audited, and records ipcase.case.shared.v1.")
    @APIResponse(responseCode = "200", description = "The case with the region among those it is shared with",
            headers = @Header(name = "ETag", description = "The case's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "shared", value = CaseExamples.SHARED)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent before with another request")
    public Response share(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ShareRequest.class),
                    examples = @ExampleObject(name = "Ganzhou", value = """
                            {"region": "360700"}"""))) @NotNull @Valid ShareRequest request) {
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
    @Operation(summary = "Hand the case over to the authority of another region (移送管辖)",
            description = "The head of the case's own region hands the case over, with the reason, before a decision is issued (RECEIVED, "
                    + "INVESTIGATING or SUSPENDED; otherwise 422): the case becomes the other region's. Heads only. Audited, and records "
                    + "ipcase.case.jurisdiction-transferred.v1.")
    @APIResponse(responseCode = "200", description = "The case, now the other region's",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "handed over", value = CaseExamples.HANDED_OVER)))
    @APIResponse(responseCode = "422", description = "The case is past its decision (not-transferable), or the Idempotency-Key was sent "
            + "before with another request")
    public Response transferJurisdiction(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JurisdictionTransfer.class), examples = @ExampleObject(name = "to Ganzhou", value = """
                            {"region": "360700", "reason": "违法行为发生地在赣州市，依法移送赣州市市场监督管理局"}""")))
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
    @Operation(summary = "Record the notice of the intended penalty served on the party (行政处罚告知)",
            description = "For an ordinary-procedure penalty case INVESTIGATING or REVIEW_APPROVED: records the day the notice reached the "
                    + "party (servedOn, default today), from which its periods to state its case (3 working days) and to ask for a hearing "
                    + "(5 working days) run, unless it waived both in writing (partyWaived); the decision is issued after them, and a new "
                    + "notice replaces the last. For officers and heads of the case's own region. Audited, and records "
                    + "ipcase.case.penalty-notified.v1.")
    @APIResponse(responseCode = "200", description = "The case with the notice and the party's periods",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "notice served", value = CaseExamples.NOTICE_SERVED)))
    @APIResponse(responseCode = "409", description = "The case's state does not allow a notice (the investigation is not done, or the "
            + "decision is issued); the problem lists the actions allowed now")
    @APIResponse(responseCode = "422", description = "No notice applies to this case (notice-not-applicable: a ruling or a simplified "
            + "procedure), or the Idempotency-Key was sent before with another request")
    public Response notifyIntendedPenalty(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PenaltyNotice.class),
                    examples = {
                            @ExampleObject(name = "served", value = """
                                    {"servedOn": "2026-04-13"}"""),
                            @ExampleObject(name = "waived", summary = "the party waived statement and hearing in writing", value = """
                                    {"servedOn": "2026-04-13", "partyWaived": true}""") }))
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
    @Operation(summary = "Credit repair (信用修复): take the published decision down before its display period ends",
            description = "The head of the case's own region takes the case's published penalty decision off public display early, with the "
                    + "reason, once every respondent performed it and its band's shortest display is over (moderate 3 months, serious 1 year; "
                    + "a minor one is never taken down early); otherwise 422. Heads only. Audited, and records "
                    + "ipcase.case.publication-withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "The case with its publication withdrawn",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "taken down", value = CaseExamples.CREDIT_REPAIRED)))
    @APIResponse(responseCode = "422", description = "The decision is not on display, not performed by every respondent, or within its "
            + "shortest display (the problem names the rule), or the Idempotency-Key was sent before with another request")
    public Response repairPublication(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditRepair.class),
                    examples = @ExampleObject(name = "repaired", value = """
                            {"reason": "当事人已履行处罚决定并完成整改"}"""))) @NotNull @Valid CreditRepair repair) {
        InfringementCase c = changeable(id, ifMatch);
        return withVersion(Response.ok(), cases.repairPublication(c, repair.reason(), actor()));
    }

    @POST
    @Idempotent
    @Path("{id}/evidence")
    @Transactional
    @RolesAllowed({ "officer", "head" })
    @Operation(summary = "Register an item of evidence (its file's SHA-256)",
            description = "Adds an entry to the case's evidence register: what it is, its kind, when it was obtained and the SHA-256 of its "
                    + "file kept in the evidence store. For officers and heads of the case's region or of a region it is shared with, until "
                    + "the case has ended. Audited (the case's version moves, so If-Match covers the register); no event.")
    @APIResponse(responseCode = "201", description = "The evidence as registered",
            headers = @Header(name = "Location", description = "The entry's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceItem.class),
                    examples = @ExampleObject(name = "registered", value = CaseExamples.EVIDENCE)))
    @APIResponse(responseCode = "409", description = "The case has ended")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent before with another request")
    public Response registerEvidence(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceRegistration.class), examples = @ExampleObject(name = "photos", value = """
                            {"description": "现场检查拍摄的涉案茶叶包装照片12张", "kind": "AUDIO_VISUAL", "obtainedAt": "2026-03-05T10:00:00+08:00",
                             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")))
            @NotNull @Valid EvidenceRegistration registration) {
        InfringementCase c = changeable(id, ifMatch);
        EvidenceItem item = cases.registerEvidence(c, registration, actor());
        return Response.created(URI.create("/api/v1/cases/" + id + "/evidence/" + item.id)).entity(item).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "The evidence register of a case",
            description = "Every item of evidence registered on the case, in the order registered, with who registered it and when. Visible "
                    + "as the case is: to its region and the regions above it, to the regions it is shared with, and to auditors and "
                    + "administrators without a region. For officers, heads, reviewers, auditors and administrators.")
    @APIResponse(responseCode = "200", description = "The case's evidence, in the order registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceItem.class),
            examples = @ExampleObject(name = "one item", value = "[" + CaseExamples.EVIDENCE + "]")))
    public List<EvidenceItem> evidence(@PathParam("id") UUID id) {
        visible(id);
        return EvidenceItem.ofCase(id);
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "One item of a case's evidence register (where registering it points)",
            description = "The entry as registered: what it is, its kind, when it was obtained, the SHA-256 of its file, who registered it "
                    + "and when. Visible as the case is. For officers, heads, reviewers, auditors and administrators.")
    @APIResponse(responseCode = "200", description = "The evidence entry", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceItem.class), examples = @ExampleObject(name = "registered", value = CaseExamples.EVIDENCE)))
    public EvidenceItem evidenceItem(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        visible(id);
        return EvidenceItem.<EvidenceItem> find("id = ?1 and caseId = ?2", evidenceId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId));
    }


    @GET
    @Path("{id}/audit")
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "The case's hash-chained audit trail, verified: intact=false names the first entry that does not fit",
            description = "Every step recorded on the case (执法全过程记录): who did what, in which role, from which state to which, why and "
                    + "with what input, each entry hashed over the one before; the chain is checked against the head the case keeps, and "
                    + "firstBrokenSeq names the first entry that does not fit. Visible as the case is. For officers, heads, reviewers, "
                    + "auditors and administrators.")
    @APIResponse(responseCode = "200", description = "The trail and its check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseAuditTrail.class), examples = @ExampleObject(name = "intact", value = CaseExamples.AUDIT)))
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
