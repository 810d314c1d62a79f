package io.ipcase.console.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.console.mapping.QueryString;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The statistics dashboard for a region and period: case-service's rates (handled, closure, on-time,
 * disclosure) each against the target its report carries, mediation-service's success rate, and the
 * active listings — the services' figures as they give them, drawn with ECharts.
 */
@Path("/statistics")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class StatisticsPages {

    /** one figure of the dashboard: its rate (a fraction, null when there is nothing to divide by) and its target */
    @TemplateData
    public record Figure(String key, String label, BigDecimal rate, BigDecimal target, String counts) {

        public String percent() {
            return rate == null ? "—" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        }

        public String targetPercent() {
            return target == null ? "—" : target.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        }

        public boolean belowTarget() {
            return rate != null && target != null && rate.compareTo(target) < 0;
        }
    }

    private final Pages pages;
    private final Template dashboard;
    private final ObjectMapper json;

    public StatisticsPages(Pages pages, @Location("statistics.html") Template dashboard, ObjectMapper json) {
        this.pages = pages;
        this.dashboard = dashboard;
        this.json = json;
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("region") String region, @QueryParam("from") String from, @QueryParam("to") String to)
            throws JsonProcessingException {
        pages.requireSignIn();
        QueryString query = new QueryString().add("region", region).add("from", from).add("to", to);
        JsonNode cases = pages.read("case", "/api/v1/statistics" + query).body();
        JsonNode mediation = pages.read("mediation", "/api/v1/mediation-statistics" + query).body();
        // on the list now: listed, and listed with a repair application pending (the listings of the user's region)
        long listed = 0;
        for (String state : List.of("LISTED", "REPAIR_REQUESTED")) {
            listed += pages.read("credit", "/api/v1/listings?size=1&state=" + state).body().path("total").asLong();
        }
        Map<String, String> t = pages.texts();
        JsonNode targets = cases.path("targets");
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(cases, targets, "handledRate", t.get("handledRate"), cases.path("handled") + " / " + cases.path("received")));
        // the service's denominators: filed cases still the bureau's; concluded cases and those open past their deadline
        figures.add(figure(cases, targets, "closureRate", t.get("closureRate"),
                cases.path("closed") + " / " + (cases.path("filed").asLong() - cases.path("withdrawnOrTransferred").asLong())));
        figures.add(figure(cases, targets, "onTimeRate", t.get("onTimeRate"),
                cases.path("concludedOnTime") + " / " + (cases.path("concluded").asLong() + cases.path("overdueOpen").asLong())));
        figures.add(figure(cases, targets, "disclosureRate", t.get("disclosureRate"),
                cases.path("publishedOnTime") + " / " + cases.path("publicationsDue")));
        JsonNode total = mediation.path("total");
        figures.add(new Figure("successRate", t.get("successRate"), decimal(total.path("successRate")), null,
                total.path("agreements") + " / " + (total.path("agreements").asLong() + total.path("failed").asLong()
                        + total.path("expired").asLong())));
        List<Map<String, Object>> chart = new ArrayList<>();
        for (Figure f : figures) {
            chart.add(new java.util.LinkedHashMap<>(Map.of("label", f.label(), "rate", f.rate() == null ? 0 : f.rate().movePointRight(2),
                    "target", f.target() == null ? 0 : f.target().movePointRight(2))));
        }
        return pages.page(dashboard).data("figures", figures).data("listed", listed).data("region", cases.path("region").asText(""))
                .data("from", cases.path("from").asText()).data("to", cases.path("to").asText())
                .data("chart", json.writeValueAsString(Map.of("figures", chart, "targetLabel", t.get("target"))).replace("<", "\\u003c"));
    }

    private static Figure figure(JsonNode report, JsonNode targets, String key, String label, String counts) {
        return new Figure(key, label, decimal(report.path(key)), decimal(targets.path(key)), counts);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
