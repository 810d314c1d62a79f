package io.ipcase.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The compose files parse and give each service every setting it needs, with the servers it depends on; the production-like
 * one trusts only the identity provider, whose realm export has what the services read.
 */
class ComposeTest {

    static final Path COMPOSE = Path.of("..", "compose", "docker-compose.yml");
    static final Path COMPOSE_PROD = Path.of("..", "compose", "docker-compose.prod.yml");
    static final Path REALM = Path.of("..", "keycloak", "ipcase-realm.json");

    @ParameterizedTest
    @ValueSource(strings = { "case-service", "mediation-service", "credit-service", "notification-service" })
    void everyServiceIsBuiltFromItsAppAndGetsItsSettings(String service) throws IOException {
        JsonNode compose = ManifestsTest.documents(COMPOSE).get(0);
        JsonNode definition = compose.path("services").path(service);
        assertThat(definition.path("build").path("args").path("SERVICE").asText()).isEqualTo(service);
        Set<String> provided = new HashSet<>();
        JsonNode environment = definition.path("environment");
        environment.fieldNames().forEachRemaining(provided::add);
        // the shared settings come in through a YAML merge key
        environment.path("<<").fieldNames().forEachRemaining(provided::add);
        compose.path("x-common").fieldNames().forEachRemaining(name -> {
            if (environment.has("<<")) {
                provided.add(name);
            }
        });
        assertThat(provided).containsAll(ManifestsTest.required(service));
        assertThat(definition.path("depends_on").has("postgres")).isTrue();
        assertThat(definition.path("depends_on").has("kafka")).isTrue();
        assertThat(compose.path("services").has("smtp")).isTrue();
    }

    @Test
    void theConsoleIsBuiltFromItsAppAndCallsTheFourServices() throws IOException {
        JsonNode console = ManifestsTest.documents(COMPOSE).get(0).path("services").path("console");
        assertThat(console.path("build").path("args").path("SERVICE").asText()).isEqualTo("console");
        for (String service : List.of("case-service", "mediation-service", "credit-service", "notification-service")) {
            assertThat(console.path("depends_on").has(service)).as(service).isTrue();
            String variable = service.substring(0, service.indexOf('-')).toUpperCase() + "_SERVICE_URL";
            assertThat(console.path("environment").path(variable).asText()).startsWith("http://" + service + ":");
        }
        String key = console.path("environment").path("CONSOLE_LOCAL_KEY_FILE").asText();
        assertThat(console.path("volumes").toString()).contains(key + ":ro");
    }

    /**
     * The production-like compose file over the demo: every service with the prod profile, the identity provider's issuer
     * and keys (not the local ones production refuses), each setting it needs, and the secrets from the environment.
     */
    @ParameterizedTest
    @ValueSource(strings = { "case-service", "mediation-service", "credit-service", "notification-service" })
    void inProductionEveryServiceTrustsTheIdentityProviderOnly(String service) throws IOException {
        JsonNode demo = ManifestsTest.documents(COMPOSE).get(0);
        JsonNode prod = ManifestsTest.documents(COMPOSE_PROD).get(0);
        JsonNode override = prod.path("services").path(service);
        assertThat(override.path("depends_on").has("keycloak")).isTrue();
        Map<String, String> environment = new HashMap<>();
        demo.path("x-common").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        demo.path("services").path(service).path("environment").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        assertThat(override.path("environment").has("<<")).as("the prod settings merged in").isTrue();
        prod.path("x-prod").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        environment.remove("<<");
        assertThat(environment).containsKeys(ManifestsTest.required(service).toArray(String[]::new));
        assertThat(environment.get("QUARKUS_PROFILE")).isEqualTo("prod");
        assertThat(environment.get("IPCASE_JWT_ISSUER")).endsWith("/realms/ipcase").isNotEqualTo("ipcase-local");
        assertThat(environment.get("IPCASE_JWT_PUBLIC_KEY_LOCATION")).startsWith("http://keycloak:").doesNotContain("dev-jwt");
        assertThat(environment.get("IPCASE_AUDIT_SIGNING_KEY")).startsWith("${IPCASE_AUDIT_SIGNING_KEY:?");
        JsonNode console = prod.path("services").path("console").path("environment");
        assertThat(console.path("CONSOLE_SIGN_IN").asText()).isEqualTo("oidc");
        assertThat(console.path("QUARKUS_PROFILE").asText()).isEqualTo("prod");
        assertThat(console.path("OIDC_AUTH_SERVER_URL").asText()).isEqualTo("http://keycloak:8180/realms/ipcase");
        assertThat(console.path("OIDC_CLIENT_SECRET").asText()).startsWith("${");
    }

    /**
     * The realm export gives every role the code allows, the claims the services read (audience, groups, region) on
     * both clients, the console's code flow with PKCE and the credit platform's machine client; no secret in it.
     */
    @Test
    void theIdentityProvidersRealmHasEveryRoleAndClaimTheServicesRead() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(REALM, StandardCharsets.UTF_8));
        Set<String> roles = new HashSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsAll(rolesAllowed());
        JsonNode scope = StreamSupport.stream(realm.path("clientScopes").spliterator(), false)
                .filter(s -> s.path("name").asText().equals("ipcase")).findFirst().orElseThrow();
        Map<String, JsonNode> mappers = new HashMap<>();
        scope.path("protocolMappers").forEach(m -> mappers.put(m.path("name").asText(), m));
        assertThat(mappers.get("audience").path("config").path("included.custom.audience").asText()).isEqualTo("ipcase");
        assertThat(mappers.get("groups").path("protocolMapper").asText()).isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(mappers.get("groups").path("config").path("claim.name").asText()).isEqualTo("groups");
        assertThat(mappers.get("region").path("config").path("claim.name").asText()).isEqualTo("region");
        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        JsonNode console = clients.get("ipcase-console");
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        JsonNode platform = clients.get("credit-platform");
        assertThat(platform.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(platform.path("standardFlowEnabled").asBoolean()).isFalse();
        for (JsonNode client : List.of(console, platform)) {
            assertThat(client.path("defaultClientScopes").toString()).contains("\"ipcase\"");
            assertThat(client.path("secret").asText()).as("a placeholder filled at import").startsWith("${");
        }
        assertThat(realm.path("users").toString()).contains("service-account-credit-platform").contains("\"credit-platform\"");
        JsonNode keycloak = ManifestsTest.documents(COMPOSE_PROD).get(0).path("services").path("keycloak");
        assertThat(keycloak.path("volumes").toString()).contains("../keycloak/ipcase-realm.json:/opt/keycloak/data/import/");
    }

    /** every role a resource of the services or the kit allows */
    static Set<String> rolesAllowed() throws IOException {
        Set<String> roles = new HashSet<>();
        Pattern annotation = Pattern.compile("@RolesAllowed\\(\\{?([^)]*)\\)");
        for (String module : List.of("service-kit", "case-service", "mediation-service", "credit-service", "notification-service")) {
            try (Stream<Path> files = Files.walk(ManifestsTest.ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = annotation.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        Matcher role = Pattern.compile("\"([a-z-]+)\"").matcher(m.group(1));
                        while (role.find()) {
                            roles.add(role.group(1));
                        }
                    }
                }
            }
        }
        assertThat(roles).contains("officer", "credit-platform");
        return roles;
    }

    /**
     * One sizing of the JVM (deploy/jvm/service.options): run.sh and the image start with it, and each k8s container's
     * memory limit holds the heap, metaspace and code cache it allows with room for threads and buffers.
     */
    @Test
    void everyWayOfRunningAServiceSizesItsJvmTheSameWay() throws IOException {
        List<String> options = Files.readAllLines(ManifestsTest.ROOT.resolve("deploy/jvm/service.options"));
        assertThat(Files.readString(ManifestsTest.ROOT.resolve("deploy/compose/Dockerfile.jvm")))
                .contains("COPY deploy/jvm/service.options jvm.options").contains("exec java @jvm.options");
        assertThat(Files.readString(ManifestsTest.ROOT.resolve("deploy/local/run.sh")))
                .contains("@deploy/jvm/service.options");
        long allowedMiB = megabytes(options, "-Xmx") + megabytes(options, "-XX:MaxMetaspaceSize=") + megabytes(options, "-XX:ReservedCodeCacheSize=");
        for (String service : List.of("case-service", "mediation-service", "credit-service", "notification-service")) {
            JsonNode container = ManifestsTest.documents(ManifestsTest.BASE.resolve(service + ".yaml")).stream()
                    .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow()
                    .at("/spec/template/spec/containers/0");
            String limit = container.at("/resources/limits/memory").asText();
            assertThat(limit).as(service).endsWith("Mi");
            assertThat(Long.parseLong(limit.replace("Mi", ""))).as(service + "'s memory limit")
                    .isGreaterThanOrEqualTo(allowedMiB + 64);
        }
    }

    private static long megabytes(List<String> options, String prefix) {
        String value = options.stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
        assertThat(value).endsWith("m");
        return Long.parseLong(value.substring(0, value.length() - 1));
    }
}
