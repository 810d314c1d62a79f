package io.ipcase.cases.domain;

import java.math.BigDecimal;

import io.ipcase.kit.parties.IpKind;

/**
 * 行刑衔接: figures at or above which a case must be considered for transfer to the police.
 * The values come from configuration (they change with judicial interpretations); reaching one
 * flags the case, transferring it is always a head's decision.
 */
public record TransferThresholds(BigDecimal businessVolume, BigDecimal illegalGain, int copies, BigDecimal tradeSecretLoss,
        BigDecimal patentBusinessVolume, BigDecimal patentIllegalGain) {

    public boolean reached(IpKind kind, BigDecimal amountInvolved, BigDecimal gain, Integer copiesInvolved, BigDecimal loss) {
        return switch (kind) {
            case TRADEMARK, GEOGRAPHICAL_INDICATION -> atLeast(amountInvolved, businessVolume) || atLeast(gain, illegalGain);
            case COPYRIGHT -> atLeast(amountInvolved, businessVolume) || atLeast(gain, illegalGain)
                    || (copiesInvolved != null && copiesInvolved >= copies);
            case TRADE_SECRET -> atLeast(loss, tradeSecretLoss);
            case PATENT_INVENTION, PATENT_UTILITY_MODEL, PATENT_DESIGN -> atLeast(amountInvolved, patentBusinessVolume)
                    || atLeast(gain, patentIllegalGain);
            case PLANT_VARIETY -> atLeast(amountInvolved, businessVolume) || atLeast(gain, illegalGain);
        };
    }

    private static boolean atLeast(BigDecimal value, BigDecimal threshold) {
        return value != null && threshold != null && value.compareTo(threshold) >= 0;
    }
}
