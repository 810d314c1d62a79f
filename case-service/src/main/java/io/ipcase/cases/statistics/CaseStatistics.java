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
 * <li>closure rate — filed cases that are closed, leaving out those withdrawn or handed to the police after filing;</li>
 * <li>on-time rate — of the concluded cases (decision issued, or closed without one) and the open ones already past their
 * closing deadline, those concluded by their deadline (an overdue open case counts against it, it is not left out);</li>
 * <li>disclosure rate — penalty decisions of the period published on time (20 working days, configurable).</li>
 * </ul>
 * Every figure is as of the period's end: what happened after it does not change a past period's report.
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
            long withdrawnOrTransferred, long closed, BigDecimal closureRate, long concluded, long concludedOnTime, long overdueOpen,
            BigDecimal onTimeRate, long publicationsDue,
            long published, long publishedOnTime, BigDecimal disclosureRate, Map<String, Long> openByState, Targets targets) {
    }

    /** @param regionPrefix division-code prefix of the jurisdiction ("" for the whole country) */
    public Report report(String region, String regionPrefix, LocalDate from, LocalDate to) {
        String like = regionPrefix + "%";
        Object[] intake = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where state <> 'RECEIVED')
                from ip_case where region like :region and received_on between :from and :to
                """).setParameter("region", like).setParameter("from", from).setParameter("to", to).getSingleResult();
        // a case left the bureau's hands when it was withdrawn or went to the police (and had not come back by the period's end)
        Object[] filed = (Object[]) entityManager.createNativeQuery("""
                with filed as (
                    select c.*, coalesce(c.decided_on, c.closed_on) as concluded_on,
                           coalesce(c.closed_on <= :to and (c.state = 'WITHDRAWN' or c.closed_reason = 'TRANSFERRED'), false)
                           or exists (select 1 from case_pause p where p.case_id = c.id and p.reason = 'POLICE'
                                      and p.from_date <= :to and (p.to_date is null or p.to_date > :to)) as handed_over
                    from ip_case c where c.region like :region and c.filed_on between :from and :to)
                select count(*),
                       count(*) filter (where handed_over),
                       count(*) filter (where not handed_over and state = 'CLOSED' and closed_on <= :to),
                       count(*) filter (where concluded_on <= :to),
                       count(*) filter (where concluded_on <= :to and concluded_on <= closing_due),
                       count(*) filter (where not handed_over and (concluded_on is null or concluded_on > :to) and closing_due < :to)
                from filed
                """).setParameter("region", like).setParameter("from", from).setParameter("to", to).getSingleResult();
        // every penalty decision of the ordinary procedure in force that found infringement is to be published within its term
        Object[] disclosure = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where p.published_at is not null and p.withdrawn_at is null),
                       count(*) filter (where p.published_at is not null and p.withdrawn_at is null
                                        and (p.published_at at time zone 'Asia/Shanghai')::date <= p.due_on)
                from ip_case c left join penalty_publication p on p.case_id = c.id
                where c.region like :region and c.decided_on between :from and :to
                  and c.decision_kind = 'PENALTY' and c.procedure = 'ORDINARY' and c.infringement_found and c.revoked_on is null
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
        long counted = n(filed[0]) - n(filed[1]);
        long judged = n(filed[3]) + n(filed[5]);
        return new Report(region, from, to, n(intake[0]), n(intake[1]), rate(intake[1], intake[0]), n(filed[0]), n(filed[1]), n(filed[2]),
                rate(n(filed[2]), counted), n(filed[3]), n(filed[4]), n(filed[5]), rate(n(filed[4]), judged), n(disclosure[0]), n(disclosure[1]),
                n(disclosure[2]), rate(n(disclosure[2]), n(disclosure[0])), openByState, targets);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal rate(Object part, Object whole) {
        return rate(n(part), n(whole));
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
