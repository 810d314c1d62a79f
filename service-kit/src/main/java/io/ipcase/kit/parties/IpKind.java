package io.ipcase.kit.parties;

import io.ipcase.kit.vocabulary.Labelled;

public enum IpKind implements Labelled {
    PATENT_INVENTION("发明专利", "invention patent"),
    PATENT_UTILITY_MODEL("实用新型专利", "utility model patent"),
    PATENT_DESIGN("外观设计专利", "design patent"),
    TRADEMARK("商标", "trademark"),
    COPYRIGHT("著作权", "copyright"),
    GEOGRAPHICAL_INDICATION("地理标志", "geographical indication"),
    TRADE_SECRET("商业秘密", "trade secret"),
    PLANT_VARIETY("植物新品种", "plant variety");

    public final String labelZh;
    public final String labelEn;

    IpKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public boolean isPatent() {
        return this == PATENT_INVENTION || this == PATENT_UTILITY_MODEL || this == PATENT_DESIGN;
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
