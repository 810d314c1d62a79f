package io.ipcase.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** A span leaves a service with route templates and query parameter names, never an ID number or a party's name. */
class TracePrivacyTest {

    final List<SpanData> exported = new CopyOnWriteArrayList<>();
    final SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(new TracePrivacy(List.of("/api/v1/credit-checks/{subjectId}", "/api/v1/cases", "/api/v1/cases/{id}",
                    "/api/v1/cases/{id}/{action}", "/api/v1/cases/{id}/audit")))
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    exported.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            })).build();

    SpanData request(String path, String query) {
        var builder = tracing.get("test").spanBuilder("GET").setAttribute("url.path", path);
        if (query != null) {
            builder.setAttribute("url.query", query);
        }
        builder.startSpan().end();
        return exported.get(exported.size() - 1);
    }

    @Test
    void aPathBecomesItsRouteTemplate() {
        assertEquals("/api/v1/credit-checks/{subjectId}", path(request("/api/v1/credit-checks/11010519491231002X", null)));
        assertEquals("/api/v1/cases/{id}/audit", path(request("/api/v1/cases/6f1c2d3e-0000-4000-8000-000000000001/audit", null)));
        assertEquals("/api/v1/cases/{id}/{action}", path(request("/api/v1/cases/6f1c2d3e-0000-4000-8000-000000000001/accept", null)));
        assertEquals("/api/v1/cases", path(request("/api/v1/cases", null)));
    }

    @Test
    void aPathOfNoRouteIsUnmatchedAndQuarkusOwnStay() {
        assertEquals("UNMATCHED", path(request("/api/v1/people/11010519491231002X", null)));
        assertEquals("UNMATCHED", path(request("/api/v1/credit-checks/110105/19491231002X", null)));
        assertEquals("/q/health/ready", path(request("/q/health/ready", null)));
    }

    @Test
    void aQueryKeepsItsNamesOnly() {
        assertEquals("q=…&state=…&flag=…", request("/api/v1/cases", "q=%E5%BC%A0%E4%B8%89&state=OPEN&flag").getAttributes()
                .get(AttributeKey.stringKey("url.query")));
    }

    @Test
    void aMessageKeyIsLeftOut() {
        tracing.get("test").spanBuilder("ipcase.credit.events receive").setAttribute("messaging.kafka.message.key", "11010519491231002X")
                .startSpan().end();
        assertEquals("", exported.get(exported.size() - 1).getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key")));
    }

    private static String path(SpanData span) {
        return span.getAttributes().get(AttributeKey.stringKey("url.path"));
    }
}
