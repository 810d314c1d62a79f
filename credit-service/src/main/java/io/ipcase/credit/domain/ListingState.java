package io.ipcase.credit.domain;

public enum ListingState {
    PROPOSED("拟列入，告知中"),
    OBJECTED("已提出陈述申辩"),
    LISTED("已列入"),
    REPAIR_REQUESTED("已申请信用修复"),
    DISMISSED("不予列入 / 复核移出"),
    EXPIRED("期满移出"),
    REPAIRED("信用修复移出"),
    REVOKED("原决定撤销移出");

    public final String labelZh;

    ListingState(String labelZh) {
        this.labelZh = labelZh;
    }

    /** on the blacklist now: what credit checks answer "listed" for */
    public boolean isActive() {
        return this == LISTED || this == REPAIR_REQUESTED;
    }

    public boolean isEnded() {
        return this == DISMISSED || this == EXPIRED || this == REPAIRED || this == REVOKED;
    }
}
