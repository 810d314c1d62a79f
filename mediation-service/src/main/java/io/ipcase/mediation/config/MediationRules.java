package io.ipcase.mediation.config;

import java.util.Map;

import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;
import io.ipcase.mediation.domain.MediationKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The periods of mediation and judicial confirmation (application.properties, {@code ipcase.mediation.*}). */
@ConfigMapping(prefix = "ipcase.mediation")
public interface MediationRules {

    /** how long each kind of mediation may run, from opening */
    Map<MediationKind, DeadlineRule> timeLimit();

    /** the one extension the parties may agree to */
    Map<MediationKind, DeadlineRule> extension();

    /** the kind of mediation a case referred by an officer becomes */
    MediationKind referralKind();

    /** the parties apply jointly within this period after the agreement takes effect */
    DeadlineRule confirmationWindow();

    DeadlineRule courtAcceptance();

    DeadlineRule courtDecision();

    DeadlineRule courtDecisionExtension();

    /** a party applies to the court to enforce a confirmed agreement within this period after its last day of performance */
    DeadlineRule enforcementApplication();

    /** how many mediators are asked at a time */
    @WithDefault("3")
    int suggestions();
}
