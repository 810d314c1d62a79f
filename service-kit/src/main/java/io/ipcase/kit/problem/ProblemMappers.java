package io.ipcase.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.ipcase.kit.rest.RejectedValueException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error the API returns is an RFC 9457 problem; nothing leaks as a bare 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.badRequest(errors).toProblem(path(uri)));
    }

    // the exact Jackson types: Quarkus REST has built-in mappers for some of them, and the most specific mapper wins
    @ServerExceptionMapper({ JsonMappingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, PropertyBindingException.class,
            InvalidDefinitionException.class, ValueInstantiationException.class, RejectedValueException.class,
            StreamReadException.class, InputCoercionException.class, StreamConstraintsException.class, JsonProcessingException.class })
    public Response unreadable(Exception e, UriInfo uri) {
        return respond(ProblemException.badRequest(List.of(jsonError(e))).toProblem(path(uri)));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(Exception e, UriInfo uri) {
        return respond(ProblemException.conflict("The resource was changed by someone else meanwhile; read it again and retry")
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem("urn:ipcase:problem:unauthorized", "Unauthorized", 401,
                        "A valid bearer token is required", path(uri), null, null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Your role does not allow this action").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        // JAX-RS wraps what a parameter converter throws in a 404; the converter's own problem says what is wrong
        if (cause instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (cause instanceof JsonProcessingException) {
            return unreadable((Exception) cause, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 404 ? "No such resource" : e.getMessage();
        return respond(new Problem("urn:ipcase:problem:http-" + status, title, status, detail, path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (root instanceof OptimisticLockException || root instanceof StaleStateException) {
                return concurrentUpdate((Exception) root, uri);
            }
            if (root instanceof ConstraintViolationException violation) {
                return invalid(violation, uri);
            }
        }
        if (unavailable(e)) {
            LOG.warnf("database or broker unavailable at %s: %s", path(uri), e.toString());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "2")
                    .entity(new Problem("urn:ipcase:problem:unavailable", "Service unavailable", 503,
                            "A server this service needs is unavailable for a moment; nothing was changed. Retry (with the same Idempotency-Key)",
                            path(uri), null, null))
                    .build();
        }
        LOG.error("unexpected error at " + path(uri), e);
        return respond(new Problem("urn:ipcase:problem:internal", "Internal error", 500,
                "The request could not be completed; nothing was changed", path(uri), null, null));
    }

    /**
     * A lost or refused database connection (SQL state class 08, a server restarting, a pool that
     * cannot hand one out):
     * the transaction did not commit, and the caller may simply retry.
     */
    static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // 08: connection exception; 57P01–57P03: the server is shutting down, crashed or not yet accepting connections
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * The JSON path of the offending field ({@code respondents[0].uscc}), without the method and
     * parameter names of the REST call; a query or path parameter is named by itself.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || (node.getKind() == ElementKind.PARAMETER && !last)
                    || node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static Problem.FieldError jsonError(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message;
            if (e instanceof RejectedValueException rejected) {
                message = rejected.reason();
            } else if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e.getCause() instanceof InputCoercionException) {
                message = "is out of range for its type";
            } else if (e instanceof InvalidFormatException format) {
                message = "cannot be read as " + describe(format.getTargetType());
            } else {
                message = "has the wrong type or format";
            }
            return new Problem.FieldError(field, message);
        }
        if (e instanceof RejectedValueException rejected) {
            return new Problem.FieldError("body", rejected.reason());
        }
        if (e instanceof StreamConstraintsException) {
            return new Problem.FieldError("body", "is nested too deeply or has a value too long to read");
        }
        if (e instanceof InputCoercionException) {
            return new Problem.FieldError("body", "has a number out of range for its type");
        }
        if (e instanceof MismatchedInputException) {
            return new Problem.FieldError("body", "has the wrong type or format");
        }
        return new Problem.FieldError("body", "is not well-formed JSON");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return Map.of("LocalDate", "a date (YYYY-MM-DD)", "Instant", "a timestamp (ISO-8601)", "OffsetDateTime", "a timestamp (ISO-8601)",
                "BigDecimal", "a number", "Integer", "an integer", "int", "an integer", "Long", "an integer", "long", "an integer",
                "Boolean", "true or false", "boolean", "true or false").getOrDefault(type.getSimpleName(), "a " + type.getSimpleName());
    }
}
