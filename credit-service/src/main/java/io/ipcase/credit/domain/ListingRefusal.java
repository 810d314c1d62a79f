package io.ipcase.credit.domain;

import java.util.List;

import io.ipcase.kit.rules.RuleRefusal;

/** Why the listing rules refuse an action: the service turns it into the API's problem (403, 409, 422, 400). */
public final class ListingRefusal extends RuleRefusal {

    private ListingRefusal(Kind kind, String message, String rule, String field, ListingState state, List<String> allowedActions) {
        super(kind, message, rule, field, state == null ? null : state.name(), allowedActions);
    }

    public static ListingRefusal notYours(String message) {
        return new ListingRefusal(Kind.NOT_YOURS, message, null, null, null, List.of());
    }

    public static ListingRefusal notNow(ListingState state, ListingAction action, List<String> allowedActions) {
        return new ListingRefusal(Kind.NOT_NOW, action.path() + " is not allowed now: the listing is " + state, null, null, state, allowedActions);
    }

    public static ListingRefusal againstRule(String rule, String message) {
        return new ListingRefusal(Kind.AGAINST_RULE, message, rule, null, null, List.of());
    }

    public static ListingRefusal badInput(String field, String message) {
        return new ListingRefusal(Kind.BAD_INPUT, message, null, field, null, List.of());
    }
}
