package io.ipcase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation of the four running services, generated from their OpenAPI
 * documents so that a new endpoint is probed without anyone remembering it (and fails until it is
 * classified in {@link AccessTable}): access with no token, the wrong roles, another region and
 * forged tokens; broken and mutated request bodies; hostile path and query parameters, a 100 KB URL
 * and a 64 KB header. Every probe must be refused with a 4xx problem+json and change nothing; no
 * anonymous endpoint, nor the metrics, may show the fixtures' personal data.
 * <p>
 * Prints a summary per service and fails once, listing every failing probe grouped by cause; the
 * full list goes to {@code target/hostile-input/failures.txt}.
 */
class HostileInputIT {

    @Test
    void everyOperationRefusesHostileInputAndChangesNothing() throws IOException {
        Instant started = Instant.now();
        RunningSystem system = RunningSystem.get();
        HostileInputSuite suite = new HostileInputSuite(system::url, system::managementUrl, Path.of("..", "..").toAbsolutePath().normalize());
        suite.run();
        ProbeFindings findings = suite.findings();

        String summary = findings.summary();
        String grouped = findings.grouped(300, 4);
        Path out = Path.of("target", "hostile-input");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.txt"), summary + "\n" + String.join("\n", suite.notes()) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("failures.txt"), findings.all(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("failures-grouped.txt"), findings.grouped(100_000, 1_000), StandardCharsets.UTF_8);
        System.out.println("\n=== hostile input: " + Duration.between(started, Instant.now()).toSeconds() + " s ===\n" + summary);
        suite.notes().forEach(note -> System.out.println("note: " + note));
        System.out.println("slowest: " + String.join("; ", suite.slowest(5)));

        Duration took = Duration.between(started, Instant.now());
        assertThat(findings.failures().size()).as(() -> "failing probes\n" + summary + "\n" + grouped + "\n").isZero();
        assertThat(took).as("the hostile-input suite's running time").isLessThan(Duration.ofMinutes(4));
    }
}
