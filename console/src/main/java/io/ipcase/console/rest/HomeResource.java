package io.ipcase.console.rest;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.ipcase.console.service.Session;

/** The start page: each role's daily work list; visitors go to the public pages. */
@Path("/")
public class HomeResource {

    private final Session session;
    private final io.ipcase.console.service.LocalSignIn local;

    public HomeResource(Session session, io.ipcase.console.service.LocalSignIn local) {
        this.session = session;
        this.local = local;
    }

    @GET
    public Response home() {
        if (!session.present()) {
            return Response.seeOther(URI.create(local.enabled() ? "/sign-in" : "/public/decisions")).build();
        }
        return Response.seeOther(URI.create(homeOf(session))).build();
    }

    static String homeOf(Session me) {
        if (me.has("head")) {
            return "/cases?awaiting=HEAD";
        }
        if (me.has("reviewer")) {
            return "/cases?awaiting=REVIEW";
        }
        if (me.hasAny("officer", "auditor")) {
            return "/cases";
        }
        if (me.has("court")) {
            return "/mediations?queue=court";
        }
        if (me.has("mediator")) {
            return "/mediations";
        }
        if (me.has("organisation-admin")) {
            return "/organisations";
        }
        if (me.hasAny("credit-officer", "credit-platform")) {
            return "/credit/listings";
        }
        return "/public/decisions";
    }
}
