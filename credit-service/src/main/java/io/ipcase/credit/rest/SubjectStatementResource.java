package io.ipcase.credit.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.credit.config.CreditPolicy;
import io.ipcase.credit.domain.ListingAction;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.service.ListingCommand;
import io.ipcase.credit.service.ListingService;
import io.ipcase.credit.store.Listing;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.privacy.PersonalDataMask;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.time.IpcaseClock;

/**
 * The subject states its own case (陈述申辩) through the one-time link its notice carried (docs/domain.md, "The notice
 * and the objection window"): anyone holding the link sees what is proposed, on what grounds and until when, and may
 * file the statement once, while the window runs. The link's token is kept only as its SHA-256. Anonymous: the page
 * shows no name or identity number of the subject, and no token is logged.
 */
@Path("/api/v1/listings/statements/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Listings")
public class SubjectStatementResource {

    /** 32 random bytes, base64url without padding, as notification-service draws them */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final ListingService listings;
    private final CreditPolicy policy;
    private final IpcaseClock clock;

    public SubjectStatementResource(ListingService listings, CreditPolicy policy, IpcaseClock clock) {
        this.listings = listings;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * What the subject is told: the proposal's grounds, the deciding authority and the window — never its name or
     * identity number. {@code open}: a statement may be filed now.
     */
    public record ProposalForSubject(String authority, String rule, String reason, String legalBasis, LocalDate proposedOn,
            LocalDate noticeServedOn, LocalDate objectionDue, String howToObject, boolean open, LocalDate objectedOn, String objectionFiledBy) {

        static ProposalForSubject of(Listing l, String howToObject, LocalDate today) {
            // the reason is staff's text: the subject's own name and number, and anything shaped like personal data, masked
            PersonalDataMask mask = PersonalDataMask.of(List.of(new PersonalDataMask.Individual(l.subjectName, l.subjectId, null, null, null)));
            boolean open = l.state == ListingState.PROPOSED && l.objectionDue != null && !today.isAfter(l.objectionDue);
            return new ProposalForSubject(l.authority, l.rule.name(), mask.apply(l.reason), l.legalBasis, l.proposedOn, l.noticeServedOn,
                    l.objectionDue, howToObject, open, l.objectedOn, l.objectionFiledBy);
        }
    }

    /** the subject's statement against the proposal */
    public record SubjectStatement(@Size(max = 4000) String statement) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The proposal as its subject is told of it, by the one-time link of the notice (anyone holding the link; no personal data)")
    public Response show(@PathParam("token") String token) {
        Listing l = byToken(token);
        return Response.ok(ProposalForSubject.of(l, policy.howToObject(), clock.today())).cacheControl(NO_STORE).build();
    }

    @POST
    @PermitAll
    @Transactional
    @Operation(summary = "The subject files its own statement (陈述申辩) by the one-time link of the notice, once, while the window runs: "
            + "404 for an unknown link, 409 once a statement is filed or the proposal moved on, 422 objection-window-passed")
    public Response file(@PathParam("token") String token, @Valid SubjectStatement body) {
        ProblemException.requireBody(body);
        Listing seen = byToken(token);
        Listing l = listings.act(listings.lockForChange(seen.id, null), ListingAction.OBJECT, new ListingCommand(null, body.statement()),
                ListingService.SUBJECT);
        return Response.ok(ProposalForSubject.of(l, policy.howToObject(), clock.today())).cacheControl(NO_STORE).build();
    }

    /** the listing whose notice carried this token; the same answer for a malformed and an unknown one */
    private static Listing byToken(String token) {
        Listing l = token == null || !TOKEN.matcher(token).matches() ? null
                : Listing.<Listing>find("statementTokenHash", sha256(token)).firstResult();
        if (l == null) {
            throw ProblemException.notFound("No proposal is open to a statement by this link");
        }
        return l;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
