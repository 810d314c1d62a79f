package io.ipcase.console.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.ipcase.console.mapping.QueryString;
import io.ipcase.console.mapping.Doc;
import io.ipcase.console.service.Refusal;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * What anyone may read without signing in: the published penalty decisions (行政处罚信息公示), the
 * dishonesty-list search, and the page where a subject proposed for the list states its own case by the one-time
 * link of its notice (陈述申辩). The services mask individuals' data before it leaves them; these pages add
 * nothing of their own and call the services without any token.
 */
@Path("/public")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    private static final int SIZE = 20;

    private final Pages pages;
    private final Template decisions;
    private final Template blacklist;
    private final Template statement;

    public PublicPages(Pages pages, @Location("public/decisions.html") Template decisions,
            @Location("public/blacklist.html") Template blacklist, @Location("public/statement.html") Template statement) {
        this.pages = pages;
        this.decisions = decisions;
        this.blacklist = blacklist;
        this.statement = statement;
    }

    /** the link's token as notification-service draws it (32 random bytes, base64url); anything else is no link */
    private static String token(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new Refusal(404, null, List.of());
        }
        return token;
    }

    /** The proposal as its subject is told of it: grounds, authority and deadline — the service shows no name or ID number. */
    @GET
    @Path("statement/{token}")
    public TemplateInstance statement(@PathParam("token") String token) {
        JsonNode body = pages.readPublic("credit", "/api/v1/listings/statements/" + token(token)).body();
        return pages.page(statement).data("p", Doc.of(body)).data("token", token);
    }

    /** The subject files its own statement, once, while the window runs. */
    @POST
    @Path("statement/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileStatement(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        return pages.submitPublic("credit", "/api/v1/listings/statements/" + token(token), form, "/public/statement/" + token);
    }

    @GET
    @Path("decisions")
    public TemplateInstance decisions(@QueryParam("page") Integer page) {
        int current = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
        JsonNode body = pages.readPublic("case", "/api/v1/public/penalty-decisions?size=" + SIZE + "&page=" + current).body();
        return pages.page(decisions).data("items", Doc.list(body.path("items"))).data("total", body.path("total").asLong())
                .data("page", current).data("hasNext", (long) (current + 1) * SIZE < body.path("total").asLong());
    }

    @GET
    @Path("blacklist")
    public TemplateInstance blacklist(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        int current = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
        String query = q == null ? "" : q.strip();
        JsonNode body = pages.readPublic("credit", "/api/v1/public/blacklist" + new QueryString().add("q", query)
                .add("page", Integer.toString(current)).add("size", Integer.toString(SIZE))).body();
        return pages.page(blacklist).data("items", Doc.list(body.path("items"))).data("total", body.path("total").asLong())
                .data("q", query).data("page", current).data("hasNext", (long) (current + 1) * SIZE < body.path("total").asLong());
    }
}
