package io.ipcase.console.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.ipcase.console.mapping.QueryString;
import io.ipcase.console.mapping.Doc;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * What anyone may read without signing in: the published penalty decisions (行政处罚信息公示) and the
 * dishonesty-list search. The services mask individuals' data before it leaves them; these pages add
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

    public PublicPages(Pages pages, @Location("public/decisions.html") Template decisions,
            @Location("public/blacklist.html") Template blacklist) {
        this.pages = pages;
        this.decisions = decisions;
        this.blacklist = blacklist;
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
