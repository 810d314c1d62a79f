package io.ipcase.mediation.domain;

public enum MediationState {
    REQUESTED("待选派调解员"),
    ASSIGNED("已选定调解员"),
    IN_PROGRESS("调解中"),
    AGREEMENT_REACHED("达成调解协议"),
    FAILED("调解不成"),
    WITHDRAWN("撤回"),
    EXPIRED("调解期限届满"),
    CONFIRMATION_REQUESTED("已申请司法确认"),
    CONFIRMATION_ACCEPTED("法院已受理"),
    CONFIRMED("司法确认有效"),
    CONFIRMATION_REJECTED("驳回司法确认申请"),
    PERFORMED("已履行"),
    NOT_PERFORMED("未履行");

    public final String labelZh;

    MediationState(String labelZh) {
        this.labelZh = labelZh;
    }

    /** still being mediated: the time limit runs and a case cannot be mediated twice at once */
    public boolean isOpen() {
        return this == REQUESTED || this == ASSIGNED || this == IN_PROGRESS;
    }

    public boolean isEnded() {
        return switch (this) {
            case FAILED, WITHDRAWN, EXPIRED, CONFIRMATION_REJECTED, PERFORMED, NOT_PERFORMED -> true;
            default -> false;
        };
    }
}
