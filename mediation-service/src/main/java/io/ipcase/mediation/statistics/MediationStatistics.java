package io.ipcase.mediation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.ipcase.mediation.domain.MediationKind;
import io.ipcase.mediation.domain.MediationState;

/**
 * The mediation figures: how many were opened, how many reached an agreement (success rate =
 * agreements ÷ (agreements + failed + expired); a withdrawal is no outcome of mediation), how
 * long mediation took, and what is open now — for a region, an organisation, a kind and a period.
 */
@ApplicationScoped
public class MediationStatistics {

    public record Figures(long opened, long agreements, long failed, long expired, long withdrawn, BigDecimal successRate,
            BigDecimal averageDays) {
    }

    public record Row(String key, String label, Figures figures) {
    }

    public record Report(String region, UUID organisationId, MediationKind kind, LocalDate from, LocalDate to, Figures total,
            Map<String, Long> openByState, List<Row> byOrganisation, List<Row> byKind) {
    }

    /** what each group of mediations adds up to */
    private record Sums(long opened, long agreements, long failed, long expired, long withdrawn, long days) {
        Sums plus(Sums o) {
            return new Sums(opened + o.opened, agreements + o.agreements, failed + o.failed, expired + o.expired, withdrawn + o.withdrawn,
                    days + o.days);
        }

        Figures figures() {
            long outcomes = agreements + failed + expired;
            return new Figures(opened, agreements, failed, expired, withdrawn,
                    outcomes == 0 ? null : BigDecimal.valueOf(agreements).divide(BigDecimal.valueOf(outcomes), 4, RoundingMode.HALF_UP),
                    outcomes + withdrawn == 0 ? null
                            : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(outcomes + withdrawn), 1, RoundingMode.HALF_UP));
        }
    }

    private static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0);

    private final EntityManager entityManager;

    public MediationStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param regionPrefix the jurisdiction prefix of the region ("" for nationwide) */
    public Report report(String region, String regionPrefix, UUID organisationId, MediationKind kind, LocalDate from, LocalDate to) {
        String scope = " m.region like :prefix" + (organisationId != null ? " and m.organisation_id = :organisation" : "")
                + (kind != null ? " and m.kind = :kind" : "");
        Query groups = entityManager.createNativeQuery("""
                select cast(m.organisation_id as varchar), o.name, m.kind,
                       count(*) filter (where m.opened_on between :from and :to),
                       count(*) filter (where m.agreement_effective_on is not null and m.concluded_on between :from and :to),
                       count(*) filter (where m.state = 'FAILED' and m.concluded_on between :from and :to),
                       count(*) filter (where m.state = 'EXPIRED' and m.concluded_on between :from and :to),
                       count(*) filter (where m.state = 'WITHDRAWN' and m.agreement_effective_on is null and m.concluded_on between :from and :to),
                       coalesce(sum(m.concluded_on - m.opened_on) filter (where m.concluded_on between :from and :to), 0)
                from mediation m left join mediation_organisation o on o.id = m.organisation_id
                where""" + scope + " group by m.organisation_id, o.name, m.kind");
        bind(groups, regionPrefix, organisationId, kind).setParameter("from", from).setParameter("to", to);
        Map<String, Sums> byOrganisation = new LinkedHashMap<>();
        Map<String, String> organisationNames = new LinkedHashMap<>();
        Map<String, Sums> byKind = new LinkedHashMap<>();
        Sums total = NONE;
        for (Object row : groups.getResultList()) {
            Object[] r = (Object[]) row;
            Sums sums = new Sums(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]));
            String organisation = r[0] == null ? "unassigned" : (String) r[0];
            organisationNames.put(organisation, r[1] == null ? "未选定调解组织" : (String) r[1]);
            byOrganisation.merge(organisation, sums, Sums::plus);
            byKind.merge((String) r[2], sums, Sums::plus);
            total = total.plus(sums);
        }
        Query open = entityManager.createNativeQuery("select m.state, count(*) from mediation m where m.state in (:open) and" + scope
                + " group by m.state");
        bind(open, regionPrefix, organisationId, kind).setParameter("open",
                List.of(MediationState.values()).stream().filter(s -> !s.isEnded()).map(Enum::name).toList());
        Map<String, Long> openByState = new LinkedHashMap<>();
        for (MediationState state : MediationState.values()) {
            if (!state.isEnded()) {
                openByState.put(state.name(), 0L);
            }
        }
        for (Object row : open.getResultList()) {
            Object[] r = (Object[]) row;
            openByState.put((String) r[0], n(r[1]));
        }
        List<Row> organisations = new ArrayList<>();
        byOrganisation.forEach((key, sums) -> organisations.add(new Row(key, organisationNames.get(key), sums.figures())));
        organisations.sort(Comparator.comparing(Row::label));
        List<Row> kinds = new ArrayList<>();
        byKind.forEach((key, sums) -> kinds.add(new Row(key, MediationKind.valueOf(key).labelZh, sums.figures())));
        kinds.sort(Comparator.comparing(Row::key));
        return new Report(region, organisationId, kind, from, to, total.figures(), openByState, organisations, kinds);
    }

    private static Query bind(Query query, String regionPrefix, UUID organisationId, MediationKind kind) {
        query.setParameter("prefix", regionPrefix + "%");
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        return query;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
