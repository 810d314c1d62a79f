package io.ipcase.cases.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a decision on the simplified procedure (简易程序, on-the-spot decision) may impose: a warning,
 * or a fine up to the cap — lower for a citizen than for an organisation; nothing else
 * (docs/domain.md, "Who decides on a case").
 */
public record SimplifiedProcedurePolicy(BigDecimal citizenCap, BigDecimal organisationCap) {

    /** @return why the decision does not fit the simplified procedure, or empty when it does */
    public Optional<String> misfit(DecisionDraft d, boolean respondentsAllOrganisations) {
        BigDecimal cap = respondentsAllOrganisations ? organisationCap : citizenCap;
        if (d.fine() != null && d.fine().compareTo(cap) > 0) {
            return Optional.of("On the simplified procedure a fine is at most " + cap.toPlainString() + " yuan for "
                    + (respondentsAllOrganisations ? "an organisation" : "a citizen") + "; a larger fine needs the ordinary procedure");
        }
        if (d.confiscatedGain() != null && d.confiscatedGain().signum() > 0) {
            return Optional.of("The simplified procedure imposes a warning or a small fine only; confiscation needs the ordinary procedure");
        }
        if (Boolean.TRUE.equals(d.revokesLicence())) {
            return Optional.of("The simplified procedure imposes a warning or a small fine only; revoking a licence needs the ordinary procedure");
        }
        return Optional.empty();
    }
}
