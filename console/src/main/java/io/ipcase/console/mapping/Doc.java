package io.ipcase.console.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Mapper;

/**
 * One JSON object of a service's reply as the templates read it: {@code {c.caseNumber}}. A field the
 * service left out (its views omit nulls) reads as null, not as a rendering error, so a page shows an
 * empty cell for it. Nested objects are Docs, arrays lists; this is the console's tolerant reader of the
 * services' views — it names only the fields a page shows.
 */
public final class Doc implements Mapper {

    public static final Doc EMPTY = new Doc(Map.of());

    private final Map<String, Object> fields;

    private Doc(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Doc of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return EMPTY;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey(), value(e.getValue())));
        return new Doc(Collections.unmodifiableMap(fields));
    }

    /** the objects of a JSON array (or of the array in {@code field} of an object, as in a page of results) */
    public static List<Doc> list(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<Doc> docs = new ArrayList<>();
        node.forEach(item -> docs.add(of(item)));
        return List.copyOf(docs);
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return of(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return Collections.unmodifiableList(items);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }

    @Override
    public Object get(String key) {
        return fields.get(key);
    }

    public String text(String key) {
        Object value = fields.get(key);
        return value == null ? null : value.toString();
    }

    public Doc doc(String key) {
        return fields.get(key) instanceof Doc d ? d : EMPTY;
    }

    @SuppressWarnings("unchecked")
    public List<Object> items(String key) {
        return fields.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
