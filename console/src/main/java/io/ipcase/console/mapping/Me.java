package io.ipcase.console.mapping;

import java.util.Set;

import io.quarkus.qute.TemplateData;

/** The signed-in user as the pages read them: {@code {#if me.hasAny('officer,head')}}. */
@TemplateData
public record Me(boolean present, String userId, Set<String> roles, String region) {

    public static final Me NOBODY = new Me(false, null, Set.of(), null);

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** whether the user has one of the comma-separated roles */
    public boolean hasAny(String commaSeparatedRoles) {
        for (String role : commaSeparatedRoles.split(",")) {
            if (roles.contains(role.trim())) {
                return true;
            }
        }
        return false;
    }

    public String roleList() {
        return String.join(", ", roles.stream().sorted().toList());
    }
}
