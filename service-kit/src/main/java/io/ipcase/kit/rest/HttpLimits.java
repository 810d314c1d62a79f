package io.ipcase.kit.rest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.problem.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP layer's own refusals as problem+json too. The services' limits on a request line,
 * the headers and a body are checked here, first, below the limits of the HTTP codec itself
 * ({@code quarkus.http.limits.*}, set higher), so a long URL, a huge header or an oversized body
 * gets a 414 / 431 / 413 problem instead of the codec's empty answer; a path no route serves is a
 * 404 problem and a failure below the REST layer a 500 problem. Past the codec's limits Vert.x
 * still answers alone (Quarkus offers no hook there).
 */
@ApplicationScoped
public class HttpLimits {

    private final ObjectMapper json;
    private final int maxUri;
    private final int maxHeaders;
    private final long maxBody;

    public HttpLimits(ObjectMapper json, @ConfigProperty(name = "ipcase.http.max-uri-length", defaultValue = "8192") int maxUri,
            @ConfigProperty(name = "ipcase.http.max-header-bytes", defaultValue = "16384") int maxHeaders,
            @ConfigProperty(name = "ipcase.http.max-body-bytes", defaultValue = "2097152") long maxBody) {
        this.json = json;
        this.maxUri = maxUri;
        this.maxHeaders = maxHeaders;
        this.maxBody = maxBody;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().last().handler(ctx -> respond(ctx, 404, "Not found", "No such resource"));
        for (int status : new int[] { 400, 404, 405, 413, 414, 415, 431, 500, 503 }) {
            router.errorHandler(status, ctx -> respond(ctx, status, reason(status), detail(status)));
        }
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        if (request.uri().length() > maxUri) {
            respond(ctx, 414, "URI too long", "The request line is longer than " + maxUri + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaders) {
            respond(ctx, 431, "Request header fields too large", "The request's headers exceed " + maxHeaders + " bytes");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody) {
                    respond(ctx, 413, "Content too large", "The request body exceeds " + maxBody + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                respond(ctx, 400, "Bad request", "Content-Length is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void respond(RoutingContext ctx, int status, String title, String detail) {
        if (ctx.response().headWritten() || ctx.response().ended()) {
            return;
        }
        String path = ctx.request().path();
        Problem problem = new Problem("urn:ipcase:problem:http-" + status, title, status, detail,
                path == null || path.length() > 200 ? null : path, null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (status == 413 || status == 414 || status == 431) {
            ctx.response().putHeader("Connection", "close");
        }
        ctx.response().end(body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 431 -> "Request header fields too large";
            case 503 -> "Service unavailable";
            default -> "Internal error";
        };
    }

    private static String detail(int status) {
        return status >= 500 ? "The request could not be completed; nothing was changed" : "The request was refused by the HTTP layer";
    }
}
