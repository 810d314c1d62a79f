package io.ipcase.mediation.domain;

import java.util.List;

/** Why the mediation rules refuse an action: the service turns it into the API's problem (403, 404, 409, 422, 400). */
public final class MediationRefusal extends RuntimeException {

    public enum Kind {
        /** not this actor's to take (403) */
        NOT_YOURS,
        /** what it names does not exist (404) */
        NOT_FOUND,
        /** the state does not allow it; {@link #allowedActions()} says what does (409) */
        NOT_NOW,
        /** against a rule, named by {@link #rule()} (422) */
        AGAINST_RULE,
        /** a field is missing or wrong, named by {@link #field()} (400) */
        BAD_INPUT
    }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final MediationState state;
    private final List<String> allowedActions;

    private MediationRefusal(Kind kind, String message, String rule, String field, MediationState state, List<String> allowedActions) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
        this.state = state;
        this.allowedActions = allowedActions;
    }

    public static MediationRefusal notYours(String message) {
        return new MediationRefusal(Kind.NOT_YOURS, message, null, null, null, List.of());
    }

    /** {@code what} names the thing not found, {@code field} its id */
    public static MediationRefusal notFound(String what, String id) {
        return new MediationRefusal(Kind.NOT_FOUND, what, null, id, null, List.of());
    }

    public static MediationRefusal notNow(MediationState state, MediationAction action, List<String> allowedActions) {
        return new MediationRefusal(Kind.NOT_NOW, action.path() + " is not allowed now: the mediation is " + state, null, null, state,
                List.copyOf(allowedActions));
    }

    public static MediationRefusal againstRule(String rule, String message) {
        return new MediationRefusal(Kind.AGAINST_RULE, message, rule, null, null, List.of());
    }

    public static MediationRefusal badInput(String field, String message) {
        return new MediationRefusal(Kind.BAD_INPUT, message, null, field, null, List.of());
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

    public MediationState state() {
        return state;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
