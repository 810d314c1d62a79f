package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** How a decision reached a respondent (送达方式, docs/domain.md, "Service of a decision"). */
public enum ServiceMethod implements Labelled {
    /** by e-mail, only to a party that agreed to it in writing */
    ELECTRONIC("电子送达", "electronically"),
    IN_PERSON("直接送达", "in person"),
    POST("邮寄送达", "by post"),
    /** left at the party's address when it refused to sign (留置送达) */
    LEFT_AT_ADDRESS("留置送达", "left at the address"),
    PUBLIC_NOTICE("公告送达", "by public notice"),
    OTHER("其他方式", "otherwise");

    private final String labelZh;
    private final String labelEn;

    ServiceMethod(String labelZh, String labelEn) {
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
