package io.ipcase.console.rest;

import java.util.List;
import java.util.Map;
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

import io.ipcase.console.mapping.ActionForms;
import io.ipcase.console.mapping.Doc;
import io.ipcase.console.mapping.FormJson;
import io.ipcase.console.mapping.QueryString;
import io.ipcase.console.service.Services;
import io.ipcase.console.service.Session;
import io.ipcase.console.service.Vocabulary;
import io.ipcase.identifiers.DivisionCode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The officers' pages: the work list, registering a case, and the case page with its parties, clocks,
 * evidence, decision, audit trail and the actions allowed now. Every change sends the version the
 * page showed (If-Match) and a key made when the form was drawn (Idempotency-Key).
 */
@Path("/cases")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    private final Pages pages;
    private final Template list;
    private final Template registration;
    private final Template casePage;

    public CasePages(Pages pages, @Location("cases/list.html") Template list, @Location("cases/new.html") Template registration,
            @Location("cases/case.html") Template casePage) {
        this.pages = pages;
        this.list = list;
        this.registration = registration;
        this.casePage = casePage;
    }

    /** the work list: the filters and search of the API, passed through as the user set them */
    @GET
    public TemplateInstance list(@QueryParam("state") String state, @QueryParam("track") String track, @QueryParam("ipKind") String ipKind,
            @QueryParam("procedure") String procedure, @QueryParam("officer") String officer, @QueryParam("q") String q,
            @QueryParam("awaiting") String awaiting, @QueryParam("sort") String sort, @QueryParam("page") Integer page) {
        pages.requireSignIn();
        Map<String, String> filter = new java.util.LinkedHashMap<>();
        filter.put("state", nullToEmpty(state));
        filter.put("track", nullToEmpty(track));
        filter.put("ipKind", nullToEmpty(ipKind));
        filter.put("procedure", nullToEmpty(procedure));
        filter.put("officer", nullToEmpty(officer));
        filter.put("q", nullToEmpty(q));
        filter.put("awaiting", nullToEmpty(awaiting));
        filter.put("sort", nullToEmpty(sort));
        QueryString filters = new QueryString();
        filter.forEach(filters::add);
        int current = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
        JsonNode body = pages.read("case", "/api/v1/cases" + new QueryString(filters).add("page", Integer.toString(current)).add("size", "20")).body();
        long total = body.path("total").asLong();
        String base = "/cases" + filters + (filters.toString().isEmpty() ? "?" : "&") + "page=";
        return pages.page(list).data("cases", Doc.list(body.path("items"))).data("total", total)
                .data("previousPage", current > 0 ? base + (current - 1) : null)
                .data("nextPage", (long) (current + 1) * 20 < total ? base + (current + 1) : null).data("filter", filter);
    }

    @GET
    @Path("new")
    public TemplateInstance registrationForm() {
        Session me = pages.requireSignIn();
        return pages.page(registration).data("region", me.region() == null ? "" : me.region()).data("officer", me.userId())
                .data("key", UUID.randomUUID().toString()).data("sides", List.of("complainants", "respondents")).data("documents", pages.documents())
                .data("yesNo", pages.yesNo());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Services.Reply reply = pages.change("case", "/api/v1/cases", FormJson.body(form), null, form.getFirst("_key"));
        if (reply.status() == 201) {
            return Response.ok().header("HX-Redirect", "/cases/" + reply.body().path("id").asText()).build();
        }
        return pages.refused("case", reply, "/cases/new");
    }

    @GET
    @Path("{id}")
    public TemplateInstance casePage(@PathParam("id") UUID id) {
        Session me = pages.requireSignIn();
        Services.Reply reply = pages.read("case", "/api/v1/cases/" + id);
        Doc c = Doc.of(reply.body());
        List<ActionForms.ActionForm> actions = pages.actions("case", c);
        List<Doc> evidence = Doc.list(pages.read("case", "/api/v1/cases/" + id + "/evidence").body());
        Doc audit = Doc.of(pages.read("case", "/api/v1/cases/" + id + "/audit").body());
        // the respondents a service or a refusal may concern, by name
        List<Vocabulary.Term> respondents = Doc.list(reply.body().path("respondents")).stream()
                .map(p -> new Vocabulary.Term(p.text("subjectId"), p.text("name"))).toList();
        // the organisations an officer may entrust a mediation to (委托调解): active ones serving the case's region
        List<Vocabulary.Term> organisations = actions.stream().anyMatch(a -> a.has("mediationOrganisation"))
                ? mediationOrganisations(c.text("region")) : List.of();
        return pages.page(casePage).data("c", c).data("version", reply.etag()).data("actions", actions).data("evidence", evidence)
                .data("respondentChoices", respondents).data("organisationChoices", organisations)
                .data("audit", audit).data("key", UUID.randomUUID().toString()).data("yesNo", pages.yesNo())
                .data("postBase", "/cases/" + id).data("ownsCase", owns(me, c.text("region")))
                .data("amendable", AMENDABLE.contains(nullToEmpty(c.text("state"))));
    }

    /** an action on the case: the API's answer, a refusal explained in place, or the case page again */
    @POST
    @Path("{id}/act/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        return pages.act("case", "/api/v1/cases/" + id, action, form, "/cases/" + id);
    }

    /**
     * the case's other changes: evidence, the extension request and the head's decision on it, sharing with a region,
     * correcting its facts, handing it to another authority, the notice of the intended penalty, the publication taken
     * down on credit repair
     */
    @POST
    @Path("{id}/{operation: evidence|extension-request|extension-decision|shares|amendment|jurisdiction-transfer|penalty-notice|publication/repair}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response operate(@PathParam("id") UUID id, @PathParam("operation") String operation, MultivaluedMap<String, String> form) {
        return change(id, "/api/v1/cases/" + id + "/" + operation, form);
    }

    private Response change(UUID id, String path, MultivaluedMap<String, String> form) {
        return pages.submit("case", path, form, "/cases/" + id);
    }

    private List<Vocabulary.Term> mediationOrganisations(String region) {
        if (region == null || !DivisionCode.isValid(region)) {
            return List.of();
        }
        return Doc.list(pages.read("mediation", "/api/v1/mediation-organisations").body()).stream()
                .filter(o -> Boolean.TRUE.equals(o.get("active")) && o.text("region") != null && DivisionCode.isValid(o.text("region"))
                        && DivisionCode.covers(o.text("region"), region))
                .map(o -> new Vocabulary.Term(o.text("id"), o.text("name") + "（" + o.text("kindLabel") + "）")).toList();
    }

    /** the states in which case-service lets the investigation correct a case's facts (it refuses the others, this keeps the form off them) */
    private static final java.util.Set<String> AMENDABLE = java.util.Set.of("RECEIVED", "INVESTIGATING", "SUSPENDED");

    /** only the owning region shares a case (the service says so too; this keeps the form off others' pages) */
    private static boolean owns(Session me, String caseRegion) {
        return me.region() != null && caseRegion != null && DivisionCode.isValid(me.region()) && DivisionCode.isValid(caseRegion)
                && DivisionCode.covers(me.region(), caseRegion);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
