package io.ipcase.kit.parties;

import io.ipcase.kit.vocabulary.Labelled;

public enum PartyKind implements Labelled {
    /** identified by the unified social credit code */
    ORGANISATION("单位", "organisation"),
    /** identified by the resident ID number */
    INDIVIDUAL("个人", "individual");

    private final String labelZh;
    private final String labelEn;

    PartyKind(String labelZh, String labelEn) {
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
