package io.ipcase.cases.domain;

import java.math.BigDecimal;

/**
 * A decision as the officer writes it: found infringement or not, what is ordered, the fine and
 * the gain confiscated; {@code kind} defaults by track, {@code number} by the case number.
 */
public record DecisionDraft(String number, Boolean infringementFound, Boolean intentional, Boolean major, String orders,
        BigDecimal fine, BigDecimal confiscatedGain, DecisionKind kind) {
}
