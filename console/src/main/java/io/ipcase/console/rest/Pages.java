package io.ipcase.console.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.ipcase.console.mapping.ActionForms;
import io.ipcase.console.mapping.Doc;
import io.ipcase.console.mapping.Format;
import io.ipcase.console.mapping.FormJson;
import io.ipcase.console.mapping.Me;
import io.ipcase.console.mapping.Texts;
import io.ipcase.console.service.LocalSignIn;
import io.ipcase.console.service.Refusal;
import io.ipcase.console.service.Services;
import io.ipcase.console.service.Session;
import io.ipcase.console.service.SignInRequired;
import io.ipcase.console.service.Vocabulary;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * What every page gets: the texts in the user's language ({@code t}), labels of the services' values
 * ({@code labels}), formats ({@code fmt}), who is signed in ({@code me}) and the CSRF token; and the
 * calls to the services with the user's token, their refusals turned into the pages that explain them.
 */
@RequestScoped
public class Pages {

    /** the labels of the services' values in the user's language: {@code {labels.of('CaseState', c.state)}} */
    public record Labels(Vocabulary vocabulary, String lang) {

        public String of(String enumName, Object value) {
            return vocabulary.label(enumName, value, lang);
        }

        public List<Vocabulary.Term> options(String enumName) {
            return vocabulary.options(enumName, lang);
        }
    }

    private final Session session;
    private final Texts texts;
    private final Vocabulary vocabulary;
    private final Services services;
    private final LocalSignIn localSignIn;
    private final HttpServerRequest request;
    private final Template outcome;

    public Pages(Session session, Texts texts, Vocabulary vocabulary, Services services, LocalSignIn localSignIn,
            HttpServerRequest request, @Location("form-outcome.html") Template outcome) {
        this.outcome = outcome;
        this.request = request;
        this.session = session;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.services = services;
        this.localSignIn = localSignIn;
    }

    public TemplateInstance page(Template template) {
        return page(template.instance());
    }

    public TemplateInstance page(TemplateInstance instance) {
        return instance.data("t", texts()).data("labels", new Labels(vocabulary, session.lang())).data("fmt", new Format(session.lang()))
                .data("me", me()).data("csrf", session.csrf()).data("lang", session.lang()).data("localSignIn", localSignIn.enabled())
                .data("here", URLEncoder.encode(request.uri(), StandardCharsets.UTF_8));
    }

    /** the choices of a yes/no select */
    public List<Vocabulary.Term> yesNo() {
        Map<String, String> t = texts();
        return List.of(new Vocabulary.Term("true", t.get("yes")), new Vocabulary.Term("false", t.get("no")));
    }

    /** the identity documents a party may be identified by, in the reader's language (an empty choice: a resident ID or a USCC) */
    public List<Vocabulary.Term> documents() {
        boolean zh = "zh".equals(session.lang());
        return java.util.Arrays.stream(io.ipcase.identifiers.IdentityDocument.values()).filter(d -> d != io.ipcase.identifiers.IdentityDocument.RESIDENT_ID)
                .map(d -> new Vocabulary.Term(d.name(), zh ? d.labelZh() : d.labelEn())).toList();
    }

    public Map<String, String> texts() {
        return texts.of(session.lang());
    }

    /** the signed-in user for the templates (a plain value, not the request-scoped bean) */
    public Me me() {
        return session.present() ? new Me(true, session.userId(), session.roles(), session.region()) : Me.NOBODY;
    }

    public Session session() {
        return session;
    }

    /** the signed-in user, or the sign-in page */
    public Session requireSignIn() {
        if (!session.present()) {
            throw new SignInRequired();
        }
        return session;
    }

    /** a read with the user's token: the body, or the page explaining the refusal */
    public Services.Reply read(String service, String path) {
        Services.Reply reply = services.get(service, path, requireSignIn().token());
        return accepted(reply);
    }

    /** a read of a public page: no token */
    public Services.Reply readPublic(String service, String path) {
        return accepted(services.get(service, path, null));
    }

    public Services.Reply change(String service, String path, com.fasterxml.jackson.databind.JsonNode body, String version,
            String idempotencyKey) {
        return change(service, "POST", path, body, version, idempotencyKey);
    }

    private Services.Reply change(String service, String method, String path, com.fasterxml.jackson.databind.JsonNode body,
            String version, String idempotencyKey) {
        String token = requireSignIn().token();
        Services.Reply reply = "PUT".equals(method) ? services.put(service, path, token, body, version, idempotencyKey)
                : services.post(service, path, token, body, version, idempotencyKey);
        if (reply.status() == 401) {
            throw new SignInRequired();
        }
        return reply;
    }

    /** the actions a record allows now, as forms, leaving out those of other roles */
    public List<ActionForms.ActionForm> actions(String service, Doc record) {
        List<ActionForms.ActionForm> actions = new ArrayList<>();
        for (Object action : record.items("allowedActions")) {
            ActionForms.ActionForm form = ActionForms.of(service, action.toString(), texts());
            if (ActionForms.fits(form, session.roles())) {
                actions.add(form);
            }
        }
        return actions;
    }

    /**
     * Sends a form to a service: the version the page showed as If-Match, the form's key as
     * Idempotency-Key. On success the page at {@code pagePath} is drawn again (htmx follows
     * HX-Redirect); a refusal comes back into the form's outcome box.
     */
    public Response submit(String service, String apiPath, MultivaluedMap<String, String> form, String pagePath) {
        return submit(service, "POST", apiPath, form, pagePath);
    }

    /** a form sent to the service as {@code method} (POST, or PUT for a replacement) */
    public Response submit(String service, String method, String apiPath, MultivaluedMap<String, String> form, String pagePath) {
        Services.Reply reply = change(service, method, apiPath, FormJson.body(form), form.getFirst("_version"), form.getFirst("_key"));
        if (reply.ok()) {
            return Response.ok().header("HX-Redirect", pagePath).build();
        }
        return refused(service, reply, pagePath);
    }

    /**
     * A form sent to an anonymous operation of a service (the subject's own statement by the link of its notice): no
     * token; on success the page at {@code pagePath} is drawn again, a refusal comes back into the form's outcome box.
     */
    public Response submitPublic(String service, String apiPath, MultivaluedMap<String, String> form, String pagePath) {
        Services.Reply reply = services.post(service, apiPath, null, FormJson.body(form), null, null);
        if (reply.ok()) {
            return Response.ok().header("HX-Redirect", pagePath).build();
        }
        return refused(service, reply, pagePath);
    }

    /** an action on a record: {@code apiBase + "/" + action} in the service, the record's page drawn again after it */
    public Response act(String service, String apiBase, String action, MultivaluedMap<String, String> form, String pagePath) {
        if (!action.matches("[a-z][a-z-]{0,40}")) {
            throw new Refusal(404, null, List.of());
        }
        return submit(service, apiBase + "/" + action, form, pagePath);
    }

    /** a refusal as the box under the form shows it (see FormOutcome) */
    public Response refused(String service, Services.Reply reply, String reloadPath) {
        return FormOutcome.refused(this, outcome, service, reply, reloadPath);
    }

    private static Services.Reply accepted(Services.Reply reply) {
        if (reply.status() == 401) {
            throw new SignInRequired();
        }
        if (!reply.ok()) {
            throw Refusal.of(reply);
        }
        return reply;
    }
}
