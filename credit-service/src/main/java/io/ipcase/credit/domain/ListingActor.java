package io.ipcase.credit.domain;

/**
 * Who acts on a listing, as the rules see them: the system (the calendar, another service's event), an officer filing
 * the subject's statement, a credit officer deciding, or the subject itself (through the one-time link of its notice);
 * and whether the listing is in their region.
 */
public record ListingActor(String id, boolean system, boolean officer, boolean creditOfficer, boolean inRegion, boolean subject) {

    public ListingActor(String id, boolean system, boolean officer, boolean creditOfficer, boolean inRegion) {
        this(id, system, officer, creditOfficer, inRegion, false);
    }

    /** the subject of the listing, holding the link its notice carried */
    public static ListingActor theSubject() {
        return new ListingActor("subject", false, false, false, true, true);
    }

    public static ListingActor system(String what) {
        return new ListingActor("system:" + what, true, false, false, true);
    }
}
