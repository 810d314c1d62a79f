package io.ipcase.cases.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The figures the bureaus report on (docs/domain.md, "What the bureaus report"), for a jurisdiction and a period:
 * <ul>
 * <li>handled rate — received complaints and requests decided on (accepted or refused);</li>
 * <li>closure rate — filed cases that are closed;</li>
 * <li>on-time rate — concluded cases (decision issued, or closed without one) concluded by their closing deadline;</li>
 * <li>disclosure rate — penalty decisions of the period published on time (20 working days, configurable).</li>
 * </ul>
 * Rates are null when there is nothing to divide by.
 */
@ApplicationScoped
public class CaseStatistics {

    private final EntityManager entityManager;
    private final Targets targets;

    public CaseStatistics(EntityManager entityManager,
            @ConfigProperty(name = "ipcase.statistics.targets.handled-rate") BigDecimal handled,
            @ConfigProperty(name = "ipcase.statistics.targets.closure-rate") BigDecimal closure,
            @ConfigProperty(name = "ipcase.statistics.targets.on-time-rate") BigDecimal onTime,
            @ConfigProperty(name = "ipcase.statistics.targets.disclosure-rate") BigDecimal disclosure) {
        this.entityManager = entityManager;
        this.targets = new Targets(handled, closure, onTime, disclosure);
    }

    /** what the bureaus' plans require of each rate (docs/domain.md, "What the bureaus report"), as fractions */
    public record Targets(BigDecimal handledRate, BigDecimal closureRate, BigDecimal onTimeRate, BigDecimal disclosureRate) {
    }

    public record Report(String region, LocalDate from, LocalDate to, long received, long handled, BigDecimal handledRate, long filed,
            long closed, BigDecimal closureRate, long concluded, long concludedOnTime, BigDecimal onTimeRate, long publicationsDue,
            long published, long publishedOnTime, BigDecimal disclosureRate, Map<String, Long> openByState, Targets targets) {
    }

    /** @param regionPrefix division-code prefix of the jurisdiction ("" for the whole country) */
    public Report report(String region, String regionPrefix, LocalDate from, LocalDate to) {
        String like = regionPrefix + "%";
        Object[] intake = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where state <> 'RECEIVED')
                from ip_case where region like :region and received_on between :from and :to
                """).setParameter("region", like).setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] filed = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where state = 'CLOSED'),
                       count(*) filter (where coalesce(decided_on, closed_on) is not null),
                       count(*) filter (where coalesce(decided_on, closed_on) <= closing_due)
                from ip_case where region like :region and filed_on between :from and :to
                """).setParameter("region", like).setParameter("from", from).setParameter("to", to).getSingleResult();
        // every penalty decision in force that found infringement is to be published within its term
        Object[] disclosure = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where p.published_at is not null and p.withdrawn_at is null),
                       count(*) filter (where p.published_at is not null and p.withdrawn_at is null
                                        and (p.published_at at time zone 'Asia/Shanghai')::date <= p.due_on)
                from ip_case c left join penalty_publication p on p.case_id = c.id
                where c.region like :region and c.decided_on between :from and :to
                  and c.decision_kind = 'PENALTY' and c.infringement_found and c.revoked_on is null
                """).setParameter("region", like).setParameter("from", from).setParameter("to", to).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> states = entityManager.createNativeQuery("""
                select state, count(*) from ip_case
                where region like :region and state not in ('CLOSED', 'REFUSED', 'WITHDRAWN')
                group by state order by state
                """).setParameter("region", like).getResultList();
        Map<String, Long> openByState = new LinkedHashMap<>();
        for (Object[] row : states) {
            openByState.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new Report(region, from, to, n(intake[0]), n(intake[1]), rate(intake[1], intake[0]), n(filed[0]), n(filed[1]),
                rate(filed[1], filed[0]), n(filed[2]), n(filed[3]), rate(filed[3], filed[2]), n(disclosure[0]), n(disclosure[1]),
                n(disclosure[2]), rate(disclosure[2], disclosure[0]), openByState, targets);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal rate(Object part, Object whole) {
        long total = n(whole);
        return total == 0 ? null : BigDecimal.valueOf(n(part)).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
