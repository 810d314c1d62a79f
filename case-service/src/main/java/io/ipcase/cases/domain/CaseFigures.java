package io.ipcase.cases.domain;

import java.math.BigDecimal;

import io.ipcase.kit.parties.IpKind;

/**
 * The figures a case is weighed by — the kind of right and the amounts — from which the thresholds
 * for a transfer to the police (行刑衔接) are judged.
 */
public record CaseFigures(IpKind ipKind, BigDecimal amountInvolved, BigDecimal illegalGain, Integer copiesInvolved, BigDecimal lossCaused) {

    /** these figures with each one the amendment gives (null: unchanged) put in */
    public CaseFigures amendedBy(CaseFigures amendment) {
        return new CaseFigures(amendment.ipKind != null ? amendment.ipKind : ipKind,
                amendment.amountInvolved != null ? amendment.amountInvolved : amountInvolved,
                amendment.illegalGain != null ? amendment.illegalGain : illegalGain,
                amendment.copiesInvolved != null ? amendment.copiesInvolved : copiesInvolved,
                amendment.lossCaused != null ? amendment.lossCaused : lossCaused);
    }

    public boolean reach(TransferThresholds thresholds) {
        return thresholds.reached(ipKind, amountInvolved, illegalGain, copiesInvolved, lossCaused);
    }
}
