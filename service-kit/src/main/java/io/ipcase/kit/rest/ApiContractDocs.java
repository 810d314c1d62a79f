package io.ipcase.kit.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.ipcase.kit.problem.Problem;

/**
 * What every operation of every service's OpenAPI document says alike, written once here rather than on each method:
 * <ul>
 * <li>the {@code Idempotency-Key} header of every {@link Idempotent} operation ({@link IdempotencyKeys});</li>
 * <li>that a property not required may be null (the services write absent values as JSON null);</li>
 * <li>who may call it: the roles of its {@code @RolesAllowed} in the JWT scheme's requirement (OpenAPI 3.1 lets a
 * bearer scheme list role names), or no requirement at all for a {@code @PermitAll} operation;</li>
 * <li>the errors any operation of its shape can get, beside those its method declares: 400 (parameters or a body), 401
 * and 403 (signed-in), 404 (a path parameter), 415 (a body), 412 and 428 ({@code If-Match}); each error, declared
 * here or on the method, as an RFC 9457 problem ({@code application/problem+json}, schema {@code Problem});</li>
 * <li>an operationId a client generator can use: {@code resource.method} (e.g. {@code case.register}).</li>
 * </ul>
 * The scanner names each operation {@code package.Class_method} (quarkus.smallrye-openapi.operation-id-strategy), so
 * this filter finds the Java method and reads its security annotations.
 */
public class ApiContractDocs implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String SCHEME = "jwt";

    private static final Map<String, String> REASONS = Map.ofEntries(Map.entry("400", "Bad request: a parameter or the body is invalid "
            + "(errors lists each field with its message)"),
            Map.entry("401", "Not signed in: no bearer token, or one that is invalid or expired"),
            Map.entry("403", "Signed in without a role this operation allows, or outside the resource's region"),
            Map.entry("404", "No such resource (or none visible to the caller)"),
            Map.entry("409", "The resource's state does not allow this; the problem lists the state and the actions allowed now"),
            Map.entry("412", "If-Match names a version that is no longer current: read the resource again"),
            Map.entry("415", "The body is not application/json"),
            Map.entry("422", "Well-formed but refused by a rule (the problem says which)"),
            Map.entry("503", "A service this operation needs is not available; try again later"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> document(path, method,
                operation)));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiContractDocs::allowNullWhereOptional);
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        Optional<Method> java = javaMethod(operation.getOperationId());
        java.ifPresent(m -> {
            operation.setOperationId(lowerFirst(m.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "")) + "." + m.getName());
            secure(operation, m);
            if (m.isAnnotationPresent(Idempotent.class)) {
                documentIdempotencyKey(operation);
            }
        });
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        if (body || !parameters.isEmpty()) {
            ensure(responses, "400");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            ensure(responses, "401");
            ensure(responses, "403");
        }
        if (path.contains("{")) {
            ensure(responses, "404");
        }
        if (body) {
            ensure(responses, "415");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            ensure(responses, "412");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(REASONS.getOrDefault(status, "Error"));
                }
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static void ensure(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(REASONS.get(status)));
        }
    }

    /** the roles of the method's (or its class's) @RolesAllowed; none for @PermitAll */
    private static void secure(Operation operation, Method method) {
        RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(method.getAnnotation(PermitAll.class) != null ? null : method.getDeclaringClass().getAnnotation(RolesAllowed.class));
        boolean open = method.getAnnotation(PermitAll.class) != null
                || (roles == null && method.getDeclaringClass().getAnnotation(PermitAll.class) != null);
        if (roles != null) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, Arrays.asList(roles.value()))));
        } else if (open) {
            operation.setSecurity(List.of());
        }
    }

    /** the Java method a {@code package.Class_method} operationId names, if it can be loaded */
    private static Optional<Method> javaMethod(String operationId) {
        if (operationId == null || operationId.lastIndexOf('_') < 0) {
            return Optional.empty();
        }
        String className = operationId.substring(0, operationId.lastIndexOf('_'));
        String methodName = operationId.substring(operationId.lastIndexOf('_') + 1);
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(methodName)).findFirst();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static void documentIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().stream().noneMatch(p -> IdempotencyKeys.HEADER.equals(p.getName()))) {
            operation.addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("A key of your own (a UUID) for this request. Sent again with the same request, the first answer is "
                            + "replayed (Idempotent-Replayed: true) and nothing changes twice; with another request it is a 422. "
                            + "Kept for a day.")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200).pattern("[A-Za-z0-9._:\\-]{1,200}")));
        }
    }

    /** a property the schema does not require may be null: its type gains "null", a reference becomes one of it or null */
    private static void allowNullWhereOptional(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                Schema ref = OASFactory.createSchema().ref(property.getRef());
                property.setRef(null);
                property.setAnyOf(List.of(ref, OASFactory.createSchema().addType(SchemaType.NULL)));
            } else if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
                if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                    List<Object> values = new ArrayList<>(property.getEnumeration());
                    values.add(null);
                    property.setEnumeration(values);
                }
            }
        });
    }

    /** RFC 9457 problem details as {@link Problem} writes them; extension members (e.g. allowedActions of a 409) beside */
    private static Schema problemSchema() {
        Map<String, Schema> fields = new LinkedHashMap<>();
        fields.put("type", string("A URI naming the kind of problem, e.g. urn:ipcase:problem:illegal-transition").format("uri-reference"));
        fields.put("title", string("A short summary of the kind of problem (in the caller's Accept-Language: English or Chinese)"));
        fields.put("status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status"));
        fields.put("detail", string("What went wrong with this request"));
        fields.put("instance", string("The request's path").format("uri-reference"));
        fields.put("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).description("Each invalid field with its message (a 400)")
                .items(OASFactory.createSchema().addType(SchemaType.OBJECT).required(List.of("field", "message"))
                        .addProperty("field", string("The field's path, e.g. respondents[0].uscc"))
                        .addProperty("message", string("What is wrong with it"))));
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT).required(List.of("type", "title", "status"))
                .description("An RFC 9457 problem detail. A 409 adds currentState and allowedActions, a 412 currentVersion, a 422 the rule refused").properties(fields)
                .additionalPropertiesBoolean(Boolean.TRUE);
        // in the order Problem writes them, the same in every build, so the published documents change only with the API
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:ipcase:problem:illegal-transition");
        example.put("title", "Action not allowed in the current state");
        example.put("status", 409);
        example.put("detail", "Case 1b4e28ba-2fa1-11d2-883f-0016d3cca427 is CLOSED; 'accept' is not allowed. Allowed: []");
        example.put("instance", "/api/v1/cases/1b4e28ba-2fa1-11d2-883f-0016d3cca427/accept");
        example.put("currentState", "CLOSED");
        example.put("allowedActions", List.of());
        schema.setExamples(List.of(example));
        return schema;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
