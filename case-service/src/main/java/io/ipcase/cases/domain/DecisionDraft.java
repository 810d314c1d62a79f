package io.ipcase.cases.domain;

import java.math.BigDecimal;

/**
 * A decision as the officer writes it: found infringement or not, what is ordered, the fine, the
 * gain confiscated and whether a licence is revoked; {@code kind} defaults by track, {@code number}
 * by the region's decision series.
 */
public record DecisionDraft(String number, Boolean infringementFound, Boolean intentional, Boolean major, String orders,
        BigDecimal fine, BigDecimal confiscatedGain, Boolean revokesLicence, DecisionKind kind) {
}
