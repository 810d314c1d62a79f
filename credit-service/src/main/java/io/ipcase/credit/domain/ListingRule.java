package io.ipcase.credit.domain;

/** Why a subject is proposed for the dishonesty list (docs/domain.md, "Credit"). */
public enum ListingRule {
    REFUSAL_TO_PERFORM("refusal-to-perform", "有履行能力但拒不履行生效的行政处罚或行政裁决决定"),
    REPEAT_INFRINGEMENT("repeat-infringement", "五年内再次侵犯知识产权并被认定"),
    INTENTIONAL_HEAVY("intentional-heavy", "故意侵犯知识产权且受到较重行政处罚"),
    MEDIATION_NOT_PERFORMED("mediation-not-performed", "经司法确认的调解协议拒不履行");

    /** the key of its configuration under {@code ipcase.credit.rules} */
    public final String key;
    public final String labelZh;

    ListingRule(String key, String labelZh) {
        this.key = key;
        this.labelZh = labelZh;
    }
}
