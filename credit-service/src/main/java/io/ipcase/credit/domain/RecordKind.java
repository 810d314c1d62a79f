package io.ipcase.credit.domain;

/** What a record against a subject says. */
public enum RecordKind {
    /** an effective decision found infringement (侵权成立的生效决定) */
    ESTABLISHED_INFRINGEMENT,
    /** the subject did not perform an effective decision (拒不履行) */
    REFUSAL_TO_PERFORM,
    /** the subject did not perform a judicially confirmed mediation agreement */
    MEDIATION_NOT_PERFORMED
}
