package io.ipcase.cases.domain;

import java.util.List;

/**
 * The rules' "no": what a case refuses to do and why. Thrown before anything changes; the
 * application service turns it into the API's problem (403, 409, 422 or 400).
 */
public final class CaseRefusal extends RuntimeException {

    public enum Kind {
        /** the actor's role or relation to the case does not allow the action (403) */
        NOT_YOURS,
        /** the case's state does not allow the action; {@link #allowedActions()} says what it does allow (409) */
        NOT_NOW,
        /** a rule of the law or the bureau stands against it; {@link #rule()} names it (422) */
        AGAINST_RULE,
        /** an input the action needs is missing or does not fit; {@link #field()} names it (400) */
        BAD_INPUT
    }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final CaseState state;
    private final List<String> allowedActions;

    private CaseRefusal(Kind kind, String message, String rule, String field, CaseState state, List<String> allowedActions) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
        this.state = state;
        this.allowedActions = allowedActions;
    }

    public static CaseRefusal notYours(String message) {
        return new CaseRefusal(Kind.NOT_YOURS, message, null, null, null, List.of());
    }

    public static CaseRefusal notNow(CaseState state, CaseAction action, List<String> allowedActions) {
        return notNow(state, action.path(), "the case is " + state, allowedActions);
    }

    /** @param why what about the case stands against the action now */
    public static CaseRefusal notNow(CaseState state, String action, String why, List<String> allowedActions) {
        return new CaseRefusal(Kind.NOT_NOW, action + " is not allowed now: " + why, null, null, state, List.copyOf(allowedActions));
    }

    public static CaseRefusal againstRule(String rule, String message) {
        return new CaseRefusal(Kind.AGAINST_RULE, message, rule, null, null, List.of());
    }

    public static CaseRefusal badInput(String field, String message) {
        return new CaseRefusal(Kind.BAD_INPUT, message, null, field, null, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public CaseState state() {
        return state;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
