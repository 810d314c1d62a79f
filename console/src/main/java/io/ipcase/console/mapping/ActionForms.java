package io.ipcase.console.mapping;

import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateData;

/**
 * The form each case action needs, by the action's path in the API. The actions a case offers come
 * from the API's {@code allowedActions}; this table only says which inputs to show. An action it does
 * not know yet (a new one in case-service) gets the generic form — a note — so it is usable at once.
 */
public final class ActionForms {

    /** one action as the case page offers it */
    @TemplateData
    public record ActionForm(String action, String label, boolean reasonRequired, boolean decision, boolean servedOn,
            boolean performedOn, boolean closedReason, String role, boolean primary) {
    }

    private static final Set<String> REASON_REQUIRED = Set.of("refuse", "withdraw", "suspend", "return-from-mediation",
            "propose-transfer", "reject-transfer", "record-police-return", "reject-review", "record-non-performance",
            "revoke-decision", "reopen");
    private static final Set<String> DECISION = Set.of("submit-for-review", "issue-decision");
    /** who acts; others see the action but the service refuses them */
    private static final Map<String, String> ROLE = Map.of("approve-transfer", "head", "reject-transfer", "head", "approve-review",
            "reviewer", "reject-review", "reviewer");
    /** the next step a case usually takes, drawn as the main button */
    private static final Set<String> PRIMARY = Set.of("accept", "issue-decision", "serve", "make-effective", "approve-review",
            "record-performance", "close");

    private ActionForms() {
    }

    public static ActionForm of(String action, Map<String, String> texts) {
        String label = texts.getOrDefault("action." + action, action);
        return new ActionForm(action, label, REASON_REQUIRED.contains(action), DECISION.contains(action), "serve".equals(action),
                "record-performance".equals(action), "close".equals(action), ROLE.get(action), PRIMARY.contains(action));
    }

    /** whether the signed-in user's roles fit the action (an action without a named role is the officers') */
    public static boolean fits(ActionForm form, java.util.Set<String> roles) {
        if (form.role() != null) {
            return roles.contains(form.role());
        }
        return roles.contains("officer") || roles.contains("head");
    }
}
