package io.ipcase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Each service's OpenAPI document, as served, is a complete contract: it loads in the standard parser (swagger-parser)
 * without a message, and every operation has a summary, a description, a unique operationId, a tag, says who may call it
 * (roles, or explicitly no one signed in), has a typed success response with an example valid against its schema (201
 * with its Location), a typed request body with a valid example, and every error it can get as a problem+json.
 */
class OpenApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void everyOperationOfEveryServiceIsDocumentedCompletely() throws Exception {
        RunningSystem system = RunningSystem.get();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (String service : RunningSystem.SERVICES) {
            String text = fetch(system.managementUrl(service) + "/q/openapi?format=json");
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
            assertThat(parsed.getOpenAPI()).as(service + ": swagger-parser loads the document").isNotNull();
            parsed.getMessages().forEach(m -> failures.add(service + ": swagger-parser: " + m));
            JsonNode document = JSON.readTree(text);
            operations += check(service, document, failures);
        }
        assertThat(operations).as("operations read").isGreaterThan(60);
        assertThat(failures).as(() -> failures.size() + " gaps in the OpenAPI documents:\n" + String.join("\n", failures)).isEmpty();
    }

    private static int check(String service, JsonNode document, List<String> failures) {
        Set<String> operationIds = new HashSet<>();
        Set<String> describedTags = new HashSet<>();
        document.path("tags").forEach(t -> {
            if (!t.path("description").asText("").isBlank()) {
                describedTags.add(t.path("name").asText());
            }
        });
        int count = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                count++;
                String label = service + " " + entry.getKey().toUpperCase() + " " + path.getKey() + ": ";
                JsonNode op = entry.getValue();
                String summary = op.path("summary").asText("");
                String description = op.path("description").asText("");
                if (summary.isBlank()) {
                    failures.add(label + "no summary");
                }
                if (description.isBlank() || description.equals(summary)) {
                    failures.add(label + "no description (beyond the summary)");
                }
                String operationId = op.path("operationId").asText("");
                if (operationId.isBlank() || !operationIds.add(operationId)) {
                    failures.add(label + "no operationId, or one another operation has: '" + operationId + "'");
                }
                if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
                    failures.add(label + "no tag");
                }
                op.path("tags").forEach(t -> {
                    if (!describedTags.contains(t.asText())) {
                        failures.add(label + "tag '" + t.asText() + "' has no description in the document's tags");
                    }
                });
                boolean secured = checkSecurity(label, op, failures);
                checkResponses(label, document, path.getKey(), op, secured, failures);
                checkRequestBody(label, document, op, failures);
            }
        }
        return count;
    }

    /** @return whether the operation needs a signed-in caller */
    private static boolean checkSecurity(String label, JsonNode op, List<String> failures) {
        if (!op.has("security")) {
            failures.add(label + "says neither the roles that may call it nor that anyone may (security)");
            return false;
        }
        boolean secured = false;
        for (JsonNode requirement : op.path("security")) {
            for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
                secured = true;
                if (!scheme.getValue().isArray() || scheme.getValue().isEmpty()) {
                    failures.add(label + "security scheme '" + scheme.getKey() + "' lists no role");
                }
            }
        }
        return secured;
    }

    private static void checkResponses(String label, JsonNode document, String path, JsonNode op, boolean secured, List<String> failures) {
        JsonNode responses = op.path("responses");
        boolean success = false;
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (status.startsWith("2")) {
                success = true;
                if (status.equals("201") && !response.getValue().path("headers").has("Location")) {
                    failures.add(label + "201 without its Location header");
                }
                if (status.equals("204")) {
                    if (!content.isMissingNode() && !content.isEmpty()) {
                        failures.add(label + "204 with content");
                    }
                    continue;
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    failures.add(label + status + " without content");
                }
                content.properties().forEach(media -> checkMedia(label + status + " " + media.getKey() + ": ", document, media.getValue(), failures));
            } else if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode problem = content.path("application/problem+json").path("schema").path("$ref");
                if (!problem.asText("").endsWith("/Problem")) {
                    failures.add(label + status + " is not documented as a problem+json (schema Problem)");
                }
            }
        }
        if (!success) {
            failures.add(label + "no success response");
        }
        List<String> expected = new ArrayList<>();
        if (secured) {
            expected.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            expected.add("404");
        }
        if (op.has("requestBody")) {
            expected.addAll(List.of("400", "415"));
        }
        if (op.path("parameters").size() > 0) {
            expected.add("400");
        }
        for (String status : expected) {
            if (!responses.has(status)) {
                failures.add(label + "does not document " + status);
            }
        }
    }

    private static void checkRequestBody(String label, JsonNode document, JsonNode op, List<String> failures) {
        if (!op.has("requestBody")) {
            return;
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.isEmpty()) {
            failures.add(label + "request body without content");
        }
        content.properties().forEach(media -> checkMedia(label + "request " + media.getKey() + ": ", document, media.getValue(), failures));
    }

    /** a typed schema, and at least one example, each valid against it */
    private static void checkMedia(String label, JsonNode document, JsonNode media, List<String> failures) {
        JsonNode schema = media.path("schema");
        if (!schema.has("$ref") && !schema.has("type") && !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("allOf")) {
            failures.add(label + "untyped schema " + schema);
            return;
        }
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        media.path("examples").forEach(e -> examples.add(e.path("value")));
        if (examples.isEmpty()) {
            failures.add(label + "no example");
        }
        JsonSchema validator = validator(document, schema);
        for (JsonNode example : examples) {
            Set<ValidationMessage> messages = validator.validate(example);
            if (!messages.isEmpty()) {
                failures.add(label + "example does not match its schema: " + messages);
            }
        }
    }

    /** the media type's schema with the document's components beside it, so that its $refs resolve */
    private static JsonSchema validator(JsonNode document, JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.set("components", document.path("components"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(root, config);
    }

    /**
     * What a service serves is what ipcase-contracts publishes as its static, versioned OpenAPI document
     * (ipcase/contracts/openapi/&lt;service&gt;.openapi.yaml): an API change shows in the contract's diff. After a deliberate
     * change, {@code -Dipcase.openapi.write=true} writes the served documents into contracts/ for review and commit.
     */
    @Test
    void everyServiceServesItsPublishedDocument() throws Exception {
        RunningSystem system = RunningSystem.get();
        boolean write = Boolean.getBoolean("ipcase.openapi.write");
        List<String> differing = new ArrayList<>();
        for (String service : RunningSystem.SERVICES) {
            String served = fetch(system.managementUrl(service) + "/q/openapi?format=yaml");
            String name = "ipcase/contracts/openapi/" + service + ".openapi.yaml";
            if (write) {
                Path file = Path.of("..", "..", "contracts", "src", "main", "resources", name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, served.endsWith("\n") ? served : served + "\n", StandardCharsets.UTF_8);
                continue;
            }
            try (InputStream published = OpenApiContractIT.class.getClassLoader().getResourceAsStream(name)) {
                assertThat(published).as(name + " in ipcase-contracts").isNotNull();
                if (!YAML.readTree(published).equals(YAML.readTree(served))) {
                    differing.add(service);
                }
            }
        }
        assertThat(differing).as("services whose served OpenAPI differs from the published contracts/src/main/resources/ipcase/contracts/openapi/"
                + " (after a deliberate API change run this test with -Dipcase.openapi.write=true and commit the files)").isEmpty();
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
