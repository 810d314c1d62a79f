package io.ipcase.console.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.ipcase.console.mapping.ActionForms;
import io.ipcase.console.service.Services;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * A form the service refused, as the box under the form shows it: the service's reason in a banner,
 * each per-field message with the field's path (the page's script puts it by that input), the actions
 * allowed now after a 409, a reload after a 412. Keeps the service's status, so the browser and the
 * tests see a 400 as a 400.
 */
final class FormOutcome {

    @TemplateData
    record FieldError(String field, String message) {
    }

    private FormOutcome() {
    }

    static Response refused(Pages pages, Template outcome, String service, Services.Reply reply, String reloadPath) {
        JsonNode problem = reply.body();
        List<FieldError> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(new FieldError(e.path("field").asText(), e.path("message").asText())));
        Map<String, String> texts = pages.texts();
        List<ActionForms.ActionForm> allowed = new ArrayList<>();
        problem.path("allowedActions").forEach(a -> allowed.add(ActionForms.of(service, a.asText(), texts)));
        String html = pages.page(outcome).data("status", reply.status()).data("title", problem.path("title").asText(""))
                .data("detail", problem.path("detail").asText("")).data("errors", errors).data("allowed", allowed)
                .data("reload", reloadPath).render();
        int status = reply.status() >= 400 && reply.status() < 500 ? reply.status() : 502;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
