package io.ipcase.kit.rules;

import java.util.List;

/**
 * The rules' "no", the same in every service's domain: what a case, a mediation or a listing refuses to do and why.
 * Thrown before anything changes; the application service turns it into the API's problem
 * ({@link io.ipcase.kit.problem.RuleRefusals#problem}: 403, 404, 409, 422 or 400). Plain Java, so the domains may use it.
 */
public class RuleRefusal extends RuntimeException {

    public enum Kind {
        /** the actor's role or relation to the record does not allow the action (403) */
        NOT_YOURS,
        /** what the action names does not exist (404); {@link #field()} holds its id */
        NOT_FOUND,
        /** the record's state does not allow the action; {@link #allowedActions()} says what it does allow (409) */
        NOT_NOW,
        /** a rule of the law or the bureau stands against it; {@link #rule()} names it (422) */
        AGAINST_RULE,
        /** an input the action needs is missing or does not fit; {@link #field()} names it (400) */
        BAD_INPUT
    }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final String state;
    private final List<String> allowedActions;

    protected RuleRefusal(Kind kind, String message, String rule, String field, String state, List<String> allowedActions) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
        this.state = state;
        this.allowedActions = List.copyOf(allowedActions);
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

    /** the state the record was in (NOT_NOW) */
    public String state() {
        return state;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
