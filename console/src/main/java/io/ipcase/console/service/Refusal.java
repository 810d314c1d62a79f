package io.ipcase.console.service;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service refused what a page asked for (403 outside the user's jurisdiction or role, 404 no such
 * record, 409 not allowed now, 412 changed since it was read): the page says so in the user's words
 * with the service's reason, never as an error trace.
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final String detail;
    private final List<String> allowedActions;

    public Refusal(int status, String detail, List<String> allowedActions) {
        super(status + " " + detail, null, false, false);
        this.status = status;
        this.detail = detail;
        this.allowedActions = allowedActions;
    }

    /** the refusal a service's problem+json answer describes */
    public static Refusal of(Services.Reply reply) {
        JsonNode problem = reply.body();
        List<String> allowed = new java.util.ArrayList<>();
        problem.path("allowedActions").forEach(a -> allowed.add(a.asText()));
        String detail = problem.path("detail").asText(problem.path("title").asText(""));
        return new Refusal(reply.status(), detail, List.copyOf(allowed));
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
