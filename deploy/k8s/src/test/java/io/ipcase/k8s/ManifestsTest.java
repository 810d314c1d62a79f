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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The manifests parse, name what the kustomization lists, and give every service each setting it
 * reads from its environment without a default, or with a default that only fits one machine.
 */
class ManifestsTest {

    static final Path BASE = Path.of("base");
    static final Path ROOT = Path.of("..", "..");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?\\}");

    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !(document instanceof MissingNode)) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static List<JsonNode> base() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode resource : documents(BASE.resolve("kustomization.yaml")).get(0).path("resources")) {
            all.addAll(documents(BASE.resolve(resource.asText())));
        }
        return all;
    }

    static JsonNode find(List<JsonNode> documents, String kind, String name) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @Test
    void everyListedResourceParsesAndEveryDocumentHasKindAndName() throws IOException {
        try (Stream<Path> files = Files.list(BASE)) {
            List<String> listed = new ArrayList<>();
            documents(BASE.resolve("kustomization.yaml")).get(0).path("resources").forEach(r -> listed.add(r.asText()));
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        for (JsonNode document : base()) {
            assertThat(document.path("apiVersion").asText()).as(document.toString()).isNotEmpty();
            assertThat(document.path("kind").asText()).isNotEmpty();
            assertThat(document.path("metadata").path("name").asText()).isNotEmpty();
        }
        assertThat(documents(Path.of("overlays", "example", "kustomization.yaml")).get(0).path("resources").get(0).asText()).isEqualTo("../../base");
    }

    @Test
    void kafkaHasThreeBrokersAndEveryTopicTheServicesUseWithReplicationThree() throws IOException {
        List<JsonNode> all = base();
        assertThat(find(all, "KafkaNodePool", "brokers").path("spec").path("replicas").asInt()).isEqualTo(3);
        Set<String> topics = new HashSet<>();
        all.stream().filter(d -> d.path("kind").asText().equals("KafkaTopic")).forEach(t -> {
            assertThat(t.path("spec").path("replicas").asInt()).as(t.path("spec").path("topicName").asText()).isEqualTo(3);
            assertThat(t.path("spec").path("partitions").asInt()).isPositive();
            topics.add(t.path("spec").path("topicName").asText());
        });
        assertThat(topics).contains("ipcase.case.events", "ipcase.mediation.events", "ipcase.credit.events", "ipcase.credit.blacklist",
                "ipcase.notification.events");
        // every topic a service reads or writes, dead-letter topics included, exists: auto-creation is off
        Set<String> used = new HashSet<>();
        for (String service : List.of("case-service", "mediation-service", "credit-service", "notification-service")) {
            Matcher m = Pattern.compile("(?:topic|dead-letter-queue\\.topic)=(\\S+)").matcher(properties(service));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(topics).containsAll(used);
        JsonNode blacklist = all.stream().filter(d -> d.path("spec").path("topicName").asText().equals("ipcase.credit.blacklist")).findFirst()
                .orElseThrow();
        assertThat(blacklist.path("spec").path("config").path("cleanup.policy").asText()).isEqualTo("compact");
    }

    @ParameterizedTest
    @ValueSource(strings = { "case-service", "mediation-service", "credit-service", "notification-service" })
    void everyServiceGetsEverySettingItNeedsAndIsProbedAndScaled(String service) throws IOException {
        List<JsonNode> all = base();
        JsonNode deployment = find(all, "Deployment", service);
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        Set<String> provided = provided(all, container);
        assertThat(provided).as(service + " gets").containsAll(required(service));
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        // health is served on the management port only (the API's port has no /q/ endpoints in production)
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(service + " " + probe).isEqualTo("management");
        }
        assertThat(container.path("ports").findValuesAsText("name")).contains("http", "management");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
        assertThat(find(all, "HorizontalPodAutoscaler", service).path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(service);
        assertThat(find(all, "Service", service).path("spec").path("selector")).isEqualTo(deployment.path("spec").path("selector")
                .path("matchLabels"));
    }

    /**
     * Each service talks to Kafka over TLS as its own SCRAM user, and that user may use exactly the
     * topics the service reads and writes (its incoming topics, their dead-letter topics, its own
     * event topic), its consumer group and its outbox relay's transactional ids.
     */
    @ParameterizedTest
    @ValueSource(strings = { "case-service", "mediation-service", "credit-service", "notification-service" })
    void everyServiceIsItsOwnKafkaUserWithAclsForItsTopics(String service) throws IOException {
        List<JsonNode> all = base();
        JsonNode config = find(all, "ConfigMap", "ipcase-config").path("data");
        assertThat(config.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(config.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        JsonNode listener = find(all, "Kafka", "ipcase").path("spec").path("kafka").path("listeners").get(0);
        assertThat(listener.path("tls").asBoolean()).isTrue();
        assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        assertThat(config.path("KAFKA_BOOTSTRAP_SERVERS").asText()).endsWith(":" + listener.path("port").asText());

        JsonNode container = find(all, "Deployment", service).path("spec").path("template").path("spec").path("containers").get(0);
        JsonNode jaas = null;
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                jaas = e.path("valueFrom").path("secretKeyRef");
            }
        }
        assertThat(jaas).as(service + " gets its JAAS line").isNotNull();
        assertThat(jaas.path("name").asText()).isEqualTo(service);

        JsonNode user = find(all, "KafkaUser", service);
        assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        Set<String> topics = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            if (resource.path("type").asText().equals("topic")) {
                topics.add(resource.path("name").asText());
            } else {
                prefixes.add(resource.path("type").asText() + ":" + resource.path("name").asText());
            }
        }
        Set<String> used = new HashSet<>();
        Matcher m = Pattern.compile("(?:topic|dead-letter-queue\\.topic)=(\\S+)").matcher(properties(service));
        while (m.find()) {
            used.add(m.group(1));
        }
        used.add("ipcase." + service.substring(0, service.indexOf('-')) + ".events");
        assertThat(topics).as(service + "'s ACLs").isEqualTo(service.equals("credit-service")
                ? union(used, Set.of("ipcase.credit.blacklist")) : used);
        assertThat(prefixes).contains("group:" + service, "transactionalId:" + service + "-outbox-");
    }

    /** the environment variables a container gets: its own, and those of the config maps and secrets it takes whole */
    private static Set<String> provided(List<JsonNode> all, JsonNode container) {
        Set<String> provided = new HashSet<>();
        container.path("env").forEach(e -> provided.add(e.path("name").asText()));
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                find(all, "ConfigMap", from.path("configMapRef").path("name").asText()).path("data").fieldNames().forEachRemaining(provided::add);
            }
            if (from.has("secretRef")) {
                secretKeys(all, from.path("secretRef").path("name").asText()).forEach(provided::add);
            }
        }
        return provided;
    }

    /** the keys of a secret the external-secrets operator writes from the secret manager */
    static List<String> secretKeys(List<JsonNode> all, String name) {
        JsonNode external = all.stream().filter(d -> d.path("kind").asText().equals("ExternalSecret")
                && d.path("spec").path("target").path("name").asText().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no secret " + name));
        List<String> keys = new ArrayList<>();
        external.path("spec").path("data").forEach(d -> keys.add(d.path("secretKey").asText()));
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * What the service reads from its environment and a deployment must set: references without a
     * default, and those whose default only fits a developer's machine (localhost, the dev key).
     */
    static Set<String> required(String service) throws IOException {
        return requiredIn(properties(service) + "\n"
                + Files.readString(ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties")) + "\n"
                + observability());
    }

    /** what the services and the console read alike (ipcase-observability) */
    static String observability() throws IOException {
        return Files.readString(ROOT.resolve("observability/src/main/resources/META-INF/microprofile-config.properties"));
    }

    static Set<String> requiredIn(String config) {
        Set<String> required = new HashSet<>();
        for (String line : config.split("\n")) {
            if (line.startsWith("#") || line.startsWith("%test.") || line.startsWith("%local.") || line.startsWith("%dev.")) {
                continue;
            }
            Matcher m = ENV_REFERENCE.matcher(line);
            while (m.find()) {
                String fallback = m.group(2);
                if (fallback == null || fallback.contains("127.0.0.1") || fallback.contains("localhost") || fallback.contains("dev-jwt")
                        || fallback.equals("ipcase-local") || line.contains("PASSWORD") || line.contains("_USER")) {
                    required.add(m.group(1));
                }
            }
        }
        return required;
    }

    static String properties(String service) throws IOException {
        return Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8);
    }

    /**
     * The console: every setting its production profile reads (the services' addresses, the identity
     * provider) — not the local sign-in's key, which production refuses — probed on its management
     * port, and the one service an Ingress exposes.
     */
    @Test
    void theConsoleSignsInThroughTheIdentityProviderAndIsTheOnlyPublicEntry() throws IOException {
        List<JsonNode> all = base();
        JsonNode container = find(all, "Deployment", "console").path("spec").path("template").path("spec").path("containers").get(0);
        Set<String> provided = provided(all, container);
        Set<String> required = requiredIn(properties("console") + "\n" + observability());
        required.remove("CONSOLE_LOCAL_KEY_FILE");
        assertThat(required).contains("OIDC_AUTH_SERVER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "CASE_SERVICE_URL", "IPCASE_OTLP_ENDPOINT");
        assertThat(provided).containsAll(required);
        assertThat(find(all, "ConfigMap", "console-oidc").path("data").path("CONSOLE_SIGN_IN").asText()).isEqualTo("oidc");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as("console " + probe).isEqualTo("management");
        }
        List<JsonNode> ingresses = all.stream().filter(d -> d.path("kind").asText().equals("Ingress")).toList();
        assertThat(ingresses).hasSize(1);
        assertThat(ingresses.get(0).at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("console");
        assertThat(ingresses.get(0).path("spec").path("tls")).isNotEmpty();
    }

    @Test
    void theRequiredSettingsAreFound() throws IOException {
        assertThat(required("case-service")).contains("CASE_DB_URL", "CASE_DB_USER", "CASE_DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                "IPCASE_JWT_ISSUER", "IPCASE_JWT_PUBLIC_KEY_LOCATION", "IPCASE_JWT_AUDIENCE");
        assertThat(required("notification-service")).contains("IPCASE_SMTP_HOST", "IPCASE_SMTP_USER", "IPCASE_SMTP_PASSWORD");
    }
}
