package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** Where a case stands. Labels in Chinese and English for clients' display. */
public enum CaseState implements Labelled {
    RECEIVED("已接收", "received"),
    REFUSED("不予受理", "refused"),
    INVESTIGATING("调查中", "investigating"),
    SUSPENDED("中止", "suspended"),
    IN_MEDIATION("调解中", "in mediation"),
    TRANSFER_PROPOSED("拟移送公安", "transfer to police proposed"),
    TRANSFERRED_TO_POLICE("已移送公安", "transferred to police"),
    LEGAL_REVIEW("法制审核中", "in legal review"),
    REVIEW_APPROVED("法制审核通过", "legal review passed"),
    DECIDED("已作出决定", "decided"),
    SERVED("已送达", "served"),
    UNDER_LITIGATION("诉讼中", "before the court"),
    EFFECTIVE("已生效", "effective"),
    PERFORMED("已履行", "performed"),
    NOT_PERFORMED("未履行", "not performed"),
    DECISION_REVOKED("决定已撤销", "decision revoked"),
    CLOSED("已结案", "closed"),
    WITHDRAWN("已撤回", "withdrawn");

    private final String labelZh;
    private final String labelEn;

    CaseState(String labelZh, String labelEn) {
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

    public boolean isTerminal() {
        return this == REFUSED || this == CLOSED || this == WITHDRAWN;
    }

    /** The statutory clock stands still while the case waits on something outside the bureau. */
    public boolean pausesClock() {
        return this == SUSPENDED || this == IN_MEDIATION || this == TRANSFERRED_TO_POLICE;
    }
}
