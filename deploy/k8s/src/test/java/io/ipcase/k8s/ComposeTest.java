package io.ipcase.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The compose file parses, and gives each service every setting it needs, with the servers it depends on. */
class ComposeTest {

    static final Path COMPOSE = Path.of("..", "compose", "docker-compose.yml");

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
