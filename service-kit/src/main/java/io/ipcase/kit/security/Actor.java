package io.ipcase.kit.security;

import java.util.Set;

import io.ipcase.identifiers.DivisionCode;

/**
 * Who acts on a record, in every service: a signed-in person — id, the role it acts in (for the audit trail), all its
 * roles and its division code — or the system itself (a scheduler, a consumed event), which has no region.
 */
public record Actor(String id, String role, Set<String> roles, String region) {

    public static final String SYSTEM = "system";

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** the system acting, {@code what} naming the part of it (e.g. "deadline-watch", "case-service") */
    public static Actor system(String what) {
        return new Actor(SYSTEM + ":" + what, SYSTEM, Set.of(SYSTEM), null);
    }

    /** the caller of a request, acting in the first of {@code preferredRoles} it has */
    public static Actor of(Caller caller, String... preferredRoles) {
        return new Actor(caller.userId(), caller.actingRole(preferredRoles), caller.roles(), caller.region());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return roles.contains(SYSTEM);
    }

    /** whether a record of the given division code lies in the actor's region; the system, and a nationwide role without a region, reach everywhere */
    public boolean covers(String recordRegion) {
        return region == null || DivisionCode.covers(region, recordRegion);
    }
}
