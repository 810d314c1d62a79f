package io.ipcase.credit.config;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;
import io.smallrye.config.ConfigMapping;
import io.ipcase.credit.domain.ListingRule;

/** The listing policy ({@code ipcase.credit.*}): which rules apply, with their legal basis, and the periods. */
@ConfigMapping(prefix = "ipcase.credit")
public interface CreditPolicy {

    /** the subject's time to state its case after being told (告知、陈述申辩) */
    DeadlineRule objectionWindow();

    /** how long after its publication an announcement (公告) to a subject the notice could not reach counts as served */
    DeadlineRule announcementPeriod();

    Period listingPeriod();

    /** how long a subject stays listed before it may apply for credit repair */
    Period repairAfter();

    /** how to object or appeal, published with every listing */
    String howToObject();

    Rules rules();

    /**
     * the rules whose listings reach the listed organisation's legal representative as well (docs/domain.md, "The legal
     * representative"): credit checks on the person answer them
     */
    @io.smallrye.config.WithDefault("REFUSAL_TO_PERFORM,REPEAT_INFRINGEMENT,INTENTIONAL_HEAVY")
    Set<ListingRule> legalRepresentativeRules();

    /** deciding authority per region (division code); see {@link #authorityOf(String)} */
    Map<String, String> authority();

    interface Rules {
        Rule refusalToPerform();

        Repeat repeatInfringement();

        Heavy intentionalHeavy();

        Rule mediationNotPerformed();
    }

    interface Rule {
        boolean enabled();

        String legalBasis();
    }

    interface Repeat extends Rule {
        Period window();

        /** the rights whose infringement counts (IpKind names): those the joint-punishment memoranda cover */
        Set<String> ipKinds();
    }

    interface Heavy extends Rule {
        /** a fine at or above which a penalty counts as heavy (较重行政处罚) */
        BigDecimal fineThreshold();
    }

    default Rule rule(ListingRule rule) {
        return switch (rule) {
            case REFUSAL_TO_PERFORM -> rules().refusalToPerform();
            case REPEAT_INFRINGEMENT -> rules().repeatInfringement();
            case INTENTIONAL_HEAVY -> rules().intentionalHeavy();
            case MEDIATION_NOT_PERFORMED -> rules().mediationNotPerformed();
        };
    }

    /** the authority of the most specific configured region covering this one */
    default String authorityOf(String region) {
        for (String code : new String[] { region, region.substring(0, 4) + "00", region.substring(0, 2) + "0000" }) {
            String name = authority().get(code);
            if (name != null) {
                return name;
            }
        }
        return region + " 市场监督管理局";
    }
}
