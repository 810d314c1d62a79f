package io.ipcase.cases.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of a penalty decision. Individuals appear masked (name and ID number);
 * organisations with name and USCC, as the disclosure rules require.
 */
public record PublishedPenalty(
        String decisionNumber,
        String caseNumber,
        String region,
        String ipKind,
        String ipTitle,
        List<Respondent> respondents,
        String orders,
        BigDecimal fine,
        BigDecimal confiscatedGain,
        LocalDate decidedOn,
        LocalDate publishedOn) {

    /** The same publication with its free text passed through {@code mask}. */
    public PublishedPenalty maskText(java.util.function.UnaryOperator<String> mask) {
        return new PublishedPenalty(decisionNumber, caseNumber, region, ipKind, mask.apply(ipTitle), respondents, mask.apply(orders), fine,
                confiscatedGain, decidedOn, publishedOn);
    }

    public record Respondent(String kind, String name, String identifier) {
    }
}
