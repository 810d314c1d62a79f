package io.ipcase.console.rest;

import java.util.ArrayList;
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
import io.ipcase.console.mapping.Format;
import io.ipcase.console.service.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The mediators', organisation admins' and courts' pages: offers and mediations (what
 * mediation-service lets the user see), the mediation page with its sessions, agreement and
 * confirmation, and the court's queue of confirmation applications with their statutory windows.
 */
@Path("/mediations")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MediationPages {

    /** a signature row of the agreement form, filled with who is expected to sign */
    @TemplateData
    public record SignatureRow(String prefix, String signer, String role, String signedOn) {
    }

    private static final int SIZE = 20;

    private final Pages pages;
    private final Template list;
    private final Template mediationPage;

    public MediationPages(Pages pages, @Location("mediations/list.html") Template list,
            @Location("mediations/mediation.html") Template mediationPage) {
        this.pages = pages;
        this.list = list;
        this.mediationPage = mediationPage;
    }

    /** the user's mediations; {@code queue=court} the confirmation applications a court decides */
    @GET
    public TemplateInstance list(@QueryParam("state") String state, @QueryParam("queue") String queue, @QueryParam("page") Integer page) {
        pages.requireSignIn();
        int current = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
        boolean court = "court".equals(queue);
        List<Doc> items = new ArrayList<>();
        long total = 0;
        // a court's queue: applications waiting for acceptance and those accepted, waiting for the decision
        for (String wanted : court ? List.of("CONFIRMATION_REQUESTED", "CONFIRMATION_ACCEPTED") : java.util.Collections.singletonList(state)) {
            JsonNode body = pages.read("mediation", "/api/v1/mediations" + new QueryString().add("state", wanted)
                    .add("page", Integer.toString(current)).add("size", Integer.toString(SIZE))).body();
            items.addAll(Doc.list(body.path("items")));
            total += body.path("total").asLong();
        }
        String mine = pages.session().userId();
        List<Doc> offers = court ? List.of() : items.stream().filter(m -> offeredTo(m, mine)).toList();
        return pages.page(list).data("items", items).data("offers", offers).data("total", total).data("court", court)
                .data("state", state == null ? "" : state).data("page", current).data("hasNext", (long) (current + 1) * SIZE < total);
    }

    @GET
    @Path("{id}")
    public TemplateInstance mediationPage(@PathParam("id") UUID id) {
        pages.requireSignIn();
        Services.Reply reply = pages.read("mediation", "/api/v1/mediations/" + id);
        Doc m = Doc.of(reply.body());
        List<Doc> sessions = Doc.list(pages.read("mediation", "/api/v1/mediations/" + id + "/sessions").body());
        Doc audit = Doc.of(pages.read("mediation", "/api/v1/mediations/" + id + "/audit").body());
        String today = Format.today().toString();
        List<SignatureRow> signatures = new ArrayList<>();
        for (Object p : m.items("complainants")) {
            signatures.add(new SignatureRow("agreement.signatures[" + signatures.size() + "]", ((Doc) p).text("name"), "COMPLAINANT", today));
        }
        for (Object p : m.items("respondents")) {
            signatures.add(new SignatureRow("agreement.signatures[" + signatures.size() + "]", ((Doc) p).text("name"), "RESPONDENT", today));
        }
        signatures.add(new SignatureRow("agreement.signatures[" + signatures.size() + "]", m.doc("mediator").text("name"), "MEDIATOR", today));
        long nextSeq = sessions.stream().filter(s -> s.get("heldAt") == null).mapToLong(s -> ((Number) s.get("seq")).longValue()).min()
                .orElse(sessions.size() + 1L);
        return pages.page(mediationPage).data("m", m).data("version", reply.etag()).data("actions", pages.actions("mediation", m))
                .data("sessions", sessions).data("audit", audit).data("key", UUID.randomUUID().toString()).data("yesNo", pages.yesNo())
                .data("postBase", "/mediations/" + id).data("termRows", List.of("agreement.terms[0]", "agreement.terms[1]"))
                .data("signatureRows", signatures).data("nextSessionSeq", Long.toString(nextSeq));
    }

    @POST
    @Path("{id}/act/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        return pages.act("mediation", "/api/v1/mediations/" + id, action, form, "/mediations/" + id);
    }

    private static boolean offeredTo(Doc mediation, String user) {
        for (Object o : mediation.items("offers")) {
            Doc offer = (Doc) o;
            if (user.equals(offer.text("mediatorId")) && "OFFERED".equals(offer.text("status"))) {
                return true;
            }
        }
        return false;
    }
}
