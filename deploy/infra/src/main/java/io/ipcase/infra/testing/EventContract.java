package io.ipcase.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * One producer's published event contract, as the {@code ipcase-contracts} artifact carries it under
 * {@code ipcase/contracts/events/<producer>/}: per type {@code <type>.schema.json} and {@code <type>.example.json},
 * the shared data schema each type narrows (referenced relatively, so it resolves from the jar as from the files),
 * and the producer's AsyncAPI document. Producers validate what they publish against it; consumers build the events
 * they are fed from its examples.
 */
public final class EventContract {

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final String directory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private EventContract(String producer) {
        this.directory = "ipcase/contracts/events/" + producer + "/";
    }

    /** The contract of one producer: case, mediation, credit or notification. */
    public static EventContract of(String producer) {
        EventContract contract = new EventContract(producer);
        if (EventContract.class.getClassLoader().getResource(contract.directory + "asyncapi.yaml") == null) {
            throw new IllegalStateException("no " + contract.directory + " on the class path: depend on ipcase-contracts");
        }
        return contract;
    }

    /** @return the violations of the event data against the schema of its type; a type without a schema is one */
    public Set<ValidationMessage> violations(String type, String data) {
        JsonSchema schema = schemas.computeIfAbsent(type,
                t -> FACTORY.getSchema(SchemaLocation.of("classpath:" + directory + t + ".schema.json"), CONFIG));
        return schema.validate(data, InputFormat.JSON);
    }

    /** The event types the contract publishes: those with a schema of their own, sorted. */
    public List<String> types() {
        URL asyncapi = EventContract.class.getClassLoader().getResource(directory + "asyncapi.yaml");
        try {
            URI uri = asyncapi.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return types(jar.getPath(directory));
                } catch (FileSystemAlreadyExistsException opened) {
                    // another test has the jar open: read through its file system, and leave it to that test to close
                    return types(FileSystems.getFileSystem(uri).getPath(directory));
                }
            }
            return types(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> types(Path directory) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json") && n.startsWith("ipcase."))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList();
        }
    }

    /** The published example of any producer's type, e.g. {@code ipcase.case.accepted.v1}: what a consumer is fed. */
    public static String exampleOf(String type) {
        return of(type.split("\\.")[1]).example(type);
    }

    /** The example of a type, as published. */
    public String example(String type) {
        return file(type + ".example.json");
    }

    /** A file of the contract, e.g. {@code asyncapi.yaml}. */
    public String file(String name) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(directory + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file " + directory + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
