package io.ipcase.cases.domain;

import java.math.BigDecimal;

/**
 * Which penalty decisions are major (重大行政处罚决定) and so pass legal review before they are issued:
 * marked so by the officer, a fine or a confiscation at or above its threshold, or a licence revoked
 * (docs/domain.md, "Who decides on a case").
 */
public record MajorDecisionPolicy(BigDecimal fineThreshold, BigDecimal confiscationThreshold) {

    public boolean isMajor(DecisionDraft d) {
        return Boolean.TRUE.equals(d.major()) || atLeast(d.fine(), fineThreshold) || atLeast(d.confiscatedGain(), confiscationThreshold)
                || Boolean.TRUE.equals(d.revokesLicence());
    }

    private static boolean atLeast(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.compareTo(threshold) >= 0;
    }
}
