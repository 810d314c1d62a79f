package io.ipcase.kit.problem;

import io.ipcase.kit.rules.RuleRefusal;

/** A domain's refusal as the API reports it: the same mapping in every service. */
public final class RuleRefusals {

    private RuleRefusals() {
    }

    /**
     * @param what the record refused, e.g. {@code "Case 1234…"}
     * @param action the action refused (its path)
     */
    public static ProblemException problem(RuleRefusal refusal, String what, String action) {
        return switch (refusal.kind()) {
            case NOT_YOURS -> ProblemException.forbidden(refusal.getMessage());
            case NOT_FOUND -> ProblemException.notFound(refusal.getMessage(), refusal.field());
            case NOT_NOW -> ProblemException.illegalTransition(what, refusal.state(), action, refusal.allowedActions());
            case AGAINST_RULE -> ProblemException.unprocessable(refusal.rule(), refusal.getMessage());
            case BAD_INPUT -> ProblemException.badRequest(refusal.field(), refusal.getMessage());
        };
    }
}
