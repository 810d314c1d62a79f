package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

public enum DecisionKind implements Labelled {
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

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
