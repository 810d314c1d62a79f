package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

public enum ClosedReason implements Labelled {
    PERFORMED("已履行", "decision performed"),
    ENFORCEMENT_APPLIED("申请强制执行", "court enforcement applied for"),
    MEDIATED("调解结案", "settled by mediation"),
    NO_INFRINGEMENT("不构成侵权", "no infringement found"),
    DECISION_REVOKED("决定撤销后结案", "closed after revocation"),
    TRANSFERRED("移送公安机关立案", "accepted by the police"),
    OTHER("其他", "other");

    public final String labelZh;
    public final String labelEn;

    ClosedReason(String labelZh, String labelEn) {
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
