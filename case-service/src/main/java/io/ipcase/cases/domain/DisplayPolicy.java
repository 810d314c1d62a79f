package io.ipcase.cases.domain;

import java.math.BigDecimal;

/**
 * Which display period a published penalty decision gets (docs/domain.md, "Publication and display"): a major decision
 * (重大执法决定) is serious, a fine of at most {@code minorFineCeiling} (the bureau's 较低数额罚款) is minor, any other
 * is moderate.
 */
public record DisplayPolicy(BigDecimal minorFineCeiling) {

    public DisplayPeriod periodOf(boolean major, BigDecimal fine) {
        if (major) {
            return DisplayPeriod.SERIOUS;
        }
        return fine == null || fine.compareTo(minorFineCeiling) <= 0 ? DisplayPeriod.MINOR : DisplayPeriod.MODERATE;
    }
}
