package io.ipcase.cases.domain;

public enum CaseTrack {
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

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String numberMark() {
        return numberMark;
    }
}
