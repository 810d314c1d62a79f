package io.ipcase.cases.domain;

import java.util.List;

import io.ipcase.kit.rules.RuleRefusal;

/**
 * The case rules' "no": what a case refuses to do and why. Thrown before anything changes; the application service turns
 * it into the API's problem (403, 409, 422 or 400).
 */
public final class CaseRefusal extends RuleRefusal {

    private CaseRefusal(Kind kind, String message, String rule, String field, CaseState state, List<String> allowedActions) {
        super(kind, message, rule, field, state == null ? null : state.name(), allowedActions);
    }

    public static CaseRefusal notYours(String message) {
        return new CaseRefusal(Kind.NOT_YOURS, message, null, null, null, List.of());
    }

    public static CaseRefusal notNow(CaseState state, CaseAction action, List<String> allowedActions) {
        return notNow(state, action.path(), "the case is " + state, allowedActions);
    }

    /** @param why what about the case stands against the action now */
    public static CaseRefusal notNow(CaseState state, String action, String why, List<String> allowedActions) {
        return new CaseRefusal(Kind.NOT_NOW, action + " is not allowed now: " + why, null, null, state, allowedActions);
    }

    public static CaseRefusal againstRule(String rule, String message) {
        return new CaseRefusal(Kind.AGAINST_RULE, message, rule, null, null, List.of());
    }

    public static CaseRefusal badInput(String field, String message) {
        return new CaseRefusal(Kind.BAD_INPUT, message, null, field, null, List.of());
    }
}
