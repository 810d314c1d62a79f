package io.ipcase.mediation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an action brings, as the rules read it: the reason; the mediator to assign; the session planned or recorded; the
 * parties' consent; the agreement; the court's application, case number and decision; the day of performance; and, when a
 * mediator takes the dispute, the kind of its organisation ({@code takenAs}).
 */
public record MediationInput(String reason, MediatorFacts mediator, Instant sessionAt, Integer sessionSeq, Instant heldAt, String minutes,
        Boolean partiesConsent, AgreementFacts agreement, String court, Boolean jointApplication, String courtCaseNumber, LocalDate on,
        MediationKind takenAs) {

    public static final MediationInput NONE = new MediationInput(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** an input where no organisation takes the dispute */
    public MediationInput(String reason, MediatorFacts mediator, Instant sessionAt, Integer sessionSeq, Instant heldAt, String minutes,
            Boolean partiesConsent, AgreementFacts agreement, String court, Boolean jointApplication, String courtCaseNumber, LocalDate on) {
        this(reason, mediator, sessionAt, sessionSeq, heldAt, minutes, partiesConsent, agreement, court, jointApplication, courtCaseNumber, on, null);
    }

    /**
     * The mediator an organisation's administrator names, as the registry has it ({@code known} false: it has none of that id).
     *
     * @param administeredByActor whether the acting administrator administers its organisation
     * @param ofItsOrganisation whether its organisation is the mediation's (or the mediation has none yet)
     */
    public record MediatorFacts(String id, boolean known, boolean administeredByActor, boolean ofItsOrganisation, boolean active,
            boolean qualified, boolean servesRegion) {

        /** a mediator the registry does not have */
        public static MediatorFacts unknown(String id) {
            return new MediatorFacts(id, false, false, false, false, false, false);
        }
    }

    /** the agreement's signatures and terms */
    public record AgreementFacts(List<Signature> signatures, List<Term> terms) {

        /** it takes effect on the day the last one signed (人民调解法 Art. 29) */
        public LocalDate effectiveOn() {
            return signatures.stream().map(Signature::signedOn).max(LocalDate::compareTo).orElseThrow();
        }
    }

    /** @param role COMPLAINANT, RESPONDENT or MEDIATOR */
    public record Signature(String signer, String role, LocalDate signedOn) {
    }

    public record Term(String obligor, LocalDate deadline) {
    }
}
