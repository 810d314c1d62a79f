package io.ipcase.console.rest;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.identifiers.ResidentId;
import io.ipcase.identifiers.Uscc;

/**
 * The registration form's checks as one types: a USCC, a resident ID number or a division code,
 * checked by the same rules the services apply (ipcase-identifiers), so the officer sees a wrong
 * check digit before sending. POST, so an identifier never appears in a URL or an access log.
 */
@Path("/checks")
public class ChecksResource {

    private final Pages pages;

    public ChecksResource(Pages pages) {
        this.pages = pages;
    }

    /** a number valid for the document named (an unknown name: not checked here, the service answers on sending) */
    private static boolean documentNumber(String document, String number) {
        return java.util.Arrays.stream(IdentityDocument.values()).noneMatch(d -> d.name().equals(document))
                || IdentityDocument.valueOf(document).isValid(number);
    }

    @POST
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String check(@PathParam("kind") String kind, @FormParam("value") String value, @FormParam("document") String document) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return "";
        }
        String v = value.strip();
        Map<String, String> t = pages.texts();
        return switch (kind) {
            case "uscc" -> Uscc.isValid(v) ? "" : t.get("check.uscc");
            case "resident-id" -> document == null || document.isBlank() ? ResidentId.isValid(v) ? "" : t.get("check.residentId")
                    : documentNumber(document, v) ? "" : t.get("check.document");
            case "division" -> DivisionCode.isValid(v) ? "" : t.get("check.division");
            default -> "";
        };
    }
}
