package io.ipcase.cases.domain;

/** Which term an extension lengthens, and who grants it (docs/domain.md, "Case periods"). */
public enum ExtensionKind {
    /** checking a lead before filing, 15 working days more with the head's approval */
    LEAD_CHECK,
    /** the closing term, by the head, as many times as the track allows */
    CLOSING,
    /** the closing term beyond the head's extensions: the heads' collective discussion, which sets the days */
    COLLECTIVE
}
