package io.ipcase.cases.domain;

/** 繁简分流: simplified for clear facts, rights and evidence; ordinary otherwise. */
public enum Procedure {
    SIMPLIFIED("简易程序", "simplified"),
    ORDINARY("普通程序", "ordinary");

    public final String labelZh;
    public final String labelEn;

    Procedure(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}
