package io.ipcase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console as production runs it: the prod profile, signing staff in through an OpenID Connect
 * provider (authorization-code flow) and forwarding the provider's access token to the services.
 */
class ConsoleOidcIT {

    @Test
    void staffSignInThroughTheIdentityProviderAndTheServicesAcceptItsToken() throws IOException {
        RunningSystem system = RunningSystem.get();
        Path root = Path.of("..", "..").toAbsolutePath().normalize();
        Path log = Path.of("target", "e2e-logs", "console-oidc.log");
        Files.createDirectories(log.getParent());
        try (TestIdentityProvider idp = new TestIdentityProvider("ipcase-console", new TestIdentityProvider.User("officer-li", "officer", "360400"))) {
            Map<String, String> urls = new LinkedHashMap<>();
            RunningSystem.SERVICES.forEach(service -> urls.put(service, system.url(service)));
            int port = RunningSystem.freePort();
            int management = RunningSystem.freePort();
            ProcessBuilder builder = PackagedService.console(root, port, management, urls);
            builder.environment().put("QUARKUS_PROFILE", "prod");
            builder.environment().put("CONSOLE_SIGN_IN", "oidc");
            builder.environment().put("CONSOLE_SECURE_COOKIES", "false");
            builder.environment().put("OIDC_AUTH_SERVER_URL", idp.url());
            builder.environment().put("OIDC_CLIENT_ID", "ipcase-console");
            builder.environment().put("OIDC_CLIENT_SECRET", "a-client-secret-of-at-least-thirty-two-characters");
            Process console = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (Browser browser = new Browser("http://127.0.0.1:" + port, "chromium-oidc")) {
                HttpClient http = HttpClient.newHttpClient();
                Awaitility.await("console ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!console.isAlive()) {
                        throw new IllegalStateException("the console exited; see " + log + "; the provider saw " + idp.requests
                                + " and failed with " + idp.failures);
                    }
                    return PackagedService.ready(http, management);
                });
                browser.open("/public/decisions");
                assertThat(browser.all(By.id("sign-in-link"))).isEmpty();
                browser.open("/cases");
                browser.waitFor(ExpectedConditions.textToBe(By.id("signed-in-user"), "officer-li"));
                // the case list came from case-service with the provider's access token
                assertThat(browser.find(By.id("case-list")).isDisplayed()).isTrue();
                assertThat(idp.requests).contains("GET /authorize", "POST /token");
                browser.open("/sign-in");
                assertThat(browser.find(By.id("error-notFound")).isDisplayed()).isTrue();
                browser.screenshot("16-signed-in-through-the-identity-provider");

                browser.open("/cases");
                browser.click(By.id("sign-out"));
                browser.waitForPath("/public/decisions.*");
                assertThat(idp.requests).contains("GET /logout");
                browser.open("/public/decisions");
                assertThat(browser.all(By.id("signed-in-user"))).isEmpty();
            } finally {
                console.destroy();
            }
        }
    }
}
