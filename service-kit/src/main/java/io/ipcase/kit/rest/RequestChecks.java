package io.ipcase.kit.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.ipcase.kit.problem.Problem;
import io.ipcase.kit.problem.ProblemException;

/**
 * Checks every request at the edge before a resource sees it: a body must say it is JSON (415),
 * and no path or query value may carry what the database or a log cannot hold (400 naming it).
 */
public class RequestChecks {

    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public Response jsonBodiesOnly(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || !hasBody(request)) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.getType().equals("application") && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return null;
        }
        Problem problem = new Problem("urn:ipcase:problem:unsupported-media-type", "Unsupported media type", 415,
                "The request body must be JSON, sent with Content-Type: application/json", request.getUriInfo().getPath(), null, null);
        return Response.status(415).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerRequestFilter
    public void cleanParameters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String nameProblem = StrictJson.textProblem(parameter.getKey());
            if (nameProblem != null) {
                throw ProblemException.badRequest("query", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = value == null ? null : StrictJson.textProblem(value);
                if (problem != null) {
                    throw ProblemException.badRequest(parameter.getKey(), problem);
                }
            }
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
