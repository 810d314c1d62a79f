package io.ipcase.console.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The labels of the services' values ({@code GET /api/v1/vocabulary} of each), read once and kept:
 * a label lives beside its value in the service that owns it, and the console shows it in the
 * user's language. A value the console has no label for shows as itself.
 */
@ApplicationScoped
public class Vocabulary {

    /** one value with its label in the language asked for */
    public record Term(String value, String label) {
    }

    private static final List<String> SERVICES = List.of("case", "mediation", "credit");

    private final Services services;
    private final Map<String, Map<String, JsonNode>> terms = new ConcurrentHashMap<>();
    /** an enum no service names is not asked for again on every cell of a page */
    private static final long RELOAD_AFTER_NANOS = 30_000_000_000L;
    private volatile long lastLoad = System.nanoTime() - RELOAD_AFTER_NANOS - 1;

    public Vocabulary(Services services) {
        this.services = services;
    }

    public String label(String enumName, Object value, String lang) {
        if (value == null) {
            return "";
        }
        JsonNode term = term(enumName, value.toString());
        return term == null ? value.toString() : term.path(lang.equals("en") ? "en" : "zh").asText(value.toString());
    }

    public List<Term> options(String enumName, String lang) {
        List<Term> options = new ArrayList<>();
        for (JsonNode term : values(enumName).values()) {
            options.add(new Term(term.path("value").asText(), term.path(lang.equals("en") ? "en" : "zh").asText()));
        }
        return options;
    }

    private JsonNode term(String enumName, String value) {
        return values(enumName).get(value);
    }

    private Map<String, JsonNode> values(String enumName) {
        Map<String, JsonNode> known = terms.get(enumName);
        if (known == null && System.nanoTime() - lastLoad > RELOAD_AFTER_NANOS) {
            load();
            known = terms.get(enumName);
        }
        return known == null ? Map.of() : known;
    }

    /** reads what the services serve; a service that does not answer now is asked again next time */
    private synchronized void load() {
        lastLoad = System.nanoTime();
        for (String service : SERVICES) {
            Services.Reply reply;
            try {
                reply = services.get(service, "/api/v1/vocabulary", null);
            } catch (Services.ServiceUnavailable e) {
                continue;
            }
            if (!reply.ok()) {
                continue;
            }
            reply.body().fields().forEachRemaining(e -> {
                Map<String, JsonNode> values = new LinkedHashMap<>();
                e.getValue().forEach(term -> values.put(term.path("value").asText(), term));
                terms.putIfAbsent(e.getKey(), Collections.unmodifiableMap(values));
            });
        }
    }
}
