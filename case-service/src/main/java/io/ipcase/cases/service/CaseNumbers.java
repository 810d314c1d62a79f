package io.ipcase.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.ipcase.cases.clocks.CaseRules;
import io.ipcase.cases.domain.CaseNumbering;
import io.ipcase.cases.domain.CaseTrack;

/**
 * 案号: one series per region, track and year, gap-free. The number is drawn under the series
 * row's lock in the filing transaction; if that transaction rolls back, so does the number.
 */
@ApplicationScoped
public class CaseNumbers implements CaseNumbering {

    private final EntityManager entityManager;
    private final CaseRules rules;

    public CaseNumbers(EntityManager entityManager, CaseRules rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public String nextCase(String region, CaseTrack track, int year) {
        return prefix(region) + track.numberMark() + "〔" + year + "〕" + next(region, track.name(), year) + "号";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextDecision(String region, CaseTrack track, int year) {
        // a series of its own (the column holds 30 characters: not the track's full name)
        String series = track == CaseTrack.INFRINGEMENT_RULING ? "RULING_DECISION" : "PENALTY_DECISION";
        return prefix(region) + track.numberMark() + "决〔" + year + "〕" + next(region, series, year) + "号";
    }

    private String prefix(String region) {
        return rules.caseNumberPrefix().getOrDefault(region, region + "市监知");
    }

    private int next(String region, String series, int year) {
        Number next = (Number) entityManager.createNativeQuery("""
                insert into case_number_series (region, track, year, last_number) values (:region, :track, :year, 1)
                on conflict (region, track, year) do update set last_number = case_number_series.last_number + 1
                returning last_number
                """)
                .setParameter("region", region)
                .setParameter("track", series)
                .setParameter("year", year)
                .getSingleResult();
        return next.intValue();
    }
}
