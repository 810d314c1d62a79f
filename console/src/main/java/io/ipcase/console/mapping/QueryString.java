package io.ipcase.console.mapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A query string of the filters a page was given, for a service's list: blank filters are left out. */
public final class QueryString {

    private final StringBuilder text;

    public QueryString() {
        this.text = new StringBuilder();
    }

    /** the filters of {@code start}, to add a page's own parameters to without changing {@code start} */
    public QueryString(QueryString start) {
        this.text = new StringBuilder(start.text);
    }

    public QueryString add(String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append(text.length() == 0 ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
