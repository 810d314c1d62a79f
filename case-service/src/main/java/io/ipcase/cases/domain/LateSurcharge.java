package io.ipcase.cases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The surcharge on a fine paid late (加处罚款, docs/domain.md, "Performance"): 3 % of the fine for each day after the
 * payment period, never more than the fine itself; in yuan to the fen.
 */
public final class LateSurcharge {

    private static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private LateSurcharge() {
    }

    /**
     * @param paymentDue the last day to pay (null: no fine to pay)
     * @param paidOrToday the day the fine was paid, or today while it is not
     * @return the surcharge accrued by then; zero when paid in time or nothing is due
     */
    public static BigDecimal accrued(BigDecimal fine, LocalDate paymentDue, LocalDate paidOrToday) {
        if (fine == null || paymentDue == null || paidOrToday == null || !paidOrToday.isAfter(paymentDue)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long daysLate = ChronoUnit.DAYS.between(paymentDue, paidOrToday);
        BigDecimal surcharge = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(daysLate));
        return surcharge.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
