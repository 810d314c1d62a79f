package io.ipcase.cases.statistics;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
@Tag(name = "Statistics")
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
    @Operation(summary = "Handled, closure, on-time and disclosure rates for a region (default: yours) and period (default: this year)")
    public CaseStatistics.Report report(@QueryParam("region") @ValidDivisionCode String region, @QueryParam("from") String fromText,
            @QueryParam("to") String toText) {
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
