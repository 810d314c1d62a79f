package io.ipcase.e2e;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.ipcase.e2e.Probe.Expect;

/**
 * The body probes of one operation, generated from its request schema and a valid body: the body
 * broken as a whole (malformed, a second document, 5 MB, 10,000 levels deep, empty, wrong content
 * types), then one field at a time (wrong types, coercions, missing and unknown fields, control
 * and bidi characters, lone surrogates, 100 KB, extreme numbers and dates), the rest of the body
 * staying valid so that the mutated field is the only thing wrong.
 * <p>
 * Values that only look hostile (an emoji, SQL, markup, a JNDI lookup, a path) in free text may be
 * accepted — then they must come back exactly as sent; in a constrained field (enum, pattern,
 * format) they must be refused.
 */
final class BodyProbes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw-json@@";
    private static final String UNKNOWN = "zzUnknownField";

    static final List<String> LOOKS_HOSTILE = List.of("' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd");
    static final List<String> EXTREME_NUMBERS = List.of("1e2147483647", "-1", "1e-400", "9223372036854775808", "0.001");
    static final List<String> EXTREME_DATES = List.of("-999999999-01-01", "+1000000000-01-01", "0000-01-01", "9999-12-31", "2026-02-30");

    private final OpenApiOperations document;
    private final JsonNode base;
    private final ProbeHttp.Request template;
    private final List<Probe> probes = new ArrayList<>();
    private final List<Probe> tolerated = new ArrayList<>();

    private BodyProbes(OpenApiOperations document, JsonNode base, ProbeHttp.Request template) {
        this.document = document;
        this.base = base;
        this.template = template;
    }

    /** the probes that must be refused, and those that may be accepted (run after the "nothing changed" check) */
    record Generated(List<Probe> strict, List<Probe> tolerated) {
    }

    /**
     * @param template the request with the caller's token and {@code Content-Type: application/json}; the body is set here
     */
    static Generated of(OpenApiOperations.Operation operation, JsonNode base, ProbeHttp.Request template) {
        BodyProbes generator = new BodyProbes(operation.document(), base, template);
        generator.wholeBody(operation.body());
        generator.walk(operation.body(), base, new ArrayList<>());
        return new Generated(generator.probes, generator.tolerated);
    }

    // ---- the body as a whole -------------------------------------------------------------------

    private void wholeBody(JsonNode schema) {
        String valid = text(base);
        whole("malformed JSON (cut in half)", valid.substring(0, valid.length() / 2), Expect.exactly(400));
        whole("a second JSON document after the body", valid + "\n{\"" + UNKNOWN + "\":1}", Expect.exactly(400));
        whole("empty body", "", Expect.exactly(400));
        whole("the JSON literal null", "null", Expect.exactly(400));
        if (!"array".equals(document.type(schema))) {
            whole("a JSON array instead of an object", "[]", Expect.exactly(400));
        }
        String first = base.isObject() && base.fieldNames().hasNext() ? base.fieldNames().next() : UNKNOWN;
        whole("10,000-deep nesting", "{\"" + first + "\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", Expect.exactly(400));
        List<Object> stringLeaf = firstStringLeaf(schema, base, new ArrayList<>());
        if (stringLeaf != null) {
            String big = "x".repeat(5 * 1024 * 1024);
            add("5 MB body", stringLeaf, TextNode.valueOf(big), Expect.oneOf(path(stringLeaf), 400, 413));
            String marked = text(with(base, stringLeaf, TextNode.valueOf(RAW)));
            int at = marked.indexOf(RAW);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(marked.substring(0, at).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE });
            bytes.writeBytes(marked.substring(at + RAW.length()).getBytes(StandardCharsets.UTF_8));
            probes.add(new Probe(Probe.BODY, "invalid UTF-8 bytes", path(stringLeaf), template.body(bytes.toByteArray()), Expect.exactly(400)));
        } else {
            ObjectNode padded = base.isObject() ? ((ObjectNode) base.deepCopy()).put(UNKNOWN, "x".repeat(5 * 1024 * 1024)) : null;
            if (padded != null) {
                probes.add(new Probe(Probe.BODY, "5 MB body", UNKNOWN, template.body(bytes(text(padded))), Expect.oneOf(null, 400, 413)));
            }
        }
        byte[] validBytes = bytes(valid);
        probes.add(new Probe(Probe.BODY, "Content-Type text/plain", "", template.header("Content-Type", "text/plain").body(validBytes),
                Expect.oneOf(null, 415, 400)));
        probes.add(new Probe(Probe.BODY, "no Content-Type", "", template.withoutHeader("Content-Type").body(validBytes),
                Expect.oneOf(null, 415, 400)));
        probes.add(new Probe(Probe.BODY, "Content-Type application/xml", "",
                template.header("Content-Type", "application/xml").body(bytes("<?xml version=\"1.0\"?><body/>")), Expect.oneOf(null, 415, 400)));
    }

    private void whole(String kind, String body, Expect expect) {
        probes.add(new Probe(Probe.BODY, kind, "", template.body(bytes(body)), expect));
    }

    private List<Object> firstStringLeaf(JsonNode schemaRef, JsonNode value, List<Object> at) {
        JsonNode schema = document.resolve(schemaRef);
        String type = document.type(schema);
        if ("string".equals(type) && value.isTextual()) {
            return at;
        }
        if ("object".equals(type) && value.isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (value.has(property.getKey())) {
                    List<Object> found = firstStringLeaf(property.getValue(), value.get(property.getKey()), append(at, property.getKey()));
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        if ("array".equals(type) && value.isArray() && value.size() > 0) {
            return firstStringLeaf(schema.path("items"), value.get(0), append(at, 0));
        }
        return null;
    }

    // ---- one field at a time -------------------------------------------------------------------

    private void walk(JsonNode schemaRef, JsonNode value, List<Object> at) {
        JsonNode schema = document.resolve(schemaRef);
        String type = document.type(schema);
        if (!at.isEmpty()) {
            mutate(schema, type, value, at);
        }
        if ("object".equals(type) && value.isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (value.has(property.getKey()) && !value.get(property.getKey()).isNull()) {
                    walk(property.getValue(), value.get(property.getKey()), append(at, property.getKey()));
                }
            }
            for (JsonNode required : schema.path("required")) {
                List<Object> field = append(at, required.asText());
                add("missing required field", field, null, Expect.oneOf(path(field), 400));
                add("null for a required field", field, NullNode.getInstance(), Expect.oneOf(path(field), 400));
            }
            List<Object> unknown = append(at, UNKNOWN);
            add("unknown field", unknown, TextNode.valueOf("x"), Expect.oneOf(path(unknown), 400));
        }
        if ("array".equals(type) && value.isArray() && value.size() > 0) {
            walk(schema.path("items"), value.get(0), append(at, 0));
        }
    }

    private void mutate(JsonNode schema, String type, JsonNode value, List<Object> at) {
        String field = path(at);
        String format = schema.path("format").asText("");
        switch (type) {
            case "string" -> {
                if (schema.has("enum")) {
                    enumeration(schema, value, at);
                } else if (format.equals("date")) {
                    dates(at, "", "");
                } else if (format.equals("date-time")) {
                    dates(at, "T00:00:00Z", "T10:00:00Z");
                    add("wrong type: number for a timestamp", at, IntNode.valueOf(1_700_000_000), Expect.oneOf(field, 400));
                    add("timestamp without offset", at, TextNode.valueOf("2026-01-05T10:00:00"), Expect.oneOf(field, 400));
                } else if (format.equals("uuid")) {
                    add("not a UUID", at, TextNode.valueOf("not-a-uuid"), Expect.oneOf(field, 400));
                    add("wrong type: number for a UUID", at, IntNode.valueOf(12345), Expect.oneOf(field, 400));
                } else {
                    strings(schema, value.asText(""), at);
                }
            }
            case "integer", "number" -> numbers(schema, type, value, at);
            case "boolean" -> {
                add("coercion: \"true\" for a boolean", at, TextNode.valueOf("true"), Expect.oneOf(field, 400));
                add("coercion: 1 for a boolean", at, IntNode.valueOf(1), Expect.oneOf(field, 400));
                add("wrong type: string for a boolean", at, TextNode.valueOf("yes"), Expect.oneOf(field, 400));
            }
            case "array" -> {
                add("wrong type: object for an array", at, NODES.objectNode(), Expect.oneOf(field, 400));
                if (value.isArray() && value.size() > 0) {
                    add("coercion: single value for an array", at, value.get(0).deepCopy(), Expect.oneOf(field, 400));
                }
                if (schema.path("minItems").asInt(0) > 0) {
                    add("empty array below minItems", at, NODES.arrayNode(), Expect.oneOf(field, 400));
                }
            }
            case "object" -> {
                add("wrong type: array for an object", at, NODES.arrayNode(), Expect.oneOf(field, 400));
                add("wrong type: string for an object", at, TextNode.valueOf("x"), Expect.oneOf(field, 400));
            }
            default -> {
                // untyped: nothing to say about it
            }
        }
    }

    private void strings(JsonNode schema, String valid, List<Object> at) {
        String field = path(at);
        add("wrong type: number for a string", at, IntNode.valueOf(12345), Expect.oneOf(field, 400));
        add("wrong type: boolean for a string", at, BooleanNode.TRUE, Expect.oneOf(field, 400));
        add("wrong type: object for a string", at, NODES.objectNode(), Expect.oneOf(field, 400));
        add("NUL character \\u0000", at, TextNode.valueOf(valid + "\u0000"), Expect.oneOf(field, 400));
        raw("lone surrogate \\ud800", at, quoted(valid).replaceAll("\"$", "") + "\\ud800\"", Expect.oneOf(field, 400));
        add("RTL override \\u202e", at, TextNode.valueOf(valid + "\u202e" + "fdp.exe"), Expect.oneOf(field, 400));
        add("100 KB string", at, TextNode.valueOf(valid + "x".repeat(100 * 1024)), Expect.oneOf(field, 400, 413));
        String emoji = valid + "😀";
        add("emoji", at, TextNode.valueOf(emoji), allowed(schema, emoji) ? Expect.rejectedOrStoredVerbatim(field, emoji, valid) : Expect.any4xx(field));
        for (String hostile : LOOKS_HOSTILE) {
            String value = valid + " " + hostile;
            add("looks hostile: " + hostile, at, TextNode.valueOf(value),
                    allowed(schema, value) ? Expect.rejectedOrStoredVerbatim(field, value, valid) : Expect.any4xx(field));
        }
    }

    /**
     * Whether the OpenAPI document lets the value through: free text, or text its pattern (matched whole,
     * as Bean Validation does) and length allow. Enumerations and formats let nothing of the kind through.
     */
    private static boolean allowed(JsonNode schema, String value) {
        if (schema.has("format") || schema.has("enum")) {
            return false;
        }
        if (schema.has("maxLength") && value.codePointCount(0, value.length()) > schema.get("maxLength").asInt()) {
            return false;
        }
        String pattern = schema.path("pattern").asText("");
        return pattern.isEmpty() || pattern.equals("\\S") || java.util.regex.Pattern.compile(pattern).matcher(value).matches();
    }

    private void enumeration(JsonNode schema, JsonNode value, List<Object> at) {
        String field = path(at);
        add("coercion: enum by index 0", at, IntNode.valueOf(0), Expect.oneOf(field, 400));
        add("unknown enum value", at, TextNode.valueOf("NO_SUCH_VALUE"), Expect.oneOf(field, 400));
        String lower = value.asText("").toLowerCase(Locale.ROOT);
        if (!lower.equals(value.asText(""))) {
            add("enum value in lower case", at, TextNode.valueOf(lower), Expect.oneOf(field, 400));
        }
        add("wrong type: object for an enum", at, NODES.objectNode(), Expect.oneOf(field, 400));
    }

    private void numbers(JsonNode schema, String type, JsonNode value, List<Object> at) {
        String field = path(at);
        String valid = value.isNumber() ? value.asText() : "1";
        add("coercion: number as a string", at, TextNode.valueOf(valid), Expect.oneOf(field, 400));
        add("wrong type: string for a number", at, TextNode.valueOf("abc"), Expect.oneOf(field, 400));
        add("wrong type: boolean for a number", at, BooleanNode.TRUE, Expect.oneOf(field, 400));
        if ("integer".equals(type)) {
            raw("coercion: fraction for an integer", at, valid + ".5", Expect.oneOf(field, 400));
        }
        boolean nonNegative = schema.has("minimum") && schema.get("minimum").asDouble() >= 0
                || schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber() && schema.get("exclusiveMinimum").asDouble() >= 0;
        boolean cents = schema.has("multipleOf") && new BigDecimal(schema.get("multipleOf").asText()).compareTo(new BigDecimal("0.001")) > 0;
        for (String extreme : EXTREME_NUMBERS) {
            boolean legitimate = extreme.equals("-1") && !nonNegative || extreme.equals("0.001") && "number".equals(type) && !cents;
            raw("extreme number " + extreme, at, extreme, legitimate ? Expect.rejectedOrStoredVerbatim(field, null, null) : Expect.any4xx(field));
        }
    }

    private void dates(List<Object> at, String suffix, String validTime) {
        String field = path(at);
        String what = suffix.isEmpty() ? "date" : "timestamp";
        add("wrong type: number for a " + what, at, IntNode.valueOf(20260105), Expect.oneOf(field, 400));
        add("not a " + what, at, TextNode.valueOf("not-a-" + what), Expect.oneOf(field, 400));
        for (String extreme : EXTREME_DATES) {
            String text = extreme + (extreme.equals("2026-02-30") ? validTime : suffix);
            add("extreme " + what + " " + text, at, TextNode.valueOf(text), Expect.any4xx(field));
        }
    }

    // ---- building the mutated bodies -----------------------------------------------------------

    private void add(String kind, List<Object> at, JsonNode replacement, Expect expect) {
        ProbeHttp.Request request = template.body(bytes(text(with(base, at, replacement))));
        (expect.tolerate2xx() ? tolerated : probes).add(new Probe(Probe.BODY, kind, path(at), request, expect));
    }

    private void raw(String kind, List<Object> at, String rawJson, Expect expect) {
        String text = text(with(base, at, TextNode.valueOf(RAW))).replace("\"" + RAW + "\"", rawJson);
        (expect.tolerate2xx() ? tolerated : probes).add(new Probe(Probe.BODY, kind, path(at), template.body(bytes(text)), expect));
    }

    /** A copy of the body with the node at the path replaced (or removed when the replacement is null; added when absent). */
    static JsonNode with(JsonNode body, List<Object> at, JsonNode replacement) {
        JsonNode copy = body.deepCopy();
        if (at.isEmpty()) {
            return replacement;
        }
        JsonNode parent = copy;
        for (Object step : at.subList(0, at.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            if (replacement == null) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        } else {
            ObjectNode object = (ObjectNode) parent;
            if (replacement == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, replacement);
            }
        }
        return copy;
    }

    static String path(List<Object> at) {
        StringBuilder path = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(step);
            }
        }
        return path.toString();
    }

    private static List<Object> append(List<Object> at, Object step) {
        List<Object> next = new ArrayList<>(at);
        next.add(step);
        return next;
    }

    private static String quoted(String value) {
        return text(TextNode.valueOf(value));
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
