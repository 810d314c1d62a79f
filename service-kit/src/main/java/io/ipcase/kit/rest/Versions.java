package io.ipcase.kit.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import io.ipcase.kit.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;

/** Optimistic locking over HTTP: the aggregate's version is its ETag, a stale If-Match is 412. */
public final class Versions {

    private Versions() {
    }

    /** The version an If-Match header names, or null when the client did not ask for a check. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "must be an ETag this API returned, e.g. \"3\"");
        }
    }

    /** Flushes a pending change first, so the ETag carries the version the change commits with. */
    public static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, long version) {
        var entityManager = Panache.getEntityManager();
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        return builder.tag(new EntityTag(Long.toString(version)));
    }
}
