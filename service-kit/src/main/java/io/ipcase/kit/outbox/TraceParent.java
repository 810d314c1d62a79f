package io.ipcase.kit.outbox;

import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of the span this thread is in: written with an outbox row and sent with its event (the
 * CloudEvents distributed-tracing extension), so that the consumers' work joins the trace of the request or event that
 * caused it — however long after the commit the relay publishes it.
 */
public final class TraceParent {

    private TraceParent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null outside a sampled or valid span */
    public static String current() {
        return of(Span.current().getSpanContext());
    }

    /** the context a kept traceparent names, for work done later to join its trace; the root context for none */
    public static Context context(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of("traceparent", traceParent), MAP);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    static String of(SpanContext context) {
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
