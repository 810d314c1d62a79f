package io.ipcase.cases.domain;

import java.time.LocalDate;

import io.ipcase.kit.vocabulary.Labelled;

/**
 * How long a published penalty decision stays on public display, by how grave the violation was; on the day after,
 * it comes down (docs/domain.md, "Publication and display").
 */
public enum DisplayPeriod implements Labelled {
    MINOR(3, 3, "轻微（公示3个月）", "minor (3 months)"),
    MODERATE(12, 3, "一般（公示1年）", "moderate (1 year)"),
    SERIOUS(36, 12, "严重（公示3年）", "serious (3 years)");

    private final int months;
    private final int shortestMonths;
    private final String labelZh;
    private final String labelEn;

    DisplayPeriod(int months, int shortestMonths, String labelZh, String labelEn) {
        this.months = months;
        this.shortestMonths = shortestMonths;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /**
     * the first day a decision may come down early on credit repair (信用修复): the shortest display of its band behind it
     * (minor: never early, its whole period is the shortest)
     */
    public LocalDate earliestRepair(LocalDate publishedOn) {
        return publishedOn.plusMonths(shortestMonths).plusDays(1);
    }

    /** the last day on display: the period counted from the day of publication, ending on the same calendar day */
    public LocalDate lastDay(LocalDate publishedOn) {
        return publishedOn.plusMonths(months);
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
