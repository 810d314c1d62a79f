package io.ipcase.console.mapping;

import io.quarkus.qute.TemplateExtension;

/** Small helpers the templates call on their values. */
@TemplateExtension
public final class TemplateHelpers {

    private TemplateHelpers() {
    }

    /** a text whose key is made of a prefix and a value: {@code {t.word('role.', role)}}; the value itself when there is none */
    static String word(java.util.Map<String, String> texts, String prefix, Object value) {
        String text = texts.get(prefix + value);
        return text == null ? String.valueOf(value) : text;
    }

    /** a field path under a list: {@code {side.path('[0].name')}} */
    static String path(String base, String rest) {
        return base + rest;
    }

    /** an input's id from its name ({@code respondents[0].idNumber} → {@code f-respondents-0-idNumber}; {@code scope} tells apart the same field in two forms of a page) */
    static String fieldIdIn(String name, String scope) {
        int colon = name.indexOf(':');
        String path = colon < 0 ? name : name.substring(0, colon);
        return "f-" + (scope == null || scope.isEmpty() ? "" : scope + "-") + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
