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
@Tag(name = "Mediations", description = "Mediation of IP disputes, referred from a case or taken in by an organisation: offered to "
        + "mediators, held in sessions, ending in an agreement (then judicial confirmation, performance, enforcement) or without one")
@SecurityRequirement(name = "jwt")
public class MediationResource {

    static final int MAX_PAGE = 10_000;

    /** the shape of {@code Page<MediationView>}, named for the OpenAPI document */
    @Schema(name = "MediationPage", description = "One page of mediations")
    public record MediationPage(List<MediationView> items, long total, int page, int size) {
    }

    /** the shape of {@code AuditTrail<MediationAuditEntry>}, named for the OpenAPI document */
    @Schema(name = "MediationAuditTrailView", description = "A mediation's audit trail with the check of its hash chain")
    public record MediationTrail(UUID id, boolean intact, Integer firstBrokenSeq, List<MediationAuditEntry> entries) {
    }

    /** mediations as the API shows them, for the examples */
    interface Examples {
        String ORGANISATION = """
                {"id": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30", "name": "九江市知识产权纠纷人民调解委员会", "kind": "PEOPLES"}""";
        String IP_RIGHT = """
                {"kind": "PATENT_UTILITY_MODEL", "number": "ZL202320123456.7", "title": "一种便携式电动打磨装置", "holder": "福建闽科实业有限公司"}""";
        String PARTIES = """
                "complainants": [{"kind": "ORGANISATION", "name": "福建闽科实业有限公司", "uscc": "91350100M000100Y43", "eServiceConsent": false,
                                  "phone": "0591-87654321", "role": "COMPLAINANT"}],
                "respondents": [{"kind": "INDIVIDUAL", "name": "王建国", "idNumber": "11010519491231002X", "eServiceConsent": false,
                                 "address": "江西省九江市濂溪区十里大道 205 号", "phone": "13907920123", "role": "RESPONDENT"}]""";
        /** taken in by the organisation itself, just registered */
        String REQUESTED = """
                {"id": "9e4b2d6a-1c3f-4a8e-b5d7-6f0a2c4e8b19", "version": 0, "kind": "PEOPLES", "state": "REQUESTED", "stateLabel": "待选派调解员",
                 "region": "360402", "ipRight": """ + IP_RIGHT + """
                , "summary": "申请人认为被申请人销售的打磨机侵犯其实用新型专利权，双方同意调解", """ + PARTIES + """
                , "organisation": """ + ORGANISATION + """
                , "openedOn": "2026-03-02", "dueOn": "2026-04-02", "extended": false,
                 "offers": [{"mediatorId": "mediator-chen", "rank": 1, "status": "OFFERED"},
                            {"mediatorId": "mediator-liu", "rank": 2, "status": "OFFERED"}],
                 "allowedActions": ["accept", "decline", "assign", "request-mediator", "withdraw"]}""";
        /** referred from a case, accepted by a mediator, a session scheduled */
        String IN_PROGRESS = """
                {"id": "7a3f1c2e-9b4d-4e8a-b6c1-2d5e8f0a9c14", "version": 2, "caseId": "3d6f8a2b-5c4e-4f1a-9b7d-0e2c4a6f8b13",
                 "caseNumber": "浔市监知裁〔2026〕12号", "kind": "PEOPLES", "state": "IN_PROGRESS", "stateLabel": "调解中", "region": "360402",
                 "ipRight": """ + IP_RIGHT + """
                , "summary": "请求人请求处理被请求人销售侵犯其实用新型专利权的打磨机的行为", """ + PARTIES + """
                , "organisation": """ + ORGANISATION + """
                , "mediator": {"id": "mediator-chen", "name": "陈敏"}, "openedOn": "2026-03-02", "dueOn": "2026-04-02", "extended": false,
                 "assignedOn": "2026-03-03",
                 "offers": [{"mediatorId": "mediator-chen", "rank": 1, "status": "ACCEPTED"},
                            {"mediatorId": "mediator-liu", "rank": 2, "status": "CLOSED"}],
                 "allowedActions": ["object-to-mediator", "schedule-session", "record-session", "extend", "reach-agreement", "fail", "withdraw"]}""";
        /** the trail of the mediation in progress: its opening (referred from the case) and the mediator's acceptance */
        String AUDIT = """
                {"id": "7a3f1c2e-9b4d-4e8a-b6c1-2d5e8f0a9c14", "intact": true, "entries": [
                 {"seq": 1, "at": "2026-03-02T01:30:00.412Z", "actor": "system:case-service", "role": "system", "action": "open",
                  "afterState": "REQUESTED", "reason": "请求人请求处理被请求人销售侵犯其实用新型专利权的打磨机的行为",
                  "details": "{\\"caseId\\":\\"3d6f8a2b-5c4e-4f1a-9b7d-0e2c4a6f8b13\\",\\"caseNumber\\":\\"浔市监知裁〔2026〕12号\\",\
                \\"kind\\":\\"ADMINISTRATIVE\\",\\"organisation\\":null,\\"region\\":\\"360402\\",\
                \\"ipRight\\":{\\"kind\\":\\"PATENT_UTILITY_MODEL\\",\\"number\\":\\"ZL202320123456.7\\",\\"title\\":\\"一种便携式电动打磨装置\\",\
                \\"holder\\":\\"福建闽科实业有限公司\\"},\\"complainants\\":[{\\"kind\\":\\"ORGANISATION\\",\\"name\\":\\"福建闽科实业有限公司\\",\
                \\"uscc\\":\\"91350100M000100Y43\\",\\"idNumber\\":null,\\"idType\\":null,\\"nationality\\":null,\\"address\\":null,\
                \\"phone\\":\\"0591-87654321\\",\\"email\\":null,\\"eServiceConsent\\":null,\\"legalRepresentative\\":null}],\
                \\"respondents\\":[{\\"kind\\":\\"INDIVIDUAL\\",\\"name\\":\\"王建国\\",\\"uscc\\":null,\
                \\"idNumber\\":\\"11010519491231002X\\",\\"idType\\":null,\\"nationality\\":null,\\"address\\":\\"江西省九江市濂溪区十里大道 205 号\\",\
                \\"phone\\":\\"13907920123\\",\\"email\\":null,\\"eServiceConsent\\":null,\\"legalRepresentative\\":null}],\
                \\"summary\\":\\"请求人请求处理被请求人销售侵犯其实用新型专利权的打磨机的行为\\"}",
                  "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                  "hash": "4f2a9c1e7b3d5f608a1c2e4b6d8f0a3c5e7b9d1f2a4c6e8b0d2f4a6c8e0b2d4f", "mediationId": "7a3f1c2e-9b4d-4e8a-b6c1-2d5e8f0a9c14"},
                 {"seq": 2, "at": "2026-03-03T02:10:00.118Z", "actor": "mediator-chen", "role": "mediator", "action": "accept",
                  "beforeState": "REQUESTED", "afterState": "ASSIGNED",
                  "details": "{\\"reason\\":null,\\"mediatorId\\":null,\\"session\\":null,\\"sessionSeq\\":null,\\"heldAt\\":null,\
                \\"attendees\\":null,\\"minutes\\":null,\\"partiesConsent\\":null,\\"agreement\\":null,\\"court\\":null,\
                \\"jointApplication\\":null,\\"courtCaseNumber\\":null,\\"on\\":null}",
                  "prevHash": "4f2a9c1e7b3d5f608a1c2e4b6d8f0a3c5e7b9d1f2a4c6e8b0d2f4a6c8e0b2d4f",
                  "hash": "b81d3e5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b",
                  "mediationId": "7a3f1c2e-9b4d-4e8a-b6c1-2d5e8f0a9c14"}]}""";
    }

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
    @Operation(summary = "Take in a dispute directly (pre-suit or people's mediation, no case): state REQUESTED, offered to the "
            + "organisation's best-suited mediators",
            description = "An administrator of the organisation named registers a dispute it takes in itself, with no case behind it; the "
                    + "region must lie in the area the organisation serves, and each party's identifier is checked. The mediation opens "
                    + "in REQUESTED with the organisation's kind and time limit, is offered to its best-suited active mediators (up to "
                    + "ipcase.mediation.suggestions, 3), and ipcase.mediation.opened.v1 is recorded with the first entry of its audit "
                    + "trail. Organisation administrators only.")
    @APIResponse(responseCode = "201", description = "The mediation as registered, with the offers made",
            headers = {
                    @Header(name = "Location", description = "The new mediation's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The mediation's version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediationView.class),
                    examples = @ExampleObject(name = "registered", value = Examples.REQUESTED)))
    @APIResponse(responseCode = "422", description = "The region lies outside the organisation's service area (outside-service-area), "
            + "or the Idempotency-Key was used before with another request")
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediationRegistration.class), examples = @ExampleObject(name = "a patent dispute", value = """
                    {"organisationId": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30", "region": "360402",
                     "ipRight": {"kind": "PATENT_UTILITY_MODEL", "number": "ZL202320123456.7", "title": "一种便携式电动打磨装置", "holder": "福建闽科实业有限公司"},
                     "complainants": [{"kind": "ORGANISATION", "name": "福建闽科实业有限公司", "uscc": "91350100M000100Y43", "phone": "0591-87654321"}],
                     "respondents": [{"kind": "INDIVIDUAL", "name": "王建国", "idNumber": "11010519491231002X",
                                      "address": "江西省九江市濂溪区十里大道 205 号", "phone": "13907920123"}],
                     "summary": "申请人认为被申请人销售的打磨机侵犯其实用新型专利权，双方同意调解"}"""))) @NotNull @Valid MediationRegistration registration) {
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


    /**
     * NEWEST opened first (the default), OLDEST first, or DUE: the mediations still being mediated (REQUESTED, ASSIGNED,
     * IN_PROGRESS) by the end of their time limit ({@code dueOn}), the nearest first, then the others, whose time limit no longer
     * runs, newest first. Each order ends on the id, so that pages neither overlap nor skip.
     */
    public enum Sort {
        NEWEST, OLDEST, DUE
    }

    @GET
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "Mediations you may see (offered to or assigned to you, of your organisation, or in your region), newest first",
            description = "A page of mediations, filtered by state and by the case they came from, newest first (sort=OLDEST: the oldest "
                    + "first; sort=DUE: those still being mediated first, the nearest end of the time limit first). Auditors and "
                    + "administrators see all; courts those in their region; officers and heads those referred from a case in their "
                    + "region; mediators those offered or assigned to them; organisation administrators their organisations' (and those "
                    + "no organisation has taken yet in the area they serve). Reads only.")
    @APIResponse(responseCode = "200", description = "One page of mediations, newest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediationPage.class),
            examples = @ExampleObject(name = "one in progress", value = "{\"items\": [" + Examples.IN_PROGRESS
                    + "], \"total\": 1, \"page\": 0, \"size\": 20}")))
    public Page<MediationView> list(@QueryParam("state") String stateName, @QueryParam("caseId") UUID caseId,
            @Parameter(description = "NEWEST (the default): the newest first; OLDEST: the oldest first; DUE: those still being mediated "
                    + "(REQUESTED, ASSIGNED, IN_PROGRESS) by the end of their time limit (dueOn), the nearest first, then the others newest "
                    + "first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "OLDEST", "DUE" }))
            @QueryParam("sort") String sortName,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        MediationState state = QueryValues.enumValue("state", stateName, MediationState.class);
        Sort sort = QueryValues.enumValue("sort", sortName, Sort.class);
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
        String order = switch (sort == null ? Sort.NEWEST : sort) {
            case NEWEST -> " order by m.createdAt desc, m.id";
            case OLDEST -> " order by m.createdAt, m.id";
            case DUE -> " order by case when m.state in (io.ipcase.mediation.domain.MediationState.REQUESTED,"
                    + " io.ipcase.mediation.domain.MediationState.ASSIGNED, io.ipcase.mediation.domain.MediationState.IN_PROGRESS)"
                    + " then m.dueOn else null end nulls last, m.createdAt desc, m.id";
        };
        var query = Mediation.find("select m from Mediation m left join m.mediator md left join m.organisation o where " + where + order,
                params);
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
    @Operation(summary = "One mediation with the actions its state allows; ETag carries its version for If-Match",
            description = "The mediation with its parties, organisation, mediator and offers, its time limit, agreement, judicial "
                    + "confirmation, performance and enforcement so far, and allowedActions: the actions its state allows now. For "
                    + "those who may see it as in the list (403 otherwise). Reads only.")
    @APIResponse(responseCode = "200", description = "The mediation",
            headers = @Header(name = "ETag", description = "The mediation's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediationView.class),
                    examples = @ExampleObject(name = "in progress", value = Examples.IN_PROGRESS)))
    public Response get(@PathParam("id") UUID id) {
        return withVersion(Response.ok(), visible(id));
    }

    @GET
    @Path("{id}/suggestions")
    @RolesAllowed({ "organisation-admin", "admin" })
    @Operation(summary = "The mediators who would be asked next, best first (suited IP kind, serving the region, most local, lightest load)",
            description = "Ranks the active mediators (of the mediation's organisation when it has one) who mediate its kind of IP right "
                    + "and serve its region, leaving out those asked now, those who declined and one a party objected to; up to "
                    + "ipcase.mediation.suggestions. For the administrators of the organisation that may see the mediation, and "
                    + "system administrators. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The mediators, best first (empty when none fits)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MediatorSuggestion.class),
            examples = @ExampleObject(name = "two", value = """
                    [{"id": "mediator-chen", "name": "陈敏", "organisationId": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30",
                      "organisationName": "九江市知识产权纠纷人民调解委员会", "organisationRegion": "360400"},
                     {"id": "mediator-liu", "name": "刘洋", "organisationId": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30",
                      "organisationName": "九江市知识产权纠纷人民调解委员会", "organisationRegion": "360400"}]""")))
    public List<MediatorSuggestion> suggestions(@PathParam("id") UUID id) {
        return mediations.suggestions(visible(id)).stream().map(MediatorSuggestion::of).toList();
    }

    public record MediatorSuggestion(String id, String name, UUID organisationId, String organisationName, String organisationRegion) {
        static MediatorSuggestion of(Mediator m) {
            return new MediatorSuggestion(m.id, m.name, m.organisation.id, m.organisation.name, m.organisation.region);
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
            + "409 lists the actions allowed now.",
            description = "Takes the step the path names if the mediation's state allows it (409 lists the actions allowed otherwise) "
                    + "and the caller may: an offered mediator accepts or declines; its organisation's administrator assigns a mediator "
                    + "or records the parties' choice (request-mediator); the assigned mediator runs the mediation (object-to-mediator "
                    + "and withdraw also the organisation's administrator); the court of the region records confirmation and "
                    + "enforcement, and performance once confirmed. The body carries what the action needs (see MediationCommand); "
                    + "a rule that refuses (an agreement not signed by every party, a second extension, the confirmation window passed) "
                    + "is a 422. The step is appended to the audit trail and, except for decline, request-mediator and "
                    + "extend-confirmation, records its event ipcase.mediation.<name>.v1 (e.g. mediator-assigned, session-held, "
                    + "agreement-reached, failed, confirmed, agreement-performed).")
    @APIResponse(responseCode = "200", description = "The mediation after the step",
            headers = @Header(name = "ETag", description = "The mediation's new version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediationView.class),
                    examples = @ExampleObject(name = "a session scheduled", value = Examples.IN_PROGRESS)))
    @APIResponse(responseCode = "409", description = "The mediation's state does not allow this action; the problem lists the actions allowed now")
    @APIResponse(responseCode = "422", description = "A mediation rule refuses the step (the problem names it), or the Idempotency-Key was used "
            + "before with another request")
    public Response act(@PathParam("id") UUID id,
            @Parameter(description = "The action, e.g. accept, assign, schedule-session, reach-agreement; an unknown one is a 404")
            @PathParam("action") String actionPath,
            @Parameter(description = "the version from the ETag; a stale one gets 412") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediationCommand.class), examples = {
                            @ExampleObject(name = "accept, decline, confirm, record-performance", value = "{}"),
                            @ExampleObject(name = "assign", value = """
                                    {"mediatorId": "mediator-chen"}"""),
                            @ExampleObject(name = "schedule-session", value = """
                                    {"session": {"scheduledAt": "2026-03-10T09:30:00+08:00", "mode": "ON_SITE", "place": "第一调解室"}}"""),
                            @ExampleObject(name = "record-session", value = """
                                    {"sessionSeq": 1, "heldAt": "2026-03-10T11:00:00+08:00", "attendees": "福建闽科实业有限公司（委托代理人张丽）、王建国",
                                     "minutes": "双方就赔偿数额达成一致"}"""),
                            @ExampleObject(name = "extend", value = """
                                    {"partiesConsent": true}"""),
                            @ExampleObject(name = "reach-agreement", value = """
                                    {"agreement": {"facts": "被申请人销售侵犯申请人实用新型专利权的打磨机", "disputedPoints": "赔偿数额",
                                     "responsibility": "被申请人停止销售并赔偿",
                                     "terms": [{"obligor": "王建国", "obligation": "赔偿经济损失", "manner": "银行转账", "place": "申请人账户",
                                                "deadline": "2026-03-31", "amount": 20000.00}],
                                     "signatures": [{"signer": "福建闽科实业有限公司", "role": "COMPLAINANT", "signedOn": "2026-03-10"},
                                                    {"signer": "王建国", "role": "RESPONDENT", "signedOn": "2026-03-10"},
                                                    {"signer": "陈敏", "role": "MEDIATOR", "signedOn": "2026-03-10"}]}}"""),
                            @ExampleObject(name = "fail, withdraw", value = """
                                    {"reason": "双方分歧过大"}"""),
                            @ExampleObject(name = "request-confirmation", value = """
                                    {"court": "九江市濂溪区人民法院", "jointApplication": true}"""),
                            @ExampleObject(name = "accept-confirmation", value = """
                                    {"courtCaseNumber": "(2026)赣0402民特15号"}""") })) @Valid MediationCommand command) {
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
    @Operation(summary = "The sessions of a mediation, with their minutes once held",
            description = "Every session scheduled, in order: when, online or on site, where (the room or the link), and once held when "
                    + "it was held, who attended and the minutes. For those who may see the mediation. Reads only.")
    @APIResponse(responseCode = "200", description = "The sessions, first first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MediationSession.class),
            examples = @ExampleObject(name = "one held", value = """
                    [{"seq": 1, "scheduledAt": "2026-03-10T01:30:00Z", "mode": "ON_SITE", "place": "第一调解室", "heldAt": "2026-03-10T03:00:00Z",
                      "attendees": "福建闽科实业有限公司（委托代理人张丽）、王建国", "minutes": "双方就赔偿数额达成一致"}]""")))
    public List<MediationSession> sessions(@PathParam("id") UUID id) {
        visible(id);
        return MediationSession.ofMediation(id);
    }


    @GET
    @Path("{id}/audit")
    @RolesAllowed({ "mediator", "court", "officer", "head", "organisation-admin", "auditor", "admin" })
    @Operation(summary = "The mediation's hash-chained audit trail, verified: intact=false names the first entry that does not fit",
            description = "Every step taken on the mediation, oldest first: who (user id and acting role), which action, the state before "
                    + "and after, the reason and the request's details, each entry's hash covering the one before. The chain is checked "
                    + "against the head the mediation keeps. For those who may see the mediation. Reads only.")
    @APIResponse(responseCode = "200", description = "The trail and its check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediationTrail.class), examples = @ExampleObject(name = "intact", value = Examples.AUDIT)))
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
