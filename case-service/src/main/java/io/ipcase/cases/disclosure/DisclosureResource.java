package io.ipcase.cases.disclosure;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.rest.Page;
import io.ipcase.kit.privacy.PersonalDataMask;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.time.IpcaseClock;

/** The anonymous public page of penalty decisions (行政处罚信息公示). */
@Path("/api/v1/public/penalty-decisions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public disclosure", description = "The public page of penalty decisions (行政处罚信息公示), open to anyone, with personal data "
        + "masked")
public class DisclosureResource {

    /** the shape of {@code Page<PublishedPenalty>}, named for the OpenAPI document */
    @Schema(name = "PublishedPenaltyPage", description = "One page of published penalty decisions")
    public record PublishedPenaltyPage(List<PublishedPenalty> items, long total, int page, int size) {
    }

    /** NEWEST published first (the default), or OLDEST published first; the case id breaks ties so that pages do not overlap */
    public enum Sort {
        NEWEST, OLDEST
    }

    private final ObjectMapper json;
    private final IpcaseClock clock;

    public DisclosureResource(ObjectMapper json, IpcaseClock clock) {
        this.clock = clock;
        this.json = json;
    }


    @GET
    @Operation(summary = "Published penalty decisions, personal data masked; newest first",
            description = "The penalty decisions on public display (published, not withdrawn, and within their display period), of a "
                    + "region and the regions under it or of all, the most recently published first (sort=OLDEST: the earliest first). "
                    + "Individuals appear with a masked name and identifier, organisations with their name and USCC, and personal data in "
                    + "the text is masked. Anyone may read it, without signing in.")
    @APIResponse(responseCode = "200", description = "One page of published decisions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedPenaltyPage.class), examples = @ExampleObject(name = "one decision", value = """
                    {"items": [{"decisionNumber": "浔市监知罚决〔2026〕5号", "caseNumber": "浔市监知罚〔2026〕15号", "region": "360400",
                                "ipKind": "TRADEMARK", "ipTitle": "修水宁红茶",
                                "respondents": [{"kind": "ORGANISATION", "name": "九江某商贸有限公司", "identifier": "91360400MA35PH720E"},
                                                {"kind": "INDIVIDUAL", "name": "张**", "identifier": "110*************2X"}],
                                "orders": "责令立即停止侵权行为，没收侵权商品，罚款20000元", "fine": 20000.00, "confiscatedGain": 3000.00,
                                "decidedOn": "2026-05-11", "publishedOn": "2026-05-13"}],
                     "total": 1, "page": 0, "size": 20}""")))
    public Page<PublishedPenalty> list(
            @Parameter(description = "a division code: its decisions and those of the regions under it") @QueryParam("region") String region,
            @Parameter(description = "NEWEST (the default): the most recently published first; OLDEST: the earliest published first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "OLDEST" }))
            @QueryParam("sort") String sortName,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        if (region != null && !DivisionCode.isValid(region)) {
            throw ProblemException.badRequest("region", "is not a valid division code");
        }
        String order = QueryValues.enumValue("sort", sortName, Sort.class) == Sort.OLDEST ? " order by publishedAt, caseId"
                : " order by publishedAt desc, caseId";
        // on display: published, not withdrawn, and its display period not over (then it is down: docs/domain.md, "Publication and display")
        String onDisplay = "publishedAt is not null and withdrawnAt is null and (displayUntil is null or displayUntil >= ?1)";
        var query = region == null
                ? PenaltyPublication.find(onDisplay + order, clock.today())
                : PenaltyPublication.find(onDisplay + " and region like ?2" + order, clock.today(),
                        DivisionCode.jurisdictionPrefix(region) + "%");
        List<PublishedPenalty> items = query.<PenaltyPublication>page(page, size).list().stream().map(this::read).toList();
        return new Page<>(items, query.count(), page, size);
    }

    private PublishedPenalty read(PenaltyPublication publication) {
        try {
            // publications written before the current mask are masked again on the way out
            return json.readValue(publication.content, PublishedPenalty.class).maskText(PersonalDataMask.PATTERNS_ONLY::apply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
