package io.ipcase.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A producer's published event contract: per type {@code <type>.schema.json} and
 * {@code <type>.example.json}, plus the shared data schema each type narrows. Producers validate
 * what they publish against it.
 */
public final class EventContract {

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final Path directory;
    private final Function<String, String> files;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private EventContract(Path directory, Function<String, String> files, String commonSchemaId, String commonSchemaFile) {
        this.directory = directory;
        this.files = files;
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(commonSchemaId, files.apply(commonSchemaFile)))));
    }

    /** The contract of the module under test, from its classpath directory {@code events/}. */
    public static EventContract onClasspath(String commonSchemaId, String commonSchemaFile) {
        try {
            Path directory = Path.of(EventContract.class.getClassLoader().getResource("events").toURI());
            return new EventContract(directory, EventContract::resource, commonSchemaId, commonSchemaFile);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no events/ directory on the classpath", e);
        }
    }


    /** @return the violations of the event data against the schema of its type; a type without a schema is one */
    public Set<ValidationMessage> violations(String type, String data) {
        JsonSchema schema = schemas.computeIfAbsent(type, t -> factory.getSchema(files.apply(t + ".schema.json"), CONFIG));
        return schema.validate(data, InputFormat.JSON);
    }

    /** The event types the contract publishes: those with a schema of their own, sorted. */
    public List<String> types() {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json") && n.startsWith("ipcase."))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String example(String type) {
        return files.apply(type + ".example.json");
    }

    private static String resource(String name) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream("events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file events/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
