package io.ipcase.observability;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * HTTP metrics are tagged with the route templates of this service's resources only. A request
 * that matched no route would otherwise put its raw path on the anonymous metrics page — an ID
 * number in {@code PATCH /api/v1/credit-checks/<id>} — and add a time series per distinct path.
 * Every other path is counted under one series, {@code uri="UNMATCHED"}.
 */
@Singleton
public class RouteTemplates {

    static final String UNMATCHED = "UNMATCHED";
    /** values Quarkus itself puts in the tag for requests without a route */
    private static final Set<String> QUARKUS_VALUES = Set.of("NOT_FOUND", "REDIRECTION", "root", "/");

    /** Quarkus's own endpoints (/q/health/ready, /q/metrics): a fixed, small set of names */
    private static final java.util.regex.Pattern MANAGEMENT_PATH = java.util.regex.Pattern.compile("/q(/[a-z][a-z-]*){1,2}");

    private final Set<String> templates = new TreeSet<>();

    public RouteTemplates(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            templates.add(join("", root.value()));
            for (Method method : type.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                if (sub != null) {
                    templates.add(join(join("", root.value()), sub.value()));
                }
            }
        }
    }

    static String join(String base, String path) {
        String joined = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + (path.startsWith("/") ? path : "/" + path);
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The tag value to keep: a known template, a management path of Quarkus, or {@value #UNMATCHED}. */
    String tagValue(String uri) {
        if (uri == null || templates.contains(uri) || QUARKUS_VALUES.contains(uri) || MANAGEMENT_PATH.matcher(uri).matches()) {
            return uri;
        }
        return UNMATCHED;
    }

    public Set<String> templates() {
        return Set.copyOf(templates);
    }

    @Produces
    @Singleton
    MeterFilter onlyRouteTemplates() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                String uri = id.getTag("uri");
                String kept = tagValue(uri);
                return kept == null || kept.equals(uri) ? id : id.replaceTags(replaced(id, kept));
            }
        };
    }

    private static Iterable<Tag> replaced(Meter.Id id, String uri) {
        return id.getTags().stream().map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", uri) : tag).toList();
    }
}
