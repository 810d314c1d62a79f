package io.ipcase.cases.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ipcase.kit.parties.IpKind;

/**
 * What a new case needs to be entered: a ruling request names the right holder who asks for it and
 * concerns a right the bureau rules on (patents by default: trademarks go to the courts, plant
 * varieties and layout designs to other authorities — docs/domain.md, "Who decides on a case"), and
 * no officer is listed twice (two different officers handle every case). The identifiers of the
 * parties are checked by their own rules before this.
 */
public final class CaseIntake {

    /** one input that does not fit, by the field that carries it */
    public record Misfit(String field, String message) {
    }

    private CaseIntake() {
    }

    /**
     * @param rulingKinds the kinds of right the ruling track takes here
     * @param handlingOfficers the officers named (null: not given, as in an amendment)
     */
    public static List<Misfit> misfits(CaseTrack track, IpKind ipKind, Set<IpKind> rulingKinds, int complainants, List<String> handlingOfficers) {
        List<Misfit> misfits = new ArrayList<>();
        if (track == CaseTrack.INFRINGEMENT_RULING && ipKind != null && !rulingKinds.contains(ipKind)) {
            misfits.add(new Misfit("ipRight.kind", "is not a right this authority rules on (it rules on " + rulingKinds.stream().map(Enum::name)
                    .sorted().collect(java.util.stream.Collectors.joining(", ")) + ")"));
        }
        if (track == CaseTrack.INFRINGEMENT_RULING && complainants == 0) {
            misfits.add(new Misfit("complainants", "a ruling request needs the requesting right holder"));
        }
        if (handlingOfficers != null && handlingOfficers.stream().distinct().count() < handlingOfficers.size()) {
            misfits.add(new Misfit("handlingOfficers", "lists an officer twice"));
        }
        return misfits;
    }
}
