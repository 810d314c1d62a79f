package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

public enum CaseSource implements Labelled {
    COMPLAINT("投诉举报/请求", "complaint or request"),
    INSPECTION("监督检查", "inspection"),
    PLATFORM_REFERRAL("电商平台移交", "e-commerce platform referral"),
    CUSTOMS("海关移交", "customs"),
    TRANSFER_FROM_REGION("其他地区移送", "transfer from another region"),
    RETURN_FROM_POLICE("公安退回", "return from police");

    public final String labelZh;
    public final String labelEn;

    CaseSource(String labelZh, String labelEn) {
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
