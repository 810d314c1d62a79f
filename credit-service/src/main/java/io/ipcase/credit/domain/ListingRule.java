package io.ipcase.credit.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** Why a subject is proposed for the dishonesty list (docs/domain.md, "Credit"). */
public enum ListingRule implements Labelled {
    REFUSAL_TO_PERFORM("refusal-to-perform", "有履行能力但拒不履行生效的行政处罚或行政裁决决定", "able to perform an effective penalty or ruling but refuses"),
    REPEAT_INFRINGEMENT("repeat-infringement", "五年内再次侵犯知识产权并被认定", "infringes again within five years"),
    INTENTIONAL_HEAVY("intentional-heavy", "故意侵犯知识产权且受到较重行政处罚", "intentional infringement with a heavier penalty"),
    MEDIATION_NOT_PERFORMED("mediation-not-performed", "经司法确认的调解协议拒不履行", "refuses to perform a judicially confirmed mediation agreement");

    /** the key of its configuration under {@code ipcase.credit.rules} */
    public final String key;
    public final String labelZh;
    public final String labelEn;

    ListingRule(String key, String labelZh, String labelEn) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
