package io.ipcase.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The events page lists every event type of the contract with its fields and example, from the files themselves. */
class EventCatalogueTest {

    static final Path EVENTS = Path.of("src/main/resources/ipcase/contracts/events");

    @Test
    void everyPublishedTypeHasItsSectionWithFieldsAndExample() throws IOException {
        String page = new EventCatalogue(EVENTS).page();
        try (Stream<Path> schemas = Files.walk(EVENTS)) {
            for (Path schema : schemas.filter(p -> p.getFileName().toString().matches("ipcase\\..*\\.schema\\.json")).toList()) {
                String type = schema.getFileName().toString().replace(".schema.json", "");
                assertThat(page).as(type).contains("<h4 id=\"" + type + "\">").contains("href=\"events/" + schema.getParent().getFileName()
                        + "/" + type + ".example.json\"");
            }
        }
        assertThat(page).contains("<code>ipcase.credit.blacklist</code>").contains("cleanup.policy=compact");
    }

    @Test
    void aTypeShowsTheCommonFieldsItExtendsWithWhatItNarrows() throws IOException {
        EventCatalogue.Fields fields = new EventCatalogue(EVENTS).fields(EVENTS.resolve("mediation/ipcase.mediation.withdrawn.v1.schema.json"));
        // from mediation-event-data.schema.json
        assertThat(fields.properties()).containsKeys("mediationId", "region", "respondents");
        assertThat(fields.required()).contains("mediationId", "previousState", "reason");
        // narrowed by the type's own schema
        assertThat(EventCatalogue.typeOf(fields.properties().get("state"))).isEqualTo("always \"WITHDRAWN\"");
        assertThat(EventCatalogue.typeOf(fields.properties().get("previousState"))).isEqualTo("one of REQUESTED, ASSIGNED, IN_PROGRESS");
    }

    @Test
    void textIsEscaped() {
        assertThat(EventCatalogue.esc("<a href=\"x\">&")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;");
    }
}
