package io.ipcase.console.rest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipcase.console.mapping.Texts;
import io.ipcase.console.service.LocalSignIn;
import io.ipcase.console.service.LocalSignIn.LocalUser;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Signing in and out, and the language switch. */
@Path("/")
@Blocking
public class SignInResource {

    private final Pages pages;
    private final LocalSignIn local;
    private final Cookies cookies;
    private final Template signIn;
    private final Duration lifetime;

    public SignInResource(Pages pages, LocalSignIn local, Cookies cookies, @Location("sign-in.html") Template signIn,
            @ConfigProperty(name = "ipcase.console.local.lifetime", defaultValue = "8h") Duration lifetime) {
        this.pages = pages;
        this.local = local;
        this.cookies = cookies;
        this.signIn = signIn;
        this.lifetime = lifetime;
    }

    /** the local users by their first role, as the sign-in page lists them */
    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signInPage() {
        if (!local.enabled()) {
            throw new NotFoundException();
        }
        Map<String, List<LocalUser>> byRole = new LinkedHashMap<>();
        for (LocalUser user : local.users()) {
            byRole.computeIfAbsent(user.firstRole(), r -> new java.util.ArrayList<>()).add(user);
        }
        return pages.page(signIn).data("byRole", byRole);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("user") String userId) {
        if (!local.enabled()) {
            throw new NotFoundException();
        }
        LocalUser user = local.user(userId == null ? "" : userId).orElseThrow(NotFoundException::new);
        String token = local.token(user);
        // a new CSRF token with the new session: one learnt before signing in is worth nothing after
        return Response.ok().header("HX-Redirect", "/").cookie(cookies.session(token, (int) lifetime.toSeconds()),
                cookies.csrf(Cookies.newCsrfToken())).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        NewCookie gone = cookies.session("", 0);
        return Response.ok().header("HX-Redirect", local.enabled() ? "/sign-in" : "/public/decisions").cookie(gone,
                cookies.csrf(Cookies.newCsrfToken())).build();
    }

    /**
     * Signing out through the identity provider (production): quarkus-oidc ends the session on this
     * path before it gets here; a visitor without one just goes to the public pages.
     */
    @GET
    @Path("sign-out")
    public Response signOutLink() {
        return Response.seeOther(java.net.URI.create(local.enabled() ? "/sign-in" : "/public/decisions")).build();
    }

    /** Chinese or English, kept in a cookie; back to the page the user was on */
    @GET
    @Path("lang/{lang}")
    public Response language(@jakarta.ws.rs.PathParam("lang") String lang, @QueryParam("back") String back) {
        String chosen = Texts.language(lang);
        return Response.seeOther(Cookies.localTarget(back)).cookie(cookies.language(chosen)).build();
    }
}
