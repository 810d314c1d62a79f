package io.ipcase.mediation.domain;

import io.ipcase.kit.vocabulary.Labelled;

public enum MediationState implements Labelled {
    REQUESTED("待选派调解员", "awaiting a mediator"),
    ASSIGNED("已选定调解员", "mediator assigned"),
    IN_PROGRESS("调解中", "in mediation"),
    AGREEMENT_REACHED("达成调解协议", "agreement reached"),
    FAILED("调解不成", "failed"),
    WITHDRAWN("撤回", "withdrawn"),
    EXPIRED("调解期限届满", "time limit expired"),
    CONFIRMATION_REQUESTED("已申请司法确认", "judicial confirmation requested"),
    CONFIRMATION_ACCEPTED("法院已受理", "accepted by the court"),
    CONFIRMED("司法确认有效", "judicially confirmed"),
    CONFIRMATION_REJECTED("驳回司法确认申请", "confirmation rejected"),
    PERFORMED("已履行", "performed"),
    NOT_PERFORMED("未履行", "not performed"),
    /** a party applied to the court to enforce the confirmed agreement (民事诉讼法 Art. 201, 247) */
    ENFORCEMENT_APPLIED("已申请强制执行", "enforcement applied for"),
    ENFORCED("执行完毕", "enforced"),
    /** the court ended enforcement without full performance (终结执行) */
    ENFORCEMENT_ENDED("终结执行", "enforcement ended");

    public final String labelZh;
    public final String labelEn;

    MediationState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** still being mediated: the time limit runs and a case cannot be mediated twice at once */
    public boolean isOpen() {
        return this == REQUESTED || this == ASSIGNED || this == IN_PROGRESS;
    }

    public boolean isEnded() {
        return switch (this) {
            case FAILED, WITHDRAWN, EXPIRED, CONFIRMATION_REJECTED, PERFORMED, NOT_PERFORMED, ENFORCED, ENFORCEMENT_ENDED -> true;
            default -> false;
        };
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
