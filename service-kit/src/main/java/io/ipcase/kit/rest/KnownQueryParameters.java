package io.ipcase.kit.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.ipcase.kit.problem.ProblemException;

/**
 * A query parameter the operation does not know is a 400 naming it: a misspelt filter
 * ({@code ?stat=CLOSED}) would otherwise be ignored silently and answer with everything.
 */
public class KnownQueryParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void onlyKnownQueryParameters(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> accepted = known.computeIfAbsent(method, KnownQueryParameters::declared);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!accepted.contains(name)) {
                throw ProblemException.badRequest(name, accepted.isEmpty() ? "is not a parameter of this operation (it takes none)"
                        : "is not a parameter of this operation; it takes " + String.join(", ", accepted));
            }
        }
    }

    static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof BeanParam) {
                    for (Field field : types[i].getDeclaredFields()) {
                        QueryParam query = field.getAnnotation(QueryParam.class);
                        if (query != null) {
                            names.add(query.value());
                        }
                    }
                }
            }
        }
        return names;
    }
}
