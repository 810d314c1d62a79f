package io.ipcase.mediation.domain;

import java.util.List;

import io.ipcase.kit.rules.RuleRefusal;

/** Why the mediation rules refuse an action: the service turns it into the API's problem (403, 404, 409, 422, 400). */
public final class MediationRefusal extends RuleRefusal {

    private MediationRefusal(Kind kind, String message, String rule, String field, MediationState state, List<String> allowedActions) {
        super(kind, message, rule, field, state == null ? null : state.name(), allowedActions);
    }

    public static MediationRefusal notYours(String message) {
        return new MediationRefusal(Kind.NOT_YOURS, message, null, null, null, List.of());
    }

    /** {@code what} names the thing not found, {@code id} its id */
    public static MediationRefusal notFound(String what, String id) {
        return new MediationRefusal(Kind.NOT_FOUND, what, null, id, null, List.of());
    }

    public static MediationRefusal notNow(MediationState state, MediationAction action, List<String> allowedActions) {
        return new MediationRefusal(Kind.NOT_NOW, action.path() + " is not allowed now: the mediation is " + state, null, null, state,
                allowedActions);
    }

    public static MediationRefusal againstRule(String rule, String message) {
        return new MediationRefusal(Kind.AGAINST_RULE, message, rule, null, null, List.of());
    }

    public static MediationRefusal badInput(String field, String message) {
        return new MediationRefusal(Kind.BAD_INPUT, message, null, field, null, List.of());
    }
}
