package io.ipcase.credit.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** A condition of credit repair (信用修复, docs/domain.md, "Dishonesty list"). */
public enum RepairCondition implements Labelled {
    /** listed at least the repair period (1 year by default) */
    LISTED_LONG_ENOUGH("列入已满一年", "listed for at least a year"),
    /** every decision the listing rests on performed */
    OBLIGATIONS_PERFORMED("已履行相关义务", "obligations performed"),
    /** no heavy penalty (a fine at or above the threshold) effective since the listing */
    NO_NEW_HEAVY_PENALTY("列入后未再受到较重行政处罚", "no new heavy penalty since listing"),
    /** the dishonest conduct corrected and its effects removed: not on record, checked from the application */
    CONDUCT_CORRECTED("已纠正失信行为、消除不良影响", "conduct corrected, effects removed");

    private final String labelZh;
    private final String labelEn;

    RepairCondition(String labelZh, String labelEn) {
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
