package io.ipcase.console.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.ipcase.console.mapping.Doc;
import io.ipcase.console.service.Refusal;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** An organisation administrator's page: the organisations they administer, their mediators, adding one, changing or deactivating one. */
@Path("/organisations")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class OrganisationPages {

    /** an organisation with its mediators */
    @TemplateData
    public record Organisation(Doc organisation, List<Doc> mediators) {
    }

    private final Pages pages;
    private final Template organisations;

    public OrganisationPages(Pages pages, @Location("organisations.html") Template organisations) {
        this.pages = pages;
        this.organisations = organisations;
    }

    @GET
    public TemplateInstance organisations() {
        String me = pages.requireSignIn().userId();
        List<Organisation> mine = Doc.list(pages.read("mediation", "/api/v1/mediation-organisations").body()).stream()
                .filter(o -> o.items("admins").contains(me))
                .map(o -> new Organisation(o, Doc.list(pages.read("mediation", "/api/v1/mediation-organisations/" + o.text("id")
                        + "/mediators").body())))
                .toList();
        return pages.page(organisations).data("organisations", mine).data("key", UUID.randomUUID().toString());
    }

    @POST
    @Path("{id}/mediators")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMediator(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return pages.submit("mediation", "/api/v1/mediation-organisations/" + id + "/mediators", form, "/organisations");
    }

    /** what a mediator handles, their phone, or whether they take new disputes at all (inactive: no new offers) */
    @POST
    @Path("{id}/mediators/{mediatorId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeMediator(@PathParam("id") UUID id, @PathParam("mediatorId") String mediatorId,
            MultivaluedMap<String, String> form) {
        if (!mediatorId.matches("[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}")) {
            throw new Refusal(404, null, List.of());
        }
        return pages.submit("mediation", "PUT", "/api/v1/mediation-organisations/" + id + "/mediators/" + mediatorId, form,
                "/organisations");
    }
}
