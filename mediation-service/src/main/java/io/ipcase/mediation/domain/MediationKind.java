package io.ipcase.mediation.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** Who mediates, which sets the time limit (docs/domain.md, "Mediation time limits"). */
public enum MediationKind implements Labelled {
    PEOPLES("人民调解", "people's mediation"),
    ADMINISTRATIVE("行政调解", "administrative mediation"),
    JUDICIAL("司法调解", "judicial (court-entrusted) mediation"),
    ARBITRAL("仲裁调解", "arbitral mediation"),
    INDUSTRY("行业调解", "industry mediation");

    public final String labelZh;
    public final String labelEn;

    MediationKind(String labelZh, String labelEn) {
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
