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
@Tag(name = "Credit checks")
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
    @Operation(summary = "Is this subject (USCC or resident ID) on the dishonesty list, and on what grounds")
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
    @Operation(summary = "Check up to 1,000 subjects at once (procurement, bidding, awards); answers in the order asked")
    public Response checkAll(@NotNull @Valid BulkCheck request) {
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


    @GET
    @Path("public/blacklist")
    @PermitAll
    @Operation(summary = "Search the active dishonesty listings (anyone): by organisation name or USCC; individuals are masked")
    public Response search(@QueryParam("q") @Size(max = 100) String q, @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return search.record(() -> {
            String where = "l.state in :active" + (q == null || q.isBlank() ? ""
                    // individuals are found by their full ID number only, never by name
                    : " and ((l.subjectKind = :organisation and l.subjectName like :like) or l.subjectId = :q)");
            var query = entityManager.createQuery("select " + PROJECTION + " from Listing l where " + where
                    + " order by l.listedOn desc, l.id", ActiveListing.class).setParameter("active", ACTIVE);
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
