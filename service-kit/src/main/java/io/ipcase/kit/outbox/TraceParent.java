package io.ipcase.kit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

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

    static String of(SpanContext context) {
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
