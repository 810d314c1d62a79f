package io.ipcase.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * The conditions of credit repair (信用修复, docs/domain.md, "Dishonesty list"), checked against the subject's record so that
 * the credit officer decides with them in view: a year on the list behind it, the decisions the listing rests on performed,
 * no new heavy penalty since it was listed; the correction of the conduct is the officer's to check from the application.
 */
public final class RepairConditions {

    /** one fact on record as the conditions read it */
    public record Fact(String decisionNumber, LocalDate effectiveOn, BigDecimal fine, LocalDate performedOn, LocalDate revokedOn) {
    }

    /** a condition and whether it is met (null: not on record, for the officer to check), with what shows it */
    public record Check(RepairCondition condition, Boolean met, String detail) {
    }

    private RepairConditions() {
    }

    /**
     * @param basis the facts the listing rests on
     * @param laterFacts the subject's established infringements (any case)
     */
    public static List<Check> assess(LocalDate listedOn, Period repairAfter, Collection<Fact> basis, Collection<Fact> laterFacts,
            BigDecimal heavyFine, LocalDate today) {
        LocalDate from = listedOn.plus(repairAfter);
        List<String> unperformed = basis.stream().filter(f -> f.performedOn() == null && f.revokedOn() == null).map(Fact::decisionNumber)
                .distinct().toList();
        List<String> heavy = laterFacts.stream().filter(f -> f.revokedOn() == null && f.effectiveOn() != null && f.effectiveOn().isAfter(listedOn))
                .filter(f -> f.fine() != null && f.fine().compareTo(heavyFine) >= 0).map(Fact::decisionNumber).distinct().toList();
        return List.of(
                new Check(RepairCondition.LISTED_LONG_ENOUGH, !today.isBefore(from), "listed on " + listedOn + "; repair from " + from),
                new Check(RepairCondition.OBLIGATIONS_PERFORMED, unperformed.isEmpty(),
                        unperformed.isEmpty() ? "every decision performed" : "not performed: " + String.join(", ", unperformed)),
                new Check(RepairCondition.NO_NEW_HEAVY_PENALTY, heavy.isEmpty(),
                        heavy.isEmpty() ? "none since " + listedOn : "heavy penalty since listing: " + String.join(", ", heavy)),
                new Check(RepairCondition.CONDUCT_CORRECTED, null, "to be checked from the subject's application"));
    }
}
