package io.ipcase.cases.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event case-service publishes, by name; the CloudEvents type is {@code ipcase.case.<name>.v1},
 * and each has its JSON Schema and example under {@code resources/events} (a test checks both ways).
 */
public enum CaseEventType {
    RECEIVED("received"),
    ACCEPTED("accepted"),
    FILED("filed"),
    REFUSED("refused"),
    AMENDED("amended"),
    WITHDRAWN("withdrawn"),
    SUSPENDED("suspended"),
    RESUMED("resumed"),
    HEARING_REQUESTED("hearing-requested"),
    REFERRED_TO_MEDIATION("referred-to-mediation"),
    COMPENSATION_REFERRED_TO_MEDIATION("compensation-referred-to-mediation"),
    RETURNED_FROM_MEDIATION("returned-from-mediation"),
    TRANSFER_PROPOSED("transfer-proposed"),
    TRANSFERRED_TO_POLICE("transferred-to-police"),
    TRANSFER_REJECTED("transfer-rejected"),
    RETURNED_BY_POLICE("returned-by-police"),
    SUBMITTED_FOR_REVIEW("submitted-for-review"),
    REVIEW_APPROVED("review-approved"),
    REVIEW_REJECTED("review-rejected"),
    PENALTY_NOTIFIED("penalty-notified"),
    DECISION_ISSUED("decision-issued"),
    DECISION_SERVED("decision-served"),
    LAWSUIT_FILED("lawsuit-filed"),
    DECISION_EFFECTIVE("decision-effective"),
    DECISION_PERFORMED("decision-performed"),
    PERFORMANCE_DEMANDED("performance-demanded"),
    DECISION_NOT_PERFORMED("decision-not-performed"),
    DECISION_REVOKED("decision-revoked"),
    DECISION_PUBLISHED("decision-published"),
    PUBLICATION_WITHDRAWN("publication-withdrawn"),
    REOPENED("reopened"),
    CLOSED("closed"),
    EXTENSION_REQUESTED("extension-requested"),
    DEADLINE_EXTENDED("deadline-extended"),
    EXTENSION_REJECTED("extension-rejected"),
    SHARED("shared"),
    JURISDICTION_TRANSFERRED("jurisdiction-transferred"),
    DEADLINE_APPROACHING("deadline-approaching"),
    OVERDUE("overdue");

    private final String eventName;

    CaseEventType(String eventName) {
        this.eventName = eventName;
    }

    /** the name in the type, e.g. {@code decision-issued} */
    public String eventName() {
        return eventName;
    }

    /** the CloudEvents type, e.g. {@code ipcase.case.decision-issued.v1} */
    public String type() {
        return "ipcase.case." + eventName + ".v1";
    }

    public static Optional<CaseEventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type().equals(type)).findFirst();
    }
}
