package io.ipcase.console.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.ipcase.console.mapping.FormJson;
import io.ipcase.console.service.LocalSignIn;
import io.ipcase.console.service.Refusal;
import io.ipcase.console.service.Services;
import io.ipcase.console.service.SignInRequired;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;

/**
 * What the user sees when a page cannot be shown: the sign-in page when the session is gone, the
 * reason a service gave for a refusal (403 with why, 404), a note that a service is not answering —
 * in the user's language, never a stack trace. htmx requests get the same pages as fragments.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Pages pages;
    @Inject
    HttpServerRequest request;
    @Inject
    LocalSignIn localSignIn;
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response signIn(SignInRequired e) {
        String target = localSignIn.enabled() ? "/sign-in" : "/";
        if (request.getHeader("HX-Request") != null) {
            return Response.ok().header("HX-Redirect", target).build();
        }
        return Response.seeOther(java.net.URI.create(target)).build();
    }

    @ServerExceptionMapper
    public Response refused(Refusal e) {
        String kind = switch (e.status()) {
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 409 -> "conflict";
            case 412 -> "stale";
            default -> "refused";
        };
        return page(e.status() >= 400 && e.status() < 600 ? e.status() : 502, kind, e.detail());
    }

    @ServerExceptionMapper
    public Response unavailable(Services.ServiceUnavailable e) {
        LOG.warnf("%s-service did not answer: %s", e.service(), e.getCause() == null ? "" : e.getCause().toString());
        return page(503, "unavailable", e.service() + "-service");
    }

    @ServerExceptionMapper
    public Response badForm(FormJson.BadForm e) {
        return page(400, "badRequest", null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "notFound", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return page(status, status == 405 ? "notFound" : status < 500 ? "badRequest" : "failed", null);
    }

    @ServerExceptionMapper
    public Response failed(RuntimeException e) {
        LOG.error("a page failed", e);
        return page(500, "failed", null);
    }

    private Response page(int status, String kind, String detail) {
        boolean fragment = request.getHeader("HX-Request") != null;
        String html = pages.page(error).data("kind", kind).data("status", status).data("detail", detail).data("fragment", fragment).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(html).build();
    }
}
