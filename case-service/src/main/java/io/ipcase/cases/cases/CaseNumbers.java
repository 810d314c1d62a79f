package io.ipcase.cases.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.ipcase.cases.deadlines.CaseRules;
import io.ipcase.cases.domain.CaseTrack;

/**
 * 案号: one series per region, track and year, gap-free. The number is drawn under the series
 * row's lock in the filing transaction; if that transaction rolls back, so does the number.
 */
@ApplicationScoped
public class CaseNumbers {

    private final EntityManager entityManager;
    private final CaseRules rules;

    public CaseNumbers(EntityManager entityManager, CaseRules rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String region, CaseTrack track, int year) {
        Number next = (Number) entityManager.createNativeQuery("""
                insert into case_number_series (region, track, year, last_number) values (:region, :track, :year, 1)
                on conflict (region, track, year) do update set last_number = case_number_series.last_number + 1
                returning last_number
                """)
                .setParameter("region", region)
                .setParameter("track", track.name())
                .setParameter("year", year)
                .getSingleResult();
        String prefix = rules.caseNumberPrefix().getOrDefault(region, region + "市监知");
        return prefix + track.numberMark() + "〔" + year + "〕" + next.intValue() + "号";
    }
}
