package io.ipcase.mediation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.ipcase.identifiers.DivisionCode;
import io.ipcase.kit.parties.IpKind;

/**
 * Which mediators to suggest for a dispute: active ones who handle its kind of right, in an
 * organisation whose region covers the dispute's; the most local organisation first (county
 * before prefecture before province), then the lightest current load, then by id so the
 * order is stable.
 */
public final class MediatorRanking {

    /** A mediator as ranking sees them; {@code load} is the number of mediations they carry now. */
    public record Candidate(String mediatorId, String organisationRegion, Set<IpKind> ipKinds, boolean active, long load) {
    }

    private MediatorRanking() {
    }

    public static List<Candidate> rank(List<Candidate> candidates, IpKind ipKind, String region, Set<String> excluded, int limit) {
        return candidates.stream()
                .filter(Candidate::active)
                .filter(c -> c.ipKinds().contains(ipKind))
                .filter(c -> DivisionCode.covers(c.organisationRegion(), region))
                .filter(c -> !excluded.contains(c.mediatorId()))
                .sorted(Comparator.comparingInt((Candidate c) -> -DivisionCode.jurisdictionPrefix(c.organisationRegion()).length())
                        .thenComparingLong(Candidate::load)
                        .thenComparing(Candidate::mediatorId))
                .limit(limit)
                .toList();
    }
}
