package io.ipcase.credit.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
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

import io.ipcase.kit.rest.Page;
import io.ipcase.kit.rest.Idempotent;
import io.ipcase.credit.config.CreditPolicy;
import io.ipcase.credit.service.ActiveListing;
import io.ipcase.credit.service.ActiveListingIndex;
import io.ipcase.credit.domain.ListingRule;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.identifiers.ResidentId;
import io.ipcase.kit.privacy.PersonalDataMask;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.problem.Problem;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Credit checks for joint punishment (联合惩戒): is this subject listed? Read far more often than
 * listings change, so each answer comes from the index of the listings in force each replica holds
 * (ActiveListingIndex: its own changes seen at commit, another replica's within a second), with a
 * short cache lifetime for the callers' caches.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit checks", description = "Whether subjects are on the dishonesty list now, for joint punishment (联合惩戒): checks for "
        + "the authorities one by one or a thousand at once, and the public search of the listings in force")
public class CreditCheckResource {

    static final int MAX_BULK = 1000;
    private static final CacheControl CHECK_CACHE = CacheControl.valueOf("private, max-age=10");
    private static final CacheControl PUBLIC_CACHE = CacheControl.valueOf("public, max-age=60");

    /**
     * @param representativeOf the listings in force of organisations whose legal representative this subject is, under the
     *                         rules that reach the legal representative (not a listing of the person: {@code listed} says that)
     */
    public record SubjectStatus(String subjectId, boolean listed, List<ActiveListing> listings, List<ActiveListing> representativeOf) {
    }

    public record BulkCheck(@NotNull @NotEmpty @Size(max = MAX_BULK) List<@NotNull String> subjectIds) {
    }

    public record BulkResult(int checked, int listed, List<SubjectStatus> results) {
    }

    /** the answers the examples show */
    interface Examples {
        /** an organisation listed for an intentional infringement with a heavy fine */
        String LISTED = """
                {"subjectId": "91350100M000100Y43", "listed": true,
                 "listings": [{"listingId": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e", "subjectId": "91350100M000100Y43", "subjectKind": "ORGANISATION",
                               "subjectName": "福建闽科实业有限公司", "rule": "INTENTIONAL_HEAVY", "reason": "故意侵权并被处以罚款 150000.00 元（浔市监知罚决〔2026〕7号）",
                               "legalBasis": "《市场监督管理严重违法失信名单管理办法》（市场监管总局令第44号）：故意侵犯知识产权，受到较重行政处罚",
                               "authority": "九江市市场监督管理局", "decisionNumber": "九江市市场监督管理局信用决〔2026〕3号", "decisionDate": "2026-05-28",
                               "listedOn": "2026-05-28", "endsOn": "2029-05-28"}],
                 "representativeOf": []}""";
        /** the organisation's legal representative: not listed, but the representative of a listed organisation */
        String REPRESENTATIVE = """
                {"subjectId": "360402198003120415", "listed": false, "listings": [],
                 "representativeOf": [{"listingId": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e", "subjectId": "91350100M000100Y43",
                                       "subjectKind": "ORGANISATION", "subjectName": "福建闽科实业有限公司", "rule": "INTENTIONAL_HEAVY",
                                       "reason": "故意侵权并被处以罚款 150000.00 元（浔市监知罚决〔2026〕7号）",
                                       "legalBasis": "《市场监督管理严重违法失信名单管理办法》（市场监管总局令第44号）：故意侵犯知识产权，受到较重行政处罚",
                                       "authority": "九江市市场监督管理局", "decisionNumber": "九江市市场监督管理局信用决〔2026〕3号",
                                       "decisionDate": "2026-05-28", "listedOn": "2026-05-28", "endsOn": "2029-05-28"}]}""";
        String NOT_LISTED = """
                {"subjectId": "91360400MA3AB2C4DQ", "listed": false, "listings": [], "representativeOf": []}""";
    }

    private final EntityManager entityManager;
    private final Timer single;
    private final Timer bulk;
    private final Timer search;

    private final CreditPolicy policy;
    private final ActiveListingIndex activeListings;

    public CreditCheckResource(EntityManager entityManager, MeterRegistry metrics, CreditPolicy policy, ActiveListingIndex activeListings) {
        this.entityManager = entityManager;
        this.policy = policy;
        this.activeListings = activeListings;
        this.single = Timer.builder("ipcase.credit.check").tag("kind", "single").publishPercentiles(0.5, 0.99)
                .description("time to answer a credit check").register(metrics);
        this.bulk = Timer.builder("ipcase.credit.check").tag("kind", "bulk").publishPercentiles(0.5, 0.99)
                .description("time to answer a credit check").register(metrics);
        this.search = Timer.builder("ipcase.credit.check").tag("kind", "public-search").publishPercentiles(0.5, 0.99)
                .description("time to answer a credit check").register(metrics);
    }

    @GET
    @Path("credit-checks/{subjectId}")
    @RolesAllowed({ "credit-platform", "credit-officer", "officer", "auditor", "admin" })
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Is this subject (USCC or resident ID) on the dishonesty list, and on what grounds",
            description = "Whether the subject (a USCC, a resident ID or permit number, or COUNTRY:number of a passport or foreign register) "
                    + "is on the dishonesty list now (listed or repair requested), with each listing in force: rule, grounds, legal basis, "
                    + "authority, decision and term; and, under representativeOf, the listings in force of organisations it is the legal "
                    + "representative of under the rules that reach the representative. For the credit platform, credit officers, "
                    + "officers, auditors and administrators, nationwide; changes nothing. Answered from each replica's index of the "
                    + "listings in force (another replica's change within a second), cacheable privately for 10 seconds.")
    @APIResponse(responseCode = "200", description = "The subject's place on the list",
            headers = @Header(name = "Cache-Control", description = "private, max-age=10", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectStatus.class),
                    examples = { @ExampleObject(name = "listed", value = Examples.LISTED),
                            @ExampleObject(name = "legal representative of a listed organisation", value = Examples.REPRESENTATIVE),
                            @ExampleObject(name = "not listed", value = Examples.NOT_LISTED) }))
    @APIResponse(responseCode = "400", description = "subjectId is not a subject identity (a USCC, resident ID or permit number, or "
            + "COUNTRY:number)")
    public Response check(@PathParam("subjectId") String subjectId) {
        return single.record(() -> {
            if (!isSubjectId(subjectId)) {
                throw ProblemException.badRequest("subjectId", SUBJECT_ID_MESSAGE);
            }
            return Response.ok(statuses(List.of(subjectId)).get(0)).cacheControl(CHECK_CACHE).build();
        });
    }

    @POST
    @Idempotent
    @Path("credit-checks")
    @RolesAllowed({ "credit-platform", "credit-officer", "officer", "auditor", "admin" })
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Check up to 1,000 subjects at once (procurement, bidding, awards); answers in the order asked",
            description = "The single check's answer for each of 1 to 1,000 subject identities, in the order given, with how many were "
                    + "checked and how many are listed; POST only to carry the list, it changes nothing. For the credit platform, credit "
                    + "officers, officers, auditors and administrators, nationwide. An entry that is no subject identity is a 400 naming "
                    + "its place (subjectIds[i]); the answer is cacheable privately for 10 seconds.")
    @APIResponse(responseCode = "200", description = "Each subject's place on the list, in the order asked",
            headers = @Header(name = "Cache-Control", description = "private, max-age=10", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class),
                    examples = @ExampleObject(name = "one listed of three",
                            value = "{\"checked\": 3, \"listed\": 1, \"results\": [" + Examples.LISTED + ", " + Examples.REPRESENTATIVE + ", "
                                    + Examples.NOT_LISTED + "]}")))
    @APIResponse(responseCode = "400", description = "subjectIds missing, empty or over 1,000 long, or an entry that is no subject identity "
            + "(errors names each, e.g. subjectIds[3])")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    public Response checkAll(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkCheck.class), examples = @ExampleObject(name = "three subjects", value = """
                    {"subjectIds": ["91350100M000100Y43", "360402198003120415", "91360400MA3AB2C4DQ"]}"""))) @NotNull @Valid BulkCheck request) {
        return bulk.record(() -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < request.subjectIds().size(); i++) {
                if (!isSubjectId(request.subjectIds().get(i))) {
                    errors.add(new Problem.FieldError("subjectIds[" + i + "]", SUBJECT_ID_MESSAGE));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest(errors);
            }
            List<SubjectStatus> results = statuses(request.subjectIds());
            int listed = (int) results.stream().filter(SubjectStatus::listed).count();
            return Response.ok(new BulkResult(results.size(), listed, results)).cacheControl(CHECK_CACHE).build();
        });
    }

    /** A listing on the public search: organisations as they are, individuals masked. */
    public record PublicListing(String subjectName, String subjectId, String subjectKind, String reason, String legalBasis, String authority,
            String decisionNumber, LocalDate decisionDate, LocalDate listedOn, LocalDate endsOn) {
        static PublicListing of(ActiveListing l) {
            boolean individual = l.subjectKind() == PartyKind.INDIVIDUAL;
            // the reason is staff's text: the subject's own data and anything that looks personal are masked in it too
            PersonalDataMask mask = individual
                    ? PersonalDataMask.of(List.of(new PersonalDataMask.Individual(l.subjectName(), l.subjectId(), null, null, null)))
                    : PersonalDataMask.PATTERNS_ONLY;
            return new PublicListing(individual ? ResidentId.maskName(l.subjectName()) : l.subjectName(),
                    individual ? IdentityDocument.maskSubject(l.subjectId()) : l.subjectId(), l.subjectKind().name(), mask.apply(l.reason()), l.legalBasis(),
                    l.authority(),
                    l.decisionNumber(), l.decisionDate(), l.listedOn(), l.endsOn());
        }
    }

    /** a page of the public search as {@link #search} answers it (for the API document: {@link Page} of {@link PublicListing}) */
    @Schema(name = "PagePublicListing", description = "One page of the public search: the items, how many there are in all, which page and its size")
    record PublicListingPage(List<PublicListing> items, long total, int page, int size) {
    }


    /** NEWEST listed first (the default), or OLDEST listed first; the listing's id breaks ties so that pages do not overlap */
    public enum BlacklistSort {
        NEWEST, OLDEST
    }

    @GET
    @Path("public/blacklist")
    @PermitAll
    @Operation(summary = "Search the active dishonesty listings (anyone): by organisation name or USCC; individuals are masked",
            description = "A page of the listings in force (listed or repair requested), the most recently listed first (sort=OLDEST: the "
                    + "earliest listed first), for anyone without signing in: q matches part of an organisation's name or a whole USCC; an "
                    + "individual is found only by the whole ID number, never by name, and is shown with name and number masked, as is "
                    + "anything personal in the reasons. Cacheable publicly for 60 seconds.")
    @APIResponse(responseCode = "200", description = "One page of the listings in force",
            headers = @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicListingPage.class),
                    examples = @ExampleObject(name = "an organisation and an individual", value = """
                            {"items": [{"subjectName": "福建闽科实业有限公司", "subjectId": "91350100M000100Y43", "subjectKind": "ORGANISATION",
                                        "reason": "故意侵权并被处以罚款 150000.00 元（浔市监知罚决〔2026〕7号）",
                                        "legalBasis": "《市场监督管理严重违法失信名单管理办法》（市场监管总局令第44号）：故意侵犯知识产权，受到较重行政处罚",
                                        "authority": "九江市市场监督管理局", "decisionNumber": "九江市市场监督管理局信用决〔2026〕3号",
                                        "decisionDate": "2026-05-28", "listedOn": "2026-05-28", "endsOn": "2029-05-28"},
                                       {"subjectName": "刘**", "subjectId": "360*************15", "subjectKind": "INDIVIDUAL",
                                        "reason": "拒不履行生效决定 浔市监知罚决〔2026〕5号：逾期未缴纳罚款",
                                        "legalBasis": "《知识产权信用管理规定》第六条：有履行能力但拒不履行、逃避执行行政处罚、行政裁决等决定",
                                        "authority": "九江市市场监督管理局", "decisionNumber": "九江市市场监督管理局信用决〔2026〕2号",
                                        "decisionDate": "2026-05-15", "listedOn": "2026-05-15", "endsOn": "2029-05-15"}],
                             "total": 2, "page": 0, "size": 20}""")))
    public Response search(@QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "NEWEST (the default): the most recently listed first; OLDEST: the earliest listed first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "OLDEST" }))
            @QueryParam("sort") String sortName,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String order = QueryValues.enumValue("sort", sortName, BlacklistSort.class) == BlacklistSort.OLDEST ? " order by l.listedOn, l.id"
                : " order by l.listedOn desc, l.id";
        return search.record(() -> {
            String where = "l.state in :active" + (q == null || q.isBlank() ? ""
                    // individuals are found by their full ID number only, never by name
                    : " and ((l.subjectKind = :organisation and l.subjectName like :like) or l.subjectId = :q)");
            var query = entityManager.createQuery("select " + PROJECTION + " from Listing l where " + where + order, ActiveListing.class)
                    .setParameter("active", ACTIVE);
            var count = entityManager.createQuery("select count(l) from Listing l where " + where, Long.class).setParameter("active", ACTIVE);
            if (q != null && !q.isBlank()) {
                String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                query.setParameter("like", like).setParameter("q", q.trim()).setParameter("organisation", PartyKind.ORGANISATION);
                count.setParameter("like", like).setParameter("q", q.trim()).setParameter("organisation", PartyKind.ORGANISATION);
            }
            List<PublicListing> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                    .map(PublicListing::of).toList();
            return Response.ok(new Page<>(items, count.getSingleResult(), page, size)).cacheControl(PUBLIC_CACHE).build();
        });
    }

    private static final List<ListingState> ACTIVE = List.of(ListingState.LISTED, ListingState.REPAIR_REQUESTED);
    /** the columns of {@link ActiveListing}, in its order: Hibernate builds the record from them */
    private static final String PROJECTION = "l.id, l.subjectId, l.subjectKind, l.subjectName, l.rule, l.reason, l.legalBasis, l.authority, "
            + "l.decisionNumber, l.decidedOn, l.listedOn, l.endsOn, l.legalRepSubjectId";

    /**
     * Each subject's answer, in the order asked, from one query over the listings in force: its own, and those of the
     * organisations it is the legal representative of under the rules that reach the representative.
     */
    private List<SubjectStatus> statuses(List<String> subjectIds) {
        Set<ListingRule> reachRepresentative = policy.legalRepresentativeRules();
        return subjectIds.stream().map(id -> {
            List<ActiveListing> listings = activeListings.of(id);
            List<ActiveListing> represented = activeListings.representedBy(id).stream().filter(l -> reachRepresentative.contains(l.rule())).toList();
            return new SubjectStatus(id, !listings.isEmpty(), listings, represented);
        }).toList();
    }

    /** what a subject identity is, for a value that is not one */
    public static final String SUBJECT_ID_MESSAGE =
            "is not a subject identity: a USCC, a resident ID or permit number, or COUNTRY:number of a passport or foreign register";

    static boolean isSubjectId(String id) {
        return IdentityDocument.isSubjectId(id);
    }
}
