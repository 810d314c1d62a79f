package io.ipcase.cases.domain;

public enum DecisionKind {
    PENALTY("行政处罚决定", "administrative penalty decision"),
    /** a warning is a penalty that is not published */
    WARNING("警告", "warning"),
    RULING("行政裁决", "administrative ruling");

    public final String labelZh;
    public final String labelEn;

    DecisionKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}
