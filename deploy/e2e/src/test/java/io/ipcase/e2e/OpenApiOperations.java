package io.ipcase.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The operations a service publishes in its OpenAPI document ({@code /q/openapi?format=json}), read
 * with plain Jackson: method, path, whether a security requirement applies, parameters and the
 * JSON request body's schema. References ({@code $ref}) are resolved on demand.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String service, String method, String path, boolean secured, List<Param> params, JsonNode body, boolean bodyRequired,
            OpenApiOperations document) {

        String key() {
            return method + " " + path;
        }

        String label() {
            return service + " " + method + " " + path;
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean hasJsonBody() {
            return body != null;
        }
    }

    private final String service;
    private final JsonNode document;

    OpenApiOperations(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode globalSecurity = document.path("security");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<Param> shared = params(path.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode node = op.getValue();
                JsonNode security = node.has("security") ? node.get("security") : globalSecurity;
                boolean secured = security.isArray() && security.size() > 0 && hasRequirement(security);
                List<Param> params = new ArrayList<>(shared);
                params.addAll(params(node.path("parameters")));
                JsonNode content = resolve(node.path("requestBody")).path("content");
                JsonNode body = null;
                for (Iterator<String> types = content.fieldNames(); types.hasNext();) {
                    String type = types.next();
                    if (type.toLowerCase(Locale.ROOT).contains("json")) {
                        body = content.get(type).path("schema");
                    }
                }
                boolean bodyRequired = resolve(node.path("requestBody")).path("required").asBoolean(false);
                operations.add(new Operation(service, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), secured, List.copyOf(params), body,
                        bodyRequired, this));
            }
        }
        return operations;
    }

    /** An empty requirement object ({@code {}}) means anonymous access is one of the alternatives. */
    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() == 0) {
                return false;
            }
        }
        return true;
    }

    private List<Param> params(JsonNode list) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode param = resolve(p);
            params.add(new Param(param.path("name").asText(), param.path("in").asText(), param.path("required").asBoolean(false),
                    resolve(param.path("schema"))));
        }
        return params;
    }

    /** The schema or object a {@code $ref} points to (followed repeatedly), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** The JSON type of a schema: object, array, string, integer, number, boolean (guessed from its shape when untyped). */
    String type(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("type")) {
            return s.get("type").asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        if (s.has("enum")) {
            return "string";
        }
        return "";
    }
}
