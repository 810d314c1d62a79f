package io.ipcase.observability;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * No personal data in the spans a service exports: a request's path becomes its route template ({@code
 * /api/v1/credit-checks/{subjectId}}, not a resident ID number) and its query keeps the parameters' names without their
 * values ({@code q} may be a party's name); a Kafka message's key (a subject's identifier) is left out. Applied as each
 * span starts, before anything is exported.
 */
@ApplicationScoped
public class TracePrivacy implements SpanProcessor {

    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> TARGET = AttributeKey.stringKey("http.target");
    /** a credit event's key is the subject's identifier, an individual's ID number among them */
    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    private record Template(String template, Pattern pattern) {
    }

    private final List<Template> templates;

    @Inject
    public TracePrivacy(RouteTemplates routes) {
        this(routes.templates());
    }

    TracePrivacy(Collection<String> templates) {
        // the most literal template first: /cases/{id}/audit rather than /cases/{id}/{action}
        this.templates = templates.stream().sorted(Comparator.comparingLong((String t) -> t.chars().filter(c -> c == '{').count())
                .thenComparing(Comparator.comparingInt(String::length).reversed())).map(t -> new Template(t, patternOf(t))).toList();
    }

    /** the template's literal parts as they are, each {parameter} one path segment */
    static Pattern patternOf(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String path = span.getAttribute(PATH);
        if (path != null) {
            span.setAttribute(PATH, template(path));
        }
        String query = span.getAttribute(QUERY);
        if (query != null) {
            span.setAttribute(QUERY, namesOnly(query));
        }
        String target = span.getAttribute(TARGET);
        if (target != null) {
            int q = target.indexOf('?');
            span.setAttribute(TARGET, q < 0 ? template(target) : template(target.substring(0, q)) + "?" + namesOnly(target.substring(q + 1)));
        }
        if (span.getAttribute(FULL) != null) {
            span.setAttribute(FULL, "");
        }
        if (span.getAttribute(MESSAGE_KEY) != null) {
            span.setAttribute(MESSAGE_KEY, "");
        }
    }

    /** the route template the path matches, a management path of Quarkus as it is, or UNMATCHED */
    String template(String path) {
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches()) {
                return t.template();
            }
        }
        return path.startsWith("/q/") && path.matches("/q(/[a-z][a-z-]*){1,2}") ? path : RouteTemplates.UNMATCHED;
    }

    static String namesOnly(String query) {
        StringBuilder names = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            names.append(names.length() == 0 ? "" : "&").append(eq < 0 ? pair : pair.substring(0, eq)).append("=…");
        }
        return names.toString();
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
