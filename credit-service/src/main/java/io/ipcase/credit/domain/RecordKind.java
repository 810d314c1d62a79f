package io.ipcase.credit.domain;

import io.ipcase.kit.vocabulary.Labelled;

/** What a record against a subject says. */
public enum RecordKind implements Labelled {
    /** an effective decision found infringement (侵权成立的生效决定) */
    ESTABLISHED_INFRINGEMENT("侵权成立的生效决定", "established infringement"),
    /** the subject did not perform an effective decision (拒不履行) */
    REFUSAL_TO_PERFORM("拒不履行生效决定", "refusal to perform"),
    /** the subject did not perform a judicially confirmed mediation agreement */
    MEDIATION_NOT_PERFORMED("经司法确认的调解协议未履行", "confirmed mediation agreement not performed");

    private final String labelZh;
    private final String labelEn;

    RecordKind(String labelZh, String labelEn) {
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
