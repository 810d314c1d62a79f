package io.ipcase.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The HTML page of the events ({@code ipcase/contracts/index.html} in the artifact): for each producer its topics, what
 * it publishes and reads, and per event type its fields (the common data schema merged with what the type narrows), its
 * example and links to the schema files. Written from the AsyncAPI documents and schemas at build time, so the page
 * never says anything the contract does not.
 */
public final class EventCatalogue {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> PRODUCERS = List.of("case", "mediation", "credit", "notification");

    private final Path events;
    private final StringBuilder html = new StringBuilder();

    EventCatalogue(Path events) {
        this.events = events;
    }

    /** @param args the events directory (…/ipcase/contracts/events) and the page to write */
    public static void main(String[] args) throws IOException {
        Path page = Path.of(args[1]);
        Files.createDirectories(page.getParent());
        Files.writeString(page, new EventCatalogue(Path.of(args[0])).page(), StandardCharsets.UTF_8);
    }

    String page() throws IOException {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ipcase events</title>\n<style>")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}")
                .append("table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}")
                .append("pre{background:#f5f5f5;padding:.5rem;overflow-x:auto;font-size:.85rem}code{font-size:.9em}.desc{white-space:pre-wrap}")
                .append("section.event{border-top:1px solid #ddd;margin-top:1.5rem}</style></head><body>\n")
                .append("<h1>ipcase events</h1>\n<p>The event contract of ipcase (Maven artifact <code>io.ipcase:ipcase-contracts</code>): every event is a")
                .append(" CloudEvents 1.0 record in Kafka binary mode (attributes as <code>ce_*</code> headers, the JSON data as the value).")
                .append(" Each producer's AsyncAPI document, schemas (JSON Schema 2020-12, references relative to the file) and examples are in")
                .append(" <code>events/&lt;producer&gt;/</code> beside this page.</p>\n<ul>");
        for (String producer : PRODUCERS) {
            html.append("<li><a href=\"#").append(producer).append("\">").append(esc(asyncapi(producer).path("info").path("title").asText()))
                    .append("</a></li>");
        }
        html.append("</ul>\n");
        for (String producer : PRODUCERS) {
            producer(producer);
        }
        return html.append("</body></html>\n").toString();
    }

    private void producer(String producer) throws IOException {
        JsonNode doc = asyncapi(producer);
        JsonNode info = doc.path("info");
        html.append("<h2 id=\"").append(producer).append("\">").append(esc(info.path("title").asText())).append(" <small>")
                .append(esc(info.path("version").asText())).append("</small></h2>\n<p><a href=\"events/").append(producer)
                .append("/asyncapi.yaml\">AsyncAPI document</a></p>\n<div class=\"desc\">").append(esc(info.path("description").asText()))
                .append("</div>\n<h3>Topics</h3>\n<table><tr><th>Topic</th><th>Partitions / replicas</th><th>Topic settings</th><th>Description</th></tr>\n");
        for (JsonNode channel : iterable(doc.path("channels"))) {
            JsonNode kafka = channel.path("bindings").path("kafka");
            html.append("<tr><td><code>").append(esc(channel.path("address").asText())).append("</code></td><td>")
                    .append(kafka.has("partitions") ? kafka.path("partitions").asText() + " / " + kafka.path("replicas").asText() : "")
                    .append("</td><td>").append(esc(settings(kafka.path("topicConfiguration")))).append("</td><td class=\"desc\">")
                    .append(esc(channel.path("description").asText())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        Map<String, String> published = new LinkedHashMap<>();
        List<String> read = new ArrayList<>();
        for (JsonNode operation : iterable(doc.path("operations"))) {
            String address = resolve(doc, operation.path("channel")).path("address").asText();
            for (JsonNode ref : operation.path("messages")) {
                JsonNode message = resolve(doc, ref);
                String name = message.path("name").asText();
                if ("send".equals(operation.path("action").asText())) {
                    published.put(name, message.path("title").asText());
                } else if (!read.contains(name + " (" + address + ")")) {
                    read.add(name + " (" + address + ")");
                }
            }
        }
        if (!read.isEmpty()) {
            html.append("<h3>Reads</h3>\n<ul>");
            read.forEach(r -> html.append("<li><code>").append(esc(r)).append("</code></li>"));
            html.append("</ul>\n");
        }
        html.append("<h3>Publishes</h3>\n<ul>");
        published.forEach((name, title) -> html.append("<li><a href=\"#").append(esc(name)).append("\"><code>").append(esc(name))
                .append("</code></a> ").append(esc(title)).append("</li>"));
        html.append("</ul>\n");
        for (JsonNode message : iterable(doc.path("components").path("messages"))) {
            if (published.containsKey(message.path("name").asText())) {
                event(producer, message);
            }
        }
    }

    private void event(String producer, JsonNode message) throws IOException {
        String type = message.path("name").asText();
        html.append("<section class=\"event\"><h4 id=\"").append(esc(type)).append("\"><code>").append(esc(type)).append("</code> — ")
                .append(esc(message.path("title").asText())).append("</h4>\n<div class=\"desc\">").append(esc(message.path("description").asText()))
                .append("</div>\n");
        Path schemaFile = events.resolve(producer).resolve(type + ".schema.json");
        if (Files.exists(schemaFile)) {
            Fields fields = fields(schemaFile);
            html.append("<p><a href=\"events/").append(producer).append('/').append(type).append(".schema.json\">schema</a> · <a href=\"events/")
                    .append(producer).append('/').append(type).append(".example.json\">example</a></p>\n")
                    .append("<table><tr><th>Field</th><th>Type</th><th>Required</th><th>Description</th></tr>\n");
            fields.properties().forEach((name, schema) -> html.append("<tr><td><code>").append(esc(name)).append("</code></td><td>")
                    .append(esc(typeOf(schema))).append("</td><td>").append(fields.required().contains(name) ? "yes" : "").append("</td><td class=\"desc\">")
                    .append(esc(schema.path("description").asText())).append("</td></tr>\n"));
            html.append("</table>\n");
            Path example = events.resolve(producer).resolve(type + ".example.json");
            if (Files.exists(example)) {
                html.append("<pre>").append(esc(JSON.writeValueAsString(JSON.readTree(example.toFile())))).append("</pre>\n");
            }
        }
        html.append("</section>\n");
    }

    record Fields(Map<String, JsonNode> properties, Set<String> required) {
    }

    /** A type's top-level fields: its own and those of every schema it extends (allOf), the narrower description winning. */
    Fields fields(Path schemaFile) throws IOException {
        Fields fields = new Fields(new LinkedHashMap<>(), new LinkedHashSet<>());
        collect(schemaFile, JSON.readTree(schemaFile.toFile()), fields);
        return fields;
    }

    private void collect(Path file, JsonNode schema, Fields fields) throws IOException {
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty() && !ref.startsWith("#")) {
            Path target = file.resolveSibling(ref).normalize();
            collect(target, JSON.readTree(target.toFile()), fields);
        }
        for (JsonNode part : schema.path("allOf")) {
            collect(file, part, fields);
        }
        schema.path("required").forEach(r -> fields.required().add(r.asText()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            fields.properties().put(property.getKey(), merge(fields.properties().get(property.getKey()), property.getValue()));
        }
    }

    private static JsonNode merge(JsonNode wider, JsonNode narrower) {
        if (wider == null) {
            return narrower;
        }
        ObjectNode merged = (ObjectNode) wider.deepCopy();
        narrower.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    static String typeOf(JsonNode schema) {
        if (schema.has("const")) {
            return "always " + schema.get("const");
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return "one of " + String.join(", ", values);
        }
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty()) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        String type = schema.path("type").isArray() ? schema.path("type").toString() : schema.path("type").asText("any");
        if ("array".equals(type)) {
            return "array of " + typeOf(schema.path("items"));
        }
        return schema.has("format") ? type + " (" + schema.path("format").asText() + ")" : type;
    }

    private JsonNode asyncapi(String producer) {
        try {
            return YAML.readTree(events.resolve(producer).resolve("asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local reference (#/channels/…) within the document, or the node itself. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = doc;
        for (String step : ref.substring(2).split("/")) {
            target = target.path(step.replace("~1", "/").replace("~0", "~"));
        }
        return resolve(doc, target);
    }

    private static String settings(JsonNode configuration) {
        List<String> pairs = new ArrayList<>();
        configuration.properties().forEach(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(", ", pairs);
    }

    private static Iterable<JsonNode> iterable(JsonNode object) {
        List<JsonNode> values = new ArrayList<>();
        object.forEach(values::add);
        return values;
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
