package io.ipcase.cases.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new case needs to be entered: a ruling request names the right holder who asks for it,
 * and no officer is listed twice (two different officers handle every case). The identifiers of the
 * parties are checked by their own rules before this.
 */
public final class CaseIntake {

    /** one input that does not fit, by the field that carries it */
    public record Misfit(String field, String message) {
    }

    private CaseIntake() {
    }

    public static List<Misfit> misfits(CaseTrack track, int complainants, List<String> handlingOfficers) {
        List<Misfit> misfits = new ArrayList<>();
        if (track == CaseTrack.INFRINGEMENT_RULING && complainants == 0) {
            misfits.add(new Misfit("complainants", "a ruling request needs the requesting right holder"));
        }
        if (handlingOfficers != null && handlingOfficers.stream().distinct().count() < handlingOfficers.size()) {
            misfits.add(new Misfit("handlingOfficers", "lists an officer twice"));
        }
        return misfits;
    }
}
