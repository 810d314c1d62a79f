package io.ipcase.kit.security;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.ipcase.identifiers.DivisionCode;

/**
 * Who is calling, from the bearer token: user id, roles and region. Officers work inside their
 * region: a case is theirs to see when its division code falls under the caller's region
 * (division-code prefix) or when it has been shared with the caller's region.
 */
@RequestScoped
public class Caller {

    public static final String REGION_CLAIM = "region";

    @Inject
    JsonWebToken token;

    public String userId() {
        String name = token.getName();
        return name != null ? name : token.getSubject();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : userId();
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caller's division code; null for a nationwide role (auditor, admin) without one.
     * A token whose region is not a division code is refused rather than trusted.
     */
    public String region() {
        Object region = token.getClaim(REGION_CLAIM);
        if (region == null) {
            return null;
        }
        String code = region.toString().replace("\"", "");
        if (!DivisionCode.isValid(code)) {
            throw new io.quarkus.security.ForbiddenException("the token's region claim is not a division code");
        }
        return code;
    }

    /** The role under which the caller acts, for the audit trail: the first of the roles given that the caller has. */
    public String actingRole(String... preferred) {
        for (String role : preferred) {
            if (hasRole(role)) {
                return role;
            }
        }
        return String.join(",", roles());
    }

    /**
     * True when a record of the given region (or shared with one of the given regions) lies in the
     * caller's jurisdiction. Callers without a region claim see everything only if {@code nationwide}.
     */
    public boolean covers(String recordRegion, Collection<String> sharedWith, boolean nationwide) {
        String region = region();
        if (region == null) {
            return nationwide;
        }
        if (DivisionCode.covers(region, recordRegion)) {
            return true;
        }
        return sharedWith != null && sharedWith.stream().anyMatch(shared -> DivisionCode.covers(region, shared));
    }
}
