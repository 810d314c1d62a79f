package io.ipcase.mediation.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.domain.MediatorRanking;

/** The registry's mediators as the ranking needs them: qualifications, service area and current load. */
@ApplicationScoped
public class MediatorDirectory {

    public Mediator get(String id) {
        Mediator mediator = Mediator.findById(id);
        if (mediator == null) {
            throw ProblemException.notFound("Mediator", id);
        }
        return mediator;
    }

    /** @param organisation when set, only its mediators are considered (a dispute it took in itself) */
    public List<Mediator> rank(IpKind ipKind, String region, MediationOrganisation organisation, Set<String> excluded, int limit) {
        List<Mediator> mediators = organisation == null
                ? Mediator.list("active = true and organisation.active = true")
                : Mediator.list("active = true and organisation = ?1", organisation);
        Map<String, Long> loads = loads();
        Map<String, Mediator> byId = mediators.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<MediatorRanking.Candidate> candidates = mediators.stream()
                .map(m -> new MediatorRanking.Candidate(m.id, m.organisation.region, m.ipKinds, m.active, loads.getOrDefault(m.id, 0L)))
                .toList();
        return MediatorRanking.rank(candidates, ipKind, region, excluded, limit).stream().map(c -> byId.get(c.mediatorId())).toList();
    }

    /** mediations each mediator carries now */
    public Map<String, Long> loads() {
        List<Object[]> rows = Mediator.getEntityManager()
                .createQuery("select m.mediator.id, count(m) from Mediation m where m.state in :open group by m.mediator.id", Object[].class)
                .setParameter("open", List.of(MediationState.ASSIGNED, MediationState.IN_PROGRESS))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }
}
