package io.ipcase.credit.domain;

/**
 * Who acts on a listing, as the rules see them: the system (the calendar, another service's event), an officer filing
 * the subject's statement, or a credit officer deciding; and whether the listing is in their region.
 */
public record ListingActor(String id, boolean system, boolean officer, boolean creditOfficer, boolean inRegion) {

    public static ListingActor system(String what) {
        return new ListingActor("system:" + what, true, false, false, true);
    }
}
