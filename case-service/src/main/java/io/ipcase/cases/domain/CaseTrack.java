package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

public enum CaseTrack implements Labelled {
    ADMINISTRATIVE_PENALTY("行政处罚", "administrative penalty", "罚"),
    INFRINGEMENT_RULING("侵权纠纷行政裁决", "infringement-dispute administrative ruling", "裁");

    private final String labelZh;
    private final String labelEn;
    /** the character of the case number (案号) that names the track */
    private final String numberMark;

    CaseTrack(String labelZh, String labelEn, String numberMark) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.numberMark = numberMark;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    public String numberMark() {
        return numberMark;
    }
}
