package io.ipcase.credit.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a refusal to perform reported for a respondent stands (docs/domain.md, "Performance" and "Dishonesty list"):
 * only after a formal demand (催告) made once the fine's payment period was over, and once the period the demand gave has
 * run out. A refusal reported earlier is not recorded, so no proposal ever precedes it.
 */
public final class RefusalToPerform {

    private RefusalToPerform() {
    }

    /**
     * @param paymentDue the respondent's last day to pay (null: nothing to pay)
     * @param demandedOn the day the demand was served on it (null: none)
     * @param demandDue the last day the demand gave
     * @param reportedOn the day the refusal was recorded
     * @return why the refusal cannot stand yet, or empty when it stands
     */
    public static Optional<String> premature(LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue, LocalDate reportedOn) {
        if (demandedOn == null || demandDue == null) {
            return Optional.of("no formal demand to perform was made");
        }
        if (paymentDue != null && !demandedOn.isAfter(paymentDue)) {
            return Optional.of("the demand was made on " + demandedOn + ", inside the payment period ending " + paymentDue);
        }
        if (!reportedOn.isAfter(demandDue)) {
            return Optional.of("the demand's period runs until " + demandDue);
        }
        return Optional.empty();
    }
}
