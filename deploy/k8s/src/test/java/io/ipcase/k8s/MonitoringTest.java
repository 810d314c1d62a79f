package io.ipcase.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The monitoring objects: the PodMonitor scrapes the management port of every ipcase pod, every alert is complete, and
 * every ipcase metric an alert or the dashboard reads is one a service registers (a renamed meter would otherwise leave
 * an alert that never fires).
 */
class MonitoringTest {

    static final List<String> PODS = List.of("case-service", "mediation-service", "credit-service", "notification-service", "console");
    static final Pattern METRIC = Pattern.compile("\\b(ipcase_[a-z0-9_]+)");
    // a meter builder, or one of the metrics classes' own helpers that build one (rate, gauge)
    static final Pattern METER = Pattern.compile("(?:(?:Counter|Gauge|Timer|DistributionSummary)\\.builder|\\brate|\\bgauge)\\(\"(ipcase\\.[a-z0-9.]+)\"");

    @Test
    void thePodMonitorScrapesTheManagementPortOfEveryPod() throws IOException {
        List<JsonNode> all = ManifestsTest.base();
        JsonNode monitor = ManifestsTest.find(all, "PodMonitor", "ipcase");
        assertThat(monitor.path("spec").path("podMetricsEndpoints").get(0).path("path").asText()).isEqualTo("/q/metrics");
        String port = monitor.path("spec").path("podMetricsEndpoints").get(0).path("port").asText();
        Set<String> selected = new HashSet<>();
        monitor.path("spec").path("selector").path("matchExpressions").get(0).path("values").forEach(v -> selected.add(v.asText()));
        assertThat(selected).containsExactlyInAnyOrderElementsOf(PODS);
        for (String pod : PODS) {
            JsonNode template = ManifestsTest.find(all, "Deployment", pod).path("spec").path("template");
            assertThat(template.path("metadata").path("labels").path("app.kubernetes.io/name").asText()).as(pod).isEqualTo(pod);
            List<String> ports = new ArrayList<>();
            template.path("spec").path("containers").get(0).path("ports").forEach(p -> ports.add(p.path("name").asText()));
            assertThat(ports).as(pod + "'s ports").contains(port);
        }
    }

    @Test
    void everyAlertIsCompleteAndReadsMetricsTheServicesRegister() throws IOException {
        List<JsonNode> all = ManifestsTest.base();
        JsonNode rules = ManifestsTest.find(all, "PrometheusRule", "ipcase");
        Set<String> meters = meters();
        List<String> expressions = new ArrayList<>();
        int alerts = 0;
        for (JsonNode group : rules.path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alerts++;
                String name = rule.path("alert").asText();
                assertThat(name).startsWith("Ipcase");
                assertThat(rule.path("expr").asText()).as(name).isNotBlank();
                assertThat(rule.path("labels").path("severity").asText()).as(name).isIn("critical", "warning", "info");
                assertThat(rule.path("annotations").path("summary").asText()).as(name).isNotBlank();
                assertThat(rule.path("annotations").path("description").asText()).as(name).isNotBlank();
                expressions.add(rule.path("expr").asText());
            }
        }
        assertThat(alerts).isGreaterThanOrEqualTo(6);
        JsonNode dashboard = new ObjectMapper().readTree(ManifestsTest.find(all, "ConfigMap", "ipcase-grafana-dashboard").path("data")
                .path("ipcase.json").asText());
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(8);
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        for (String expression : expressions) {
            Matcher m = METRIC.matcher(expression);
            while (m.find()) {
                assertThat(meters).as("%s in %s", m.group(1), expression).contains(meterName(m.group(1)));
            }
        }
    }

    /** the Micrometer name of a Prometheus metric: dots for underscores, without the unit and counter suffixes it adds */
    static String meterName(String prometheus) {
        return prometheus.replaceFirst("_total$", "").replaceFirst("_seconds$", "").replace('_', '.');
    }

    /** the names of every meter the services and the kit register */
    static Set<String> meters() throws IOException {
        Set<String> names = new HashSet<>();
        for (String module : List.of("service-kit", "case-service", "mediation-service", "credit-service", "notification-service", "console")) {
            try (Stream<Path> files = Files.walk(ManifestsTest.ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = METER.matcher(Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " "));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        return names;
    }
}
