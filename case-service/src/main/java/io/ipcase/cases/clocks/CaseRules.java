package io.ipcase.cases.clocks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.ipcase.kit.parties.IpKind;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Statutory periods and thresholds (docs/domain.md, "Case periods"). Periods are written {@code <n> <unit>} with unit
 * WORKING_DAYS, NATURAL_DAYS or MONTHS; several are not confirmed to the article and so belong
 * here, not in code.
 */
@ConfigMapping(prefix = "ipcase.rules")
public interface CaseRules {

    Track ruling();

    Track penalty();

    /** how many working days before a due date the work list shows it amber (docs/domain.md, "Deadline lights") */
    @WithDefault("3")
    int amberWorkingDays();

    /** how many natural days before a due date the deadline-approaching warning goes out */
    @WithDefault("5")
    int warningLeadDays();

    /** publication of a penalty decision (《市场监督管理行政处罚信息公示规定》) */
    @WithDefault("20 WORKING_DAYS")
    String disclosure();

    /** paying a fine, from receipt of the decision (《行政处罚法》 Art. 67: 15 days) */
    @WithDefault("15 NATURAL_DAYS")
    String paymentPeriod();

    /** stating one's case after the notice of an intended penalty (the bureau's notice gives 3 working days) */
    @WithDefault("3 WORKING_DAYS")
    String statementPeriod();

    /** asking for a hearing after the notice (《行政处罚法》 Arts. 64, 85: five working days) */
    @WithDefault("5 WORKING_DAYS")
    String hearingRequestPeriod();

    /** performing after a formal demand was served (《行政强制法》 Art. 54: ten days) */
    @WithDefault("10 NATURAL_DAYS")
    String demandPeriod();

    /** the head's decision on a proposed transfer to the police (国务院令第310号: 3 days) */
    @WithDefault("3 NATURAL_DAYS")
    String transferDecision();

    /** a fine at or above this makes a decision major (重大执法决定), requiring legal review */
    @WithDefault("100000")
    BigDecimal majorFineThreshold();

    /** a confiscation of illegal gains at or above this makes a decision major (the bureau's own threshold for 较大数额) */
    @WithDefault("100000")
    BigDecimal majorConfiscationThreshold();

    /**
     * a fine at most this large (the bureau's 较低数额罚款) keeps a published decision on display for the minor period only
     * (docs/domain.md, "Publication and display")
     */
    @WithDefault("10000")
    BigDecimal minorFineCeiling();

    Simplified simplified();

    /**
     * the kinds of right the ruling track takes: patents by default (专利法 Art. 65); trademark disputes go to the courts,
     * plant varieties and layout designs to their own authorities
     */
    @WithDefault("PATENT_INVENTION,PATENT_UTILITY_MODEL,PATENT_DESIGN")
    Set<IpKind> rulingIpKinds();

    /** the caps of an on-the-spot decision on the simplified procedure (《行政处罚法》 Art. 51) */
    interface Simplified {
        @WithDefault("200")
        BigDecimal citizenFineCap();

        @WithDefault("3000")
        BigDecimal organisationFineCap();
    }

    Transfer transfer();

    /** abbreviation of the authority per region for case numbers, e.g. 360400 → 浔市监知 */
    Map<String, String> caseNumberPrefix();

    interface Track {
        String acceptance();

        /** the head's extension of the acceptance period (the lead check of a penalty case); none on the ruling track */
        java.util.Optional<String> acceptanceExtension();

        String closing();

        String extension();

        @WithDefault("1")
        int maxExtensions();

        String appealWindow();
    }

    interface Transfer {
        @WithDefault("50000")
        BigDecimal businessVolume();

        @WithDefault("30000")
        BigDecimal illegalGain();

        @WithDefault("500")
        int copies();

        @WithDefault("300000")
        BigDecimal tradeSecretLoss();

        @WithDefault("200000")
        BigDecimal patentBusinessVolume();

        @WithDefault("100000")
        BigDecimal patentIllegalGain();
    }
}
