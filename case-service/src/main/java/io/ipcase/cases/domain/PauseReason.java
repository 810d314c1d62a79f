package io.ipcase.cases.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** Why a case's statutory clock stood still for a while (docs/domain.md, "Pauses of the clock"). */
public enum PauseReason implements Labelled {
    SUSPENSION("中止", "case suspended"),
    /** the party asked for a hearing (听证): its time does not count (docs/domain.md, "Pauses of the clock") */
    HEARING("听证", "hearing"),
    MEDIATION("调解", "mediation"),
    POLICE("移送公安", "with the police");

    private final String labelZh;
    private final String labelEn;

    PauseReason(String labelZh, String labelEn) {
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
