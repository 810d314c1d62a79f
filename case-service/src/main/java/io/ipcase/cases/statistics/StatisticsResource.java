package io.ipcase.cases.statistics;

import java.time.LocalDate;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The figures the bureaus report on: the handled, closure, on-time and disclosure rates of a "
        + "jurisdiction and period, against their targets")
@SecurityRequirement(name = "jwt")
public class StatisticsResource {

    private final CaseStatistics statistics;
    private final Caller caller;
    private final IpcaseClock clock;

    public StatisticsResource(CaseStatistics statistics, Caller caller, IpcaseClock clock) {
        this.statistics = statistics;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ "officer", "head", "reviewer", "auditor", "admin" })
    @Operation(summary = "Handled, closure, on-time and disclosure rates for a region (default: yours) and period (default: this year)",
            description = "Complaints and requests handled, filed cases closed, cases concluded by their deadline and penalty decisions "
                    + "published on time, each with its rate (null when there is nothing to divide by) and target, as of the period's "
                    + "end, and the open cases by state now. The region must be in your jurisdiction; nationwide figures (you have no "
                    + "region) are for auditors and administrators. For officers, heads, reviewers, auditors and administrators.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseStatistics.Report.class), examples = @ExampleObject(name = "a quarter of Jiujiang", value = """
                    {"region": "360400", "from": "2026-01-01", "to": "2026-03-31", "received": 42, "handled": 40, "handledRate": 0.9524,
                     "filed": 35, "withdrawnOrTransferred": 2, "closed": 28, "closureRate": 0.8485, "concluded": 30, "concludedOnTime": 29,
                     "overdueOpen": 1, "onTimeRate": 0.9355, "publicationsDue": 12, "published": 12, "publishedOnTime": 11,
                     "disclosureRate": 0.9167, "openByState": {"EFFECTIVE": 2, "INVESTIGATING": 5, "RECEIVED": 2},
                     "targets": {"handledRate": 1.00, "closureRate": 0.90, "onTimeRate": 1.00, "disclosureRate": 1.00}}""")))
    public CaseStatistics.Report report(@QueryParam("region") @ValidDivisionCode String region,
            @Parameter(description = "the period's first day (default: 1 January of this year), e.g. 2026-01-01") @QueryParam("from") String fromText,
            @Parameter(description = "the period's last day (default: today), not before from") @QueryParam("to") String toText) {
        LocalDate from = QueryValues.date("from", fromText);
        LocalDate to = QueryValues.date("to", toText);
        String jurisdiction = region != null ? region : caller.region();
        if (jurisdiction != null && !caller.covers(jurisdiction, null, caller.hasAnyRole("auditor", "admin"))) {
            throw ProblemException.forbidden("Region " + jurisdiction + " is outside your jurisdiction");
        }
        if (jurisdiction == null && !caller.hasAnyRole("auditor", "admin")) {
            throw ProblemException.forbidden("Nationwide figures are for auditors and administrators");
        }
        LocalDate today = clock.today();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        return statistics.report(jurisdiction, jurisdiction == null ? "" : DivisionCode.jurisdictionPrefix(jurisdiction), start, end);
    }
}
