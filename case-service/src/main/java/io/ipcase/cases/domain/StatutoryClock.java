package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** The clocks the law runs on a case, watched for warnings and overdue notices (docs/domain.md, "Case periods"). */
public enum StatutoryClock implements Labelled {
    ACCEPTANCE("受理期限", "acceptance"),
    CLOSING("办案期限", "closing"),
    DISCLOSURE("公示期限", "disclosure"),
    TRANSFER_DECISION("移送审批期限", "transfer decision"),
    PAYMENT("罚款缴纳期限", "payment"),
    DEMAND("催告履行期限", "demand to perform"),
    STATEMENT("陈述申辩期限", "statement of the party's case"),
    HEARING_REQUEST("听证申请期限", "hearing request");

    private final String labelZh;
    private final String labelEn;

    StatutoryClock(String labelZh, String labelEn) {
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
