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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Listings", description = ListingResource.TAG_DESCRIPTION)
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

    /** the proposal as its subject reads it, before and after it files its statement */
    interface Examples {
        String PROPOSAL_FIELDS = """
                "authority": "九江市市场监督管理局", "rule": "REFUSAL_TO_PERFORM", "reason": "拒不履行生效决定 浔市监知罚决〔2026〕9号：当事人逾期未缴纳罚款，经催告仍未履行",
                 "legalBasis": "《知识产权信用管理规定》第六条：有履行能力但拒不履行、逃避执行行政处罚、行政裁决等决定", "proposedOn": "2026-05-19",
                 "noticeServedOn": "2026-05-20", "objectionDue": "2026-05-27",
                 "howToObject": "自收到告知之日起5个工作日内，可通过执法机关向作出决定的机关提出书面陈述、申辩；对列入决定不服的，可依法申请行政复议或者提起行政诉讼。",""";
        String OPEN = "{" + PROPOSAL_FIELDS + " \"open\": true}";
        String FILED = "{" + PROPOSAL_FIELDS + " \"open\": false, \"objectedOn\": \"2026-05-25\", \"objectionFiledBy\": \"SUBJECT\"}";
    }

    @GET
    @PermitAll
    @Operation(summary = "The proposal as its subject is told of it, by the one-time link of the notice (anyone holding the link; no personal data)",
            description = "What the subject is proposed for (the rule, the grounds with the subject's own name and number and anything "
                    + "personal masked, the legal basis), by which authority, when the notice was served, the last day of the window, how "
                    + "to object, and whether a statement may be filed now (open). Anyone holding the link's token, without signing in; "
                    + "a malformed and an unknown token are both a 404. Never stored by a cache (Cache-Control: no-store).")
    @APIResponse(responseCode = "200", description = "The proposal as its subject is told of it",
            headers = @Header(name = "Cache-Control", description = "no-store", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalForSubject.class),
                    examples = @ExampleObject(name = "open", value = Examples.OPEN)))
    @APIResponse(responseCode = "404", description = "No proposal has this link (a malformed or unknown token)")
    public Response show(@PathParam("token") String token) {
        Listing l = byToken(token);
        return Response.ok(ProposalForSubject.of(l, policy.howToObject(), clock.today())).cacheControl(NO_STORE).build();
    }

    @POST
    @PermitAll
    @Transactional
    @Operation(summary = "File the subject's own statement (陈述申辩) by the one-time link of the notice, once, while the window runs",
            description = "Files the statement as the subject's objection to a proposal (state PROPOSED, not past its objectionDue): the "
                    + "listing moves to OBJECTED with the objection filed by the subject (objectionFiledBy SUBJECT), the step is written "
                    + "to the listing's audit trail, and objection-filed is published for the region's credit officers to review. Anyone "
                    + "holding the link's token, without signing in; a second statement is a 409. Answers the proposal as the subject "
                    + "now sees it (open false), with Cache-Control: no-store.")
    @APIResponse(responseCode = "200", description = "The proposal with the statement filed",
            headers = @Header(name = "Cache-Control", description = "no-store", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalForSubject.class),
                    examples = @ExampleObject(name = "filed", value = Examples.FILED)))
    @APIResponse(responseCode = "400", description = "No statement, a blank one, or one over 4,000 characters")
    @APIResponse(responseCode = "404", description = "No proposal is open to a statement by this link (a malformed or unknown token)")
    @APIResponse(responseCode = "409", description = "A statement was filed already, or the proposal has moved on (decided, dismissed, revoked)")
    @APIResponse(responseCode = "422", description = "objection-window-passed: the window ended on objectionDue, before the statement came")
    public Response file(@PathParam("token") String token,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubjectStatement.class), examples = @ExampleObject(name = "statement", value = """
                            {"statement": "罚款已于5月25日缴清，附缴款凭证"}"""))) @Valid SubjectStatement body) {
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
