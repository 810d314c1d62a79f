package io.ipcase.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * An OpenTelemetry collector as far as a test needs one: takes the spans the services export (OTLP over HTTP,
 * protobuf) and keeps them, for a test to read a trace whole.
 */
final class OtlpReceiver implements AutoCloseable {

    record Span(String service, String traceId, String spanId, String parentSpanId, String name) {
    }

    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    /** what a service's IPCASE_OTLP_ENDPOINT is set to (with the protocol http/protobuf) */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** sets a packaged app's environment to export its spans here, promptly */
    void exportFrom(java.util.Map<String, String> environment) {
        environment.put("IPCASE_OTLP_ENDPOINT", endpoint());
        environment.put("IPCASE_OTLP_LOG_LEVEL", "WARN");
        environment.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        environment.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
    }

    /** every span received so far */
    List<Span> spans() {
        return List.copyOf(spans);
    }

    List<Span> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            HexFormat hex = HexFormat.of();
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream().filter(a -> a.getKey().equals("service.name"))
                        .map(KeyValue::getValue).map(v -> v.getStringValue()).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
                        spans.add(new Span(service, hex.formatHex(span.getTraceId().toByteArray()), hex.formatHex(span.getSpanId().toByteArray()),
                                hex.formatHex(span.getParentSpanId().toByteArray()), span.getName()));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
