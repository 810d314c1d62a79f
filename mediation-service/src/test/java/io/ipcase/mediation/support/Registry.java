package io.ipcase.mediation.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Registers organisations and mediators through the API; ids are unique per call so tests do not meet. */
public final class Registry {

    public record Organisation(String id, String adminId, Api admin) {
    }

    private Registry() {
    }

    public static Organisation organisation(String kind, String region) {
        String adminId = "org-admin-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Api.admin().request()
                .body(Map.of("name", "调解组织 " + adminId, "kind", kind, "region", region, "admins", Set.of(adminId)))
                .post("/api/v1/mediation-organisations").then().statusCode(201).extract().path("id");
        return new Organisation(id, adminId, Api.as("organisation-admin", adminId, null));
    }

    /** @return the new mediator's user id */
    public static String mediator(Organisation organisation, String name, String... ipKinds) {
        String id = "mediator-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.admin().request().body(Map.of("id", id, "name", name, "ipKinds", List.of(ipKinds)))
                .post("/api/v1/mediation-organisations/" + organisation.id() + "/mediators").then().statusCode(201);
        return id;
    }
}
