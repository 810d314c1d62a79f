package io.ipcase.console.mapping;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A form as the API's JSON body. An input's name is the JSON path the API reports errors under
 * ({@code respondents[0].idNumber}, {@code decision.fine}), so the service's per-field messages land
 * by the fields that caused them; a suffix says what JSON type the text becomes: {@code :number},
 * {@code :integer}, {@code :boolean}, {@code :list} (one item per line), {@code :all} (every value
 * sent under the name: checked boxes), {@code :china-time} (a datetime-local input read in China time). Empty inputs are left out; names starting with
 * {@code _} (the CSRF token, the version, the idempotency key) are the console's own.
 * <p>
 * A number the user typed wrongly is sent as text, so the service refuses it with its own message
 * for that field: the console does not guess.
 */
public final class FormJson {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,2})])?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** with seconds always: an instant in the services' APIs is read strictly as ISO-8601 with them */
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private FormJson() {
    }

    /** the values as typed, by path without type suffix: for showing the form again after a refusal */
    public static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.startsWith("_") && !list.isEmpty()) {
                values.put(path(name), list.get(0));
            }
        });
        return values;
    }

    public static ObjectNode body(MultivaluedMap<String, String> form) {
        ObjectNode root = NODES.objectNode();
        form.forEach((name, list) -> {
            if (name.startsWith("_") || list.isEmpty() || list.get(0) == null || list.get(0).isBlank()) {
                return;
            }
            String type = name.contains(":") ? name.substring(name.indexOf(':') + 1) : "text";
            if ("all".equals(type)) {
                // every value sent under the name (a group of checkboxes) as one array
                ArrayNode values = NODES.arrayNode();
                list.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> values.add(v.strip()));
                put(root, path(name), values);
                return;
            }
            put(root, path(name), value(type, list.get(0).strip()));
        });
        dropEmptyRows(root);
        return root;
    }

    /**
     * A list's last rows left blank (a form offers a few; the user fills what they need) are not sent.
     * A blank row between filled ones is, so the service's message for it names the row the user sees.
     */
    private static void dropEmptyRows(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            while (!array.isEmpty() && array.get(array.size() - 1).isObject() && array.get(array.size() - 1).isEmpty()) {
                array.remove(array.size() - 1);
            }
        }
        node.forEach(FormJson::dropEmptyRows);
    }

    static String path(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private static JsonNode value(String type, String text) {
        switch (type) {
            case "number":
                try {
                    return NODES.numberNode(new BigDecimal(text.replace(",", "")));
                } catch (NumberFormatException e) {
                    return NODES.textNode(text);
                }
            case "integer":
                try {
                    return NODES.numberNode(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    return NODES.textNode(text);
                }
            case "boolean":
                return "true".equals(text) ? NODES.booleanNode(true) : "false".equals(text) ? NODES.booleanNode(false) : NODES.textNode(text);
            case "list":
                ArrayNode items = NODES.arrayNode();
                for (String line : text.split("[\\r\\n,，]+")) {
                    if (!line.isBlank()) {
                        items.add(line.strip());
                    }
                }
                return items;
            case "china-time":
                try {
                    return NODES.textNode(LocalDateTime.parse(text).atZone(Format.CHINA).format(OFFSET_TIME));
                } catch (DateTimeParseException e) {
                    return NODES.textNode(text);
                }
            default:
                return NODES.textNode(text);
        }
    }

    /** sets the value at a path like {@code respondents[0].idNumber}, making the objects and arrays on the way */
    private static void put(ObjectNode root, String path, JsonNode value) {
        List<String> segments = List.of(path.split("\\."));
        ObjectNode current = root;
        for (int i = 0; i < segments.size(); i++) {
            Matcher m = SEGMENT.matcher(segments.get(i));
            if (!m.matches()) {
                throw new BadForm(path);
            }
            String field = m.group(1);
            boolean last = i == segments.size() - 1;
            if (m.group(2) == null) {
                if (last) {
                    current.set(field, value);
                } else {
                    current = current.has(field) && current.get(field).isObject() ? (ObjectNode) current.get(field) : current.putObject(field);
                }
            } else {
                int index = Integer.parseInt(m.group(2));
                ArrayNode array = current.has(field) && current.get(field).isArray() ? (ArrayNode) current.get(field) : current.putArray(field);
                while (array.size() <= index) {
                    array.addObject();
                }
                if (last) {
                    array.set(index, value);
                } else {
                    current = (ObjectNode) array.get(index);
                }
            }
        }
    }

    /** a field name no form of the console has: a hand-made request, answered 400 */
    public static final class BadForm extends RuntimeException {

        BadForm(String name) {
            super("not a field of any form: " + name, null, false, false);
        }
    }
}
