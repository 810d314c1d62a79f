package io.ipcase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged console under the prod profile: the local sign-in (tokens signed with a key anyone
 * can read in this repository) must never serve production, so the console refuses to start with it.
 */
class ConsoleProductionIT {

    @Test
    void theProdProfileRefusesTheLocalSignIn() throws IOException, InterruptedException {
        Path root = Path.of("..", "..").toAbsolutePath().normalize();
        Path log = Path.of("target", "e2e-logs", "console-prod-refusal.log");
        Files.createDirectories(log.getParent());
        Map<String, String> urls = new LinkedHashMap<>();
        RunningSystem.SERVICES.forEach(service -> urls.put(service, "http://127.0.0.1:9"));
        ProcessBuilder builder = PackagedService.console(root, RunningSystem.freePort(), RunningSystem.freePort(), urls);
        builder.environment().put("QUARKUS_PROFILE", "prod");
        builder.environment().put("CONSOLE_SIGN_IN", "local");
        builder.environment().put("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/ipcase");
        builder.environment().put("OIDC_CLIENT_ID", "ipcase-console");
        builder.environment().put("OIDC_CLIENT_SECRET", "not-a-secret");
        Process console = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(console.waitFor(90, TimeUnit.SECONDS)).as("the console stops by itself").isTrue();
            assertThat(console.exitValue()).isNotZero();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("local sign-in is for the local stack only");
        } finally {
            console.destroyForcibly();
        }
    }
}
