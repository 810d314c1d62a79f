package io.ipcase.cases.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The published contract of case events: a JSON Schema and an example per type, under {@code events/}. */
public final class EventSchemas {

    private static final String COMMON_ID = "urn:ipcase:schema:case-event-data";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(COMMON_ID, resource("events/case-event-data.schema.json")))));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @return the violations of the event data against the schema of its type; a type without a schema is one */
    public static Set<ValidationMessage> violations(String type, String data) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(type, t -> FACTORY.getSchema(resource("events/" + t + ".schema.json"), CONFIG));
        return schema.validate(data, InputFormat.JSON);
    }

    public static String example(String type) {
        return resource("events/" + type + ".example.json");
    }

    public static String resource(String path) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
