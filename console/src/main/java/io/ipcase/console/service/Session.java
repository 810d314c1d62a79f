package io.ipcase.console.service;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is at the keyboard in this request: their token (forwarded to the services as is), and the
 * claims the pages use to choose what to offer — the services check the token themselves, so a
 * claim read here never grants anything.
 */
@RequestScoped
public class Session {

    private String token;
    private String userId;
    private Set<String> roles = Set.of();
    private String region;
    private String csrf;
    private boolean freshCsrf;
    private String lang = "zh";

    public void signIn(String token, String userId, Set<String> roles, String region) {
        this.token = token;
        this.userId = userId;
        this.roles = Set.copyOf(roles);
        this.region = region;
    }

    public boolean present() {
        return token != null;
    }

    public String token() {
        return token;
    }

    public String userId() {
        return userId;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public String region() {
        return region;
    }

    public String csrf() {
        return csrf;
    }

    /** true when this request made the token, so the response sets its cookie */
    public boolean freshCsrf() {
        return freshCsrf;
    }

    public void csrf(String value, boolean fresh) {
        this.csrf = value;
        this.freshCsrf = fresh;
    }

    public String lang() {
        return lang;
    }

    public void lang(String lang) {
        this.lang = lang;
    }
}
