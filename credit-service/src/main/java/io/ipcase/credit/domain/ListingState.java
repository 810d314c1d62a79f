package io.ipcase.credit.domain;

import io.ipcase.kit.vocabulary.Labelled;

public enum ListingState implements Labelled {
    PROPOSED("拟列入，告知中", "proposed, subject notified"),
    OBJECTED("已提出陈述申辩", "objection raised"),
    AWAITING_DECISION("申辩期满，待决定", "objection window over, awaiting decision"),
    LISTED("已列入", "listed"),
    REPAIR_REQUESTED("已申请信用修复", "credit repair requested"),
    DISMISSED("不予列入 / 复核移出", "not listed / removed on review"),
    EXPIRED("期满移出", "removed at term end"),
    REPAIRED("信用修复移出", "removed after credit repair"),
    REVOKED("原决定撤销移出", "removed, decision revoked");

    public final String labelZh;
    public final String labelEn;

    ListingState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** on the blacklist now: what credit checks answer "listed" for */
    public boolean isActive() {
        return this == LISTED || this == REPAIR_REQUESTED;
    }

    public boolean isEnded() {
        return this == DISMISSED || this == EXPIRED || this == REPAIRED || this == REVOKED;
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
