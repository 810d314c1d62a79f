package io.ipcase.console.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateData;

/**
 * The form each action needs, by the service and the action's path in its API. The actions a record
 * offers come from the API's {@code allowedActions}; this table only says which inputs to show and
 * who acts. An action it does not know yet (a new one in a service) gets the generic form — a note —
 * so it is usable at once.
 */
public final class ActionForms {

    /** one action as a record's page offers it: its inputs are named blocks of templates/actions.html */
    @TemplateData
    public record ActionForm(String action, String label, List<String> inputs, Set<String> roles, boolean primary) {

        public boolean has(String input) {
            return inputs.contains(input);
        }
    }

    private record Spec(List<String> inputs, Set<String> roles, boolean primary) {
    }

    private static final Set<String> CASE_HANDLERS = Set.of("officer", "head");
    private static final Set<String> MEDIATOR = Set.of("mediator");
    private static final Set<String> COURT = Set.of("court");
    private static final Set<String> CREDIT_OFFICER = Set.of("credit-officer");

    private static final Map<String, Map<String, Spec>> SPECS = Map.of(
            "case", Map.ofEntries(
                    Map.entry("accept", new Spec(List.of("note"), CASE_HANDLERS, true)),
                    Map.entry("refer-to-mediation", new Spec(List.of("mediationOrganisation", "note"), CASE_HANDLERS, false)),
                    Map.entry("refer-compensation-to-mediation", new Spec(List.of("mediationOrganisation", "note"), CASE_HANDLERS, false)),
                    Map.entry("issue-decision", new Spec(List.of("decision", "note"), CASE_HANDLERS, true)),
                    Map.entry("submit-for-review", new Spec(List.of("decision", "note"), CASE_HANDLERS, false)),
                    Map.entry("serve", new Spec(List.of("respondent", "serviceMethod", "servedOn", "note"), CASE_HANDLERS, true)),
                    Map.entry("record-non-performance", new Spec(List.of("respondent", "reason"), CASE_HANDLERS, false)),
                    Map.entry("make-effective", new Spec(List.of("note"), CASE_HANDLERS, true)),
                    Map.entry("record-lawsuit", new Spec(List.of("reason"), CASE_HANDLERS, false)),
                    Map.entry("record-ruling-upheld", new Spec(List.of("reason"), CASE_HANDLERS, true)),
                    Map.entry("record-ruling-overturned", new Spec(List.of("reason"), CASE_HANDLERS, false)),
                    Map.entry("record-police-acceptance", new Spec(List.of("reason"), CASE_HANDLERS, false)),
                    Map.entry("record-performance", new Spec(List.of("respondent", "performedOn", "note"), CASE_HANDLERS, true)),
                    Map.entry("demand-performance", new Spec(List.of("respondent", "servedOn", "note"), CASE_HANDLERS, false)),
                    Map.entry("close", new Spec(List.of("closedReason", "note"), CASE_HANDLERS, true)),
                    Map.entry("approve-transfer", new Spec(List.of("note"), Set.of("head"), true)),
                    Map.entry("reject-transfer", new Spec(List.of("reason"), Set.of("head"), false)),
                    Map.entry("approve-review", new Spec(List.of("note"), Set.of("reviewer"), true)),
                    Map.entry("reject-review", new Spec(List.of("reason"), Set.of("reviewer"), false))),
            "mediation", Map.ofEntries(
                    Map.entry("accept", new Spec(List.of("note"), MEDIATOR, true)),
                    Map.entry("decline", new Spec(List.of("note"), MEDIATOR, false)),
                    Map.entry("assign", new Spec(List.of("mediatorId"), Set.of("organisation-admin"), true)),
                    Map.entry("request-mediator", new Spec(List.of("mediatorId", "reason"), Set.of("organisation-admin"), true)),
                    Map.entry("object-to-mediator", new Spec(List.of("reason"), Set.of("mediator", "organisation-admin"), false)),
                    Map.entry("schedule-session", new Spec(List.of("session"), MEDIATOR, true)),
                    Map.entry("record-session", new Spec(List.of("sessionRecord"), MEDIATOR, true)),
                    Map.entry("extend", new Spec(List.of("partiesConsent", "note"), MEDIATOR, false)),
                    Map.entry("reach-agreement", new Spec(List.of("agreement"), MEDIATOR, true)),
                    Map.entry("fail", new Spec(List.of("reason"), MEDIATOR, false)),
                    Map.entry("withdraw", new Spec(List.of("reason"), MEDIATOR, false)),
                    Map.entry("request-confirmation", new Spec(List.of("confirmationRequest"), MEDIATOR, true)),
                    Map.entry("accept-confirmation", new Spec(List.of("courtCaseNumber"), COURT, true)),
                    Map.entry("extend-confirmation", new Spec(List.of("reason"), COURT, false)),
                    Map.entry("confirm", new Spec(List.of("note"), COURT, true)),
                    Map.entry("reject-confirmation", new Spec(List.of("reason"), COURT, false)),
                    Map.entry("record-performance", new Spec(List.of("on"), Set.of("mediator", "court"), true)),
                    Map.entry("record-non-performance", new Spec(List.of("reason"), Set.of("mediator", "court"), false)),
                    Map.entry("apply-for-enforcement", new Spec(List.of("courtCaseNumber"), COURT, true)),
                    Map.entry("record-enforced", new Spec(List.of("note"), COURT, true)),
                    Map.entry("end-enforcement", new Spec(List.of("reason"), COURT, false))),
            "credit", Map.ofEntries(
                    Map.entry("object", new Spec(List.of("statement"), Set.of("officer"), false)),
                    Map.entry("apply-for-repair", new Spec(List.of("statement"), Set.of("officer"), false)),
                    // the public announcement (公告) of a notice that could not be delivered: where (reason) and when
                    Map.entry("announce", new Spec(List.of("announcedOn", "reason"), Set.of("officer", "credit-officer"), false)),
                    Map.entry("list", new Spec(List.of("reason"), CREDIT_OFFICER, true)),
                    Map.entry("dismiss", new Spec(List.of("reason"), CREDIT_OFFICER, false)),
                    Map.entry("grant-repair", new Spec(List.of("reason"), CREDIT_OFFICER, true)),
                    Map.entry("refuse-repair", new Spec(List.of("reason"), CREDIT_OFFICER, false))));

    /** case actions that need a reason (the service refuses them without one) */
    private static final Set<String> CASE_REASON_REQUIRED = Set.of("refuse", "withdraw", "suspend", "return-from-mediation",
            "propose-transfer", "record-police-return", "record-police-acceptance", "record-non-performance", "revoke-decision", "reopen",
            "record-lawsuit", "record-ruling-upheld", "record-ruling-overturned");

    private ActionForms() {
    }

    /** @param service "case", "mediation" or "credit" */
    public static ActionForm of(String service, String action, Map<String, String> texts) {
        Spec spec = SPECS.getOrDefault(service, Map.of()).get(action);
        if (spec == null) {
            List<String> inputs = "case".equals(service) && CASE_REASON_REQUIRED.contains(action) ? List.of("reason") : List.of("note");
            spec = new Spec(inputs, defaultRoles(service), false);
        }
        String label = texts.get(service + ".action." + action);
        return new ActionForm(action, label == null ? action : label, spec.inputs(), spec.roles(), spec.primary());
    }

    private static Set<String> defaultRoles(String service) {
        return switch (service) {
            case "case" -> CASE_HANDLERS;
            case "mediation" -> MEDIATOR;
            default -> CREDIT_OFFICER;
        };
    }

    /** whether the signed-in user's roles fit the action (the service decides; this only keeps others' buttons off the page) */
    public static boolean fits(ActionForm form, Set<String> roles) {
        return form.roles().stream().anyMatch(roles::contains);
    }
}
