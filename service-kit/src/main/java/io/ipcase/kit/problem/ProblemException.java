package io.ipcase.kit.problem;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal the API reports as problem+json. Thrown before anything is written, or inside the
 * transaction so that it rolls back: either way the request changes nothing.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    protected ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.extensions = extensions;
    }

    public static ProblemException badRequest(List<Problem.FieldError> errors) {
        return new ProblemException(400, "urn:ipcase:problem:invalid-request", "Invalid request",
                "The request has " + errors.size() + " invalid field(s)", errors, null);
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(List.of(new Problem.FieldError(field, message)));
    }

    /** The request's body, or a 400 when it sent none (an action that needs nothing takes {@code {}}). */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw badRequest("body", "is required: a JSON object, {} when the action needs nothing");
        }
        return body;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "urn:ipcase:problem:not-found", "Not found", what + " " + id + " does not exist", null, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "urn:ipcase:problem:not-found", "Not found", detail, null, null);
    }

    /** 409: the action is not allowed in the aggregate's current state. */
    public static ProblemException illegalTransition(String what, String currentState, String action, Collection<String> allowedActions) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentState", currentState);
        extensions.put("allowedActions", List.copyOf(allowedActions));
        return new ProblemException(409, "urn:ipcase:problem:illegal-transition", "Action not allowed in the current state",
                what + " is " + currentState + "; '" + action + "' is not allowed. Allowed: " + allowedActions, null, extensions);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "urn:ipcase:problem:conflict", "Conflict", detail, null, null);
    }

    /** 412: the client's If-Match names a version that is no longer current. */
    public static ProblemException preconditionFailed(String what, long currentVersion) {
        return new ProblemException(412, "urn:ipcase:problem:precondition-failed", "Precondition failed",
                what + " has changed; its current version is " + currentVersion, null, Map.of("currentVersion", currentVersion));
    }

    /** 422: the request is well formed but a domain rule refuses it. */
    public static ProblemException unprocessable(String rule, String detail) {
        return new ProblemException(422, "urn:ipcase:problem:" + rule, "Refused by a domain rule", detail, null, Map.of("rule", rule));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "urn:ipcase:problem:forbidden", "Forbidden", detail, null, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors, extensions);
    }

    public int status() {
        return status;
    }
}
