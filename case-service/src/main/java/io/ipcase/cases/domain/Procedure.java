package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** 繁简分流: simplified for clear facts, rights and evidence; ordinary otherwise. */
public enum Procedure implements Labelled {
    SIMPLIFIED("简易程序", "simplified"),
    ORDINARY("普通程序", "ordinary");

    public final String labelZh;
    public final String labelEn;

    Procedure(String labelZh, String labelEn) {
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
