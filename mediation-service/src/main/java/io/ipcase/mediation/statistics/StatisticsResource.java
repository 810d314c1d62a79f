package io.ipcase.mediation.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.domain.MediationKind;
import io.ipcase.mediation.registry.MediationOrganisation;

@Path("/api/v1/mediation-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Mediation figures: success rate, duration and open mediations per region, organisation, kind and "
        + "period")
@SecurityRequirement(name = "jwt")
public class StatisticsResource {

    private final MediationStatistics statistics;
    private final Caller caller;
    private final IpcaseClock clock;

    public StatisticsResource(MediationStatistics statistics, Caller caller, IpcaseClock clock) {
        this.statistics = statistics;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ "organisation-admin", "court", "officer", "head", "auditor", "admin" })
    @Operation(summary = "Success rate, average duration and open mediations by state, per organisation and kind, for a region "
            + "(default: yours), organisation (an organisation's administrators see their own), kind and period (default: this year)",
            description = "For the period (from 1 January to today unless given): mediations opened; agreements, failures, expiries and "
                    + "withdrawals concluded; the success rate, agreements ÷ (agreements + failed + expired), null when there is "
                    + "no outcome; and the average days from opening to conclusion; with the mediations open now by state — in total, "
                    + "per organisation and per kind. Auditors and administrators may ask for any region or nationwide; courts, "
                    + "officers and heads for their own region (the default) or one within it; an organisation's administrator only "
                    + "for their own organisation (the default when they administer one). Reads only.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediationStatistics.Report.class),
            examples = @ExampleObject(name = "Jiujiang, first quarter", value = """
                    {"region": "360400", "from": "2026-01-01", "to": "2026-03-31",
                     "total": {"opened": 12, "agreements": 7, "failed": 2, "expired": 1, "withdrawn": 1, "successRate": 0.7000, "averageDays": 18.5},
                     "openByState": {"REQUESTED": 1, "ASSIGNED": 0, "IN_PROGRESS": 1, "AGREEMENT_REACHED": 0, "CONFIRMATION_REQUESTED": 0,
                                     "CONFIRMATION_ACCEPTED": 0, "CONFIRMED": 0, "ENFORCEMENT_APPLIED": 0},
                     "byOrganisation": [{"key": "5c0e8a7d-3f21-4b6a-9d48-1e7f2c9b6a30", "label": "九江市知识产权纠纷人民调解委员会",
                                         "figures": {"opened": 12, "agreements": 7, "failed": 2, "expired": 1, "withdrawn": 1,
                                                     "successRate": 0.7000, "averageDays": 18.5}}],
                     "byKind": [{"key": "PEOPLES", "label": "人民调解", "figures": {"opened": 12, "agreements": 7, "failed": 2, "expired": 1,
                                                                                 "withdrawn": 1, "successRate": 0.7000, "averageDays": 18.5}}]}""")))
    public MediationStatistics.Report report(@QueryParam("region") @ValidDivisionCode String region,
            @QueryParam("organisationId") UUID organisationId, @QueryParam("kind") String kindName, @QueryParam("from") String fromText,
            @QueryParam("to") String toText) {
        MediationKind kind = QueryValues.enumValue("kind", kindName, MediationKind.class);
        LocalDate from = QueryValues.date("from", fromText);
        LocalDate to = QueryValues.date("to", toText);
        LocalDate today = clock.today();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        boolean nationwide = caller.hasAnyRole("auditor", "admin");
        UUID organisation = organisationId;
        String jurisdiction = region;
        if (!nationwide && caller.hasRole("organisation-admin") && !caller.hasAnyRole("court", "officer", "head")) {
            List<MediationOrganisation> own = MediationOrganisation.administeredBy(caller.userId());
            if (organisation == null && own.size() == 1) {
                organisation = own.get(0).id;
            }
            UUID asked = organisation;
            if (asked == null || own.stream().noneMatch(o -> o.id.equals(asked))) {
                throw ProblemException.forbidden("An organisation's administrators see the figures of their own organisation");
            }
        } else {
            jurisdiction = region != null ? region : caller.region();
            if (jurisdiction != null && !caller.covers(jurisdiction, null, nationwide)) {
                throw ProblemException.forbidden("Region " + jurisdiction + " is outside your jurisdiction");
            }
            if (jurisdiction == null && !nationwide) {
                throw ProblemException.forbidden("Nationwide figures are for auditors and administrators");
            }
        }
        return statistics.report(jurisdiction, jurisdiction == null ? "" : DivisionCode.jurisdictionPrefix(jurisdiction), organisation, kind,
                start, end);
    }
}
