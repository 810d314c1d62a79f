package io.ipcase.console.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.ipcase.console.mapping.QueryString;
import io.ipcase.console.mapping.Doc;
import io.ipcase.console.service.Refusal;
import io.ipcase.console.service.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The credit officers' pages: proposals and listings with their objection windows, the listing page
 * with the decisions on it, and a subject's page (its infringement records and every listing it had).
 */
@Path("/credit")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CreditPages {

    private final Pages pages;
    private final Template listings;
    private final Template listingPage;
    private final Template subjectPage;

    public CreditPages(Pages pages, @Location("credit/listings.html") Template listings, @Location("credit/listing.html") Template listingPage,
            @Location("credit/subject.html") Template subjectPage) {
        this.pages = pages;
        this.listings = listings;
        this.listingPage = listingPage;
        this.subjectPage = subjectPage;
    }

    @GET
    @Path("listings")
    public TemplateInstance listings(@QueryParam("state") String state, @QueryParam("subjectId") String subjectId,
            @QueryParam("sort") String sort, @QueryParam("page") Integer page) {
        pages.requireSignIn();
        int current = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
        // sort=DECISION_DUE is the credit officers' queue: the proposals waiting for their decision, the longest waiting first
        JsonNode body = pages.read("credit", "/api/v1/listings" + new QueryString().add("state", state).add("subjectId", subjectId)
                .add("sort", sort).add("page", Integer.toString(current)).add("size", "20")).body();
        return pages.page(listings).data("items", Doc.list(body.path("items"))).data("total", body.path("total").asLong())
                .data("state", state == null ? "" : state).data("subjectId", subjectId == null ? "" : subjectId)
                .data("sort", sort == null ? "" : sort);
    }

    @GET
    @Path("listings/{id}")
    public TemplateInstance listingPage(@PathParam("id") UUID id) {
        pages.requireSignIn();
        Services.Reply reply = pages.read("credit", "/api/v1/listings/" + id);
        Doc listing = Doc.of(reply.body());
        Doc audit = Doc.of(pages.read("credit", "/api/v1/listings/" + id + "/audit").body());
        return pages.page(listingPage).data("l", listing).data("version", reply.etag()).data("actions", pages.actions("credit", listing))
                .data("audit", audit).data("key", UUID.randomUUID().toString()).data("yesNo", pages.yesNo())
                .data("postBase", "/credit/listings/" + id);
    }

    @POST
    @Path("listings/{id}/act/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        return pages.act("credit", "/api/v1/listings/" + id, action, form, "/credit/listings/" + id);
    }

    @GET
    @Path("subjects/{subjectId}")
    public TemplateInstance subjectPage(@PathParam("subjectId") String subjectId) {
        pages.requireSignIn();
        // a USCC, an ID or permit number, or COUNTRY:number of a passport or foreign register: no other character (no dot, no
        // slash) reaches the API path
        if (!subjectId.matches("([A-Z]{3}:)?[0-9A-Za-z()-]{1,50}")) {
            throw new Refusal(404, null, List.of());
        }
        return pages.page(subjectPage).data("s", Doc.of(pages.read("credit", "/api/v1/subjects/" + subjectId).body()));
    }
}
