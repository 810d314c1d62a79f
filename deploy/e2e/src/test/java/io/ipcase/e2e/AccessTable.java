package io.ipcase.e2e;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call what, as README's API tables say — data, not code. Every secured operation a service
 * publishes must have a row here: a new endpoint fails the suite until someone classifies it.
 * <p>
 * A role not in a row's {@code roles} must get 403 (a valid token, the wrong role). {@code probeAs}
 * is the allowed role the suite sends its body and parameter probes with (so that nothing but the
 * hostile part stands between the request and the operation); {@code action} fills an
 * {@code {action}} path segment. {@code scope} says whether an officer of another region (440300)
 * must be kept out: {@link Scope#RECORD} one record of the region (4xx), {@link Scope#LIST} a list
 * (the region's fixtures must not be in it), {@link Scope#CREATE} a new record for the region.
 */
final class AccessTable {

    enum Scope {
        NONE, RECORD, LIST, CREATE
    }

    record Row(Set<String> roles, Scope scope, String probeAs, String action, String note) {
    }

    static final List<String> ROLES = List.of("officer", "head", "reviewer", "mediator", "court", "credit-officer", "credit-platform",
            "auditor", "admin", "organisation-admin");

    /** roles that work inside a region: an officer of another region is one of these with region 440300 */
    static final Set<String> REGIONAL_ROLES = Set.of("officer", "head", "credit-officer", "court");

    static final String REGION = "360400";
    static final String OTHER_REGION = "440300";

    /** the user each role is played by (the fixtures make these the handling officers, the organisation's admin, its mediator, …) */
    static final Map<String, String> USERS = Map.of("officer", "officer-hi", "head", "head-hi", "reviewer", "reviewer-hi", "mediator",
            "mediator-hi", "court", "court-hi", "credit-officer", "credit-officer-hi", "credit-platform", "credit-platform-hi", "auditor",
            "auditor-hi", "admin", "admin-hi", "organisation-admin", "org-admin-hi");

    static String regionOf(String role) {
        return REGIONAL_ROLES.contains(role) ? REGION : null;
    }

    // README: case-service "staff" — the case handlers, auditors and administrators
    private static final String CASE_STAFF = "officer,head,reviewer,auditor,admin";
    // README: mediation-service reading — mediator, court, officer, head, organisation-admin, auditor, admin
    private static final String MEDIATION_READERS = "mediator,court,officer,head,organisation-admin,auditor,admin";
    // README: notification-service "any staff role" — every role but the credit platform (an outside system)
    private static final String ANY_STAFF = "officer,head,reviewer,mediator,court,organisation-admin,credit-officer,auditor,admin";
    private static final String CREDIT_CHECKERS = "credit-platform,credit-officer,officer,auditor,admin";
    private static final String LISTING_READERS = "credit-officer,officer,head,credit-platform,auditor,admin";

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        for (String service : RunningSystem.SERVICES) {
            // service-kit's adjustable clock (local stack only); not in README's tables
            row(service, "GET /api/v1/dev/clock", "admin,auditor", Scope.NONE, "admin", null, "ClockResource, not in README");
            row(service, "POST /api/v1/dev/clock/shift", "admin", Scope.NONE, "admin", null, "ClockResource, not in README");
            // service-kit's register chain and signed checkpoints (README: Audit)
            row(service, "GET /api/v1/audit/register", "auditor,admin", Scope.NONE, "auditor", null, "README: Audit");
            row(service, "GET /api/v1/audit/checkpoints", "auditor,admin", Scope.NONE, "auditor", null, "README: Audit");
            row(service, "POST /api/v1/audit/checkpoints", "admin", Scope.NONE, "admin", null, "README: Audit");
            row(service, "POST /api/v1/audit/checkpoints/verify", "auditor,admin", Scope.NONE, "auditor", null, "README: Audit");
        }
        String c = "case-service";
        row(c, "POST /api/v1/cases", "officer,head", Scope.CREATE, "officer", null, null);
        row(c, "GET /api/v1/cases", CASE_STAFF, Scope.LIST, "officer", null, "README: staff");
        row(c, "GET /api/v1/cases/{id}", CASE_STAFF, Scope.RECORD, "officer", null, "README: staff");
        row(c, "POST /api/v1/cases/{id}/{action}", "officer,head,reviewer", Scope.RECORD, "officer", "issue-decision", null);
        row(c, "POST /api/v1/cases/{id}/extension-request", "officer", Scope.RECORD, "officer", null, "README: officer; head (the decision)");
        row(c, "POST /api/v1/cases/{id}/extension-decision", "head", Scope.RECORD, "head", null, "README: officer; head (the decision)");
        row(c, "POST /api/v1/cases/{id}/shares", "officer,head", Scope.RECORD, "officer", null, null);
        row(c, "POST /api/v1/cases/{id}/amendment", "officer,head", Scope.RECORD, "officer", null, null);
        row(c, "POST /api/v1/cases/{id}/jurisdiction-transfer", "head", Scope.RECORD, "head", null, null);
        row(c, "POST /api/v1/cases/{id}/penalty-notice", "officer,head", Scope.RECORD, "officer", null, null);
        row(c, "POST /api/v1/cases/{id}/publication/repair", "head", Scope.RECORD, "head", null, null);
        row(c, "POST /api/v1/cases/{id}/evidence", "officer,head", Scope.RECORD, "officer", null, null);
        row(c, "GET /api/v1/cases/{id}/evidence", CASE_STAFF, Scope.RECORD, "officer", null, "README: staff");
        row(c, "GET /api/v1/cases/{id}/evidence/{evidenceId}", CASE_STAFF, Scope.RECORD, "officer", null, "README: staff");
        row(c, "GET /api/v1/cases/{id}/audit", CASE_STAFF, Scope.RECORD, "officer", null, "README: staff");
        row(c, "GET /api/v1/statistics", CASE_STAFF, Scope.NONE, "officer", null, "not in README's table; classified as staff");

        String m = "mediation-service";
        row(m, "POST /api/v1/mediation-organisations", "admin", Scope.NONE, "admin", null, null);
        row(m, "GET /api/v1/mediation-organisations", MEDIATION_READERS, Scope.NONE, "mediator", null, "README: staff");
        row(m, "GET /api/v1/mediation-organisations/{id}", MEDIATION_READERS, Scope.NONE, "mediator", null, "README: staff");
        row(m, "GET /api/v1/mediation-organisations/{id}/mediators", MEDIATION_READERS, Scope.NONE, "mediator", null, "README: staff");
        row(m, "POST /api/v1/mediation-organisations/{id}/mediators", "organisation-admin,admin", Scope.NONE, "organisation-admin", null, null);
        row(m, "PUT /api/v1/mediation-organisations/{id}/mediators/{mediatorId}", "organisation-admin,admin", Scope.NONE, "organisation-admin",
                null, null);
        row(m, "POST /api/v1/mediations", "organisation-admin", Scope.NONE, "organisation-admin", null, null);
        row(m, "GET /api/v1/mediations", MEDIATION_READERS, Scope.LIST, "officer", null, null);
        row(m, "GET /api/v1/mediations/{id}", MEDIATION_READERS, Scope.RECORD, "officer", null, null);
        row(m, "GET /api/v1/mediations/{id}/suggestions", "organisation-admin,admin", Scope.NONE, "organisation-admin", null, null);
        row(m, "POST /api/v1/mediations/{id}/{action}", "mediator,court,organisation-admin", Scope.RECORD, "mediator", "reach-agreement", null);
        row(m, "GET /api/v1/mediations/{id}/sessions", MEDIATION_READERS, Scope.RECORD, "officer", null, null);
        row(m, "GET /api/v1/mediations/{id}/audit", MEDIATION_READERS, Scope.RECORD, "officer", null, null);
        row(m, "GET /api/v1/mediation-statistics", "organisation-admin,court,officer,head,auditor,admin", Scope.NONE, "officer", null, null);

        String cr = "credit-service";
        row(cr, "GET /api/v1/credit-checks/{subjectId}", CREDIT_CHECKERS, Scope.NONE, "credit-platform", null, null);
        row(cr, "POST /api/v1/credit-checks", CREDIT_CHECKERS, Scope.NONE, "credit-platform", null, null);
        row(cr, "GET /api/v1/listings", LISTING_READERS, Scope.LIST, "credit-officer", null, null);
        row(cr, "GET /api/v1/listings/{id}", LISTING_READERS, Scope.RECORD, "credit-officer", null, null);
        row(cr, "GET /api/v1/listings/{id}/audit", LISTING_READERS, Scope.RECORD, "credit-officer", null, "README: same as /listings/{id}");
        row(cr, "POST /api/v1/listings/{id}/{action}", "officer,credit-officer", Scope.RECORD, "credit-officer", "list", null);
        row(cr, "GET /api/v1/subjects/{subjectId}", "credit-officer,credit-platform,auditor,admin", Scope.NONE, "credit-officer", null, null);

        String n = "notification-service";
        row(n, "GET /api/v1/inbox", ANY_STAFF, Scope.NONE, "officer", null, null);
        row(n, "POST /api/v1/inbox/{id}/read", ANY_STAFF, Scope.NONE, "officer", null, null);
        row(n, "GET /api/v1/inbox/stream", ANY_STAFF, Scope.NONE, "officer", null, null);
        row(n, "GET /api/v1/recipients/{userId}", ANY_STAFF, Scope.NONE, "officer", null, "README: the person (own), admin");
        row(n, "PUT /api/v1/recipients/{userId}", ANY_STAFF, Scope.NONE, "officer", null, "README: the person (own), admin");
        row(n, "GET /api/v1/routes", "admin,auditor", Scope.NONE, "admin", null, "README: admin (auditor reads)");
        row(n, "PUT /api/v1/routes/{eventName}", "admin", Scope.NONE, "admin", null, null);
        row(n, "POST /api/v1/webhooks", "admin", Scope.NONE, "admin", null, null);
        row(n, "GET /api/v1/webhooks", "admin,auditor", Scope.NONE, "admin", null, "README: admin; auditor reads");
        row(n, "DELETE /api/v1/webhooks/{id}", "admin", Scope.NONE, "admin", null, null);
        row(n, "GET /api/v1/deliveries", "auditor,admin", Scope.NONE, "auditor", null, null);
    }

    private static void row(String service, String operation, String roles, Scope scope, String probeAs, String action, String note) {
        Set<String> set = new LinkedHashSet<>(List.of(roles.split(",")));
        if (!set.contains(probeAs) || !ROLES.containsAll(set)) {
            throw new IllegalStateException("bad access row " + service + " " + operation);
        }
        ROWS.put(service + " " + operation, new Row(Set.copyOf(set), scope, probeAs, action, note));
    }

    /** The row of an operation ("METHOD /path"), or null when README's tables do not classify it. */
    static Row of(String service, String operation) {
        return ROWS.get(service + " " + operation);
    }

    static Set<String> classified() {
        return ROWS.keySet();
    }
}
