package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each event type has its schema and its example, and each schema a type: the contract and the code name the same events. */
class CaseEventTypeTest {

    static Path events() throws URISyntaxException {
        return Path.of(CaseEventTypeTest.class.getClassLoader().getResource("events").toURI());
    }

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void everyTypeHasItsSchemaAndExample(CaseEventType type) throws URISyntaxException {
        assertThat(events().resolve(type.type() + ".schema.json")).exists();
        assertThat(events().resolve(type.type() + ".example.json")).exists();
        assertThat(CaseEventType.ofType(type.type())).contains(type);
    }

    @Test
    void everySchemaIsOfAType() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(events())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("ipcase\\.case\\..*\\.v1\\.schema\\.json"))
                    .map(n -> n.replace(".schema.json", "")))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseEventType.values()).map(CaseEventType::type).toList());
        }
    }
}
