package io.ipcase.cases.domain;

import java.math.BigDecimal;

/**
 * Which penalty decisions are major (重大行政处罚决定) and so pass legal review before they are issued
 * (docs/domain.md, "Who decides on a case").
 */
public record MajorDecisionPolicy(BigDecimal fineThreshold) {

    public boolean isMajor(DecisionDraft d) {
        boolean heavyFine = d.fine() != null && d.fine().compareTo(fineThreshold) >= 0;
        return Boolean.TRUE.equals(d.major()) || heavyFine;
    }
}
