package io.ipcase.credit.domain;

import java.util.List;

/** Why the listing rules refuse an action: the service turns it into the API's problem (403, 409, 422, 400). */
public final class ListingRefusal extends RuntimeException {

    public enum Kind {
        /** not this actor's to take (403) */
        NOT_YOURS,
        /** the listing's state does not allow it; {@link #allowedActions()} says what it does allow (409) */
        NOT_NOW,
        /** against a rule, named by {@link #rule()} (422) */
        AGAINST_RULE,
        /** a field is missing or wrong, named by {@link #field()} (400) */
        BAD_INPUT
    }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final ListingState state;
    private final List<String> allowedActions;

    private ListingRefusal(Kind kind, String message, String rule, String field, ListingState state, List<String> allowedActions) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
        this.state = state;
        this.allowedActions = allowedActions;
    }

    public static ListingRefusal notYours(String message) {
        return new ListingRefusal(Kind.NOT_YOURS, message, null, null, null, List.of());
    }

    public static ListingRefusal notNow(ListingState state, ListingAction action, List<String> allowedActions) {
        return new ListingRefusal(Kind.NOT_NOW, action.path() + " is not allowed now: the listing is " + state, null, null, state,
                List.copyOf(allowedActions));
    }

    public static ListingRefusal againstRule(String rule, String message) {
        return new ListingRefusal(Kind.AGAINST_RULE, message, rule, null, null, List.of());
    }

    public static ListingRefusal badInput(String field, String message) {
        return new ListingRefusal(Kind.BAD_INPUT, message, null, field, null, List.of());
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

    public ListingState state() {
        return state;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
