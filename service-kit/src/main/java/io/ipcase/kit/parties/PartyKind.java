package io.ipcase.kit.parties;

public enum PartyKind {
    /** identified by the unified social credit code */
    ORGANISATION,
    /** identified by the resident ID number */
    INDIVIDUAL
}
