package io.ipcase.cases.domain;

/** Hands out the numbers of a region, track and year: case numbers and decision numbers, each its own series. */
public interface CaseNumbering {

    String nextCase(String region, CaseTrack track, int year);

    /** a decision document's number (决定书文号): every decision issued gets a new one, a decision re-issued after revocation too */
    String nextDecision(String region, CaseTrack track, int year);
}
