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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.rest.Page;
import io.ipcase.kit.privacy.PersonalDataMask;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.time.IpcaseClock;

/** The anonymous public page of penalty decisions (行政处罚信息公示). */
@Path("/api/v1/public/penalty-decisions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public disclosure")
public class DisclosureResource {

    private final ObjectMapper json;
    private final IpcaseClock clock;

    public DisclosureResource(ObjectMapper json, IpcaseClock clock) {
        this.clock = clock;
        this.json = json;
    }


    @GET
    @Operation(summary = "Published penalty decisions, personal data masked; newest first")
    public Page<PublishedPenalty> list(@QueryParam("region") String region, @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        if (region != null && !DivisionCode.isValid(region)) {
            throw ProblemException.badRequest("region", "is not a valid division code");
        }
        // on display: published, not withdrawn, and its display period not over (then it is down: docs/domain.md, "Publication and display")
        String onDisplay = "publishedAt is not null and withdrawnAt is null and (displayUntil is null or displayUntil >= ?1)";
        var query = region == null
                ? PenaltyPublication.find(onDisplay + " order by publishedAt desc, caseId", clock.today())
                : PenaltyPublication.find(onDisplay + " and region like ?2 order by publishedAt desc, caseId", clock.today(),
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
