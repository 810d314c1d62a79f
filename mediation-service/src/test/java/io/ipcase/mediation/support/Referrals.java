package io.ipcase.mediation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.EventSender;

/**
 * Sends case events as case-service publishes them, built from case-service's own published
 * examples (its contract), so this service is tested against what the producer promises.
 */
public final class Referrals {

    public static final String CASE_TOPIC = "ipcase.case.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Referrals() {
    }

    /** case-service's example of the type, made into the given case in the given region */
    public static String caseEvent(String type, UUID caseId, String region) {
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(EventContract.exampleOf(type));
            data.put("caseId", caseId.toString());
            data.put("region", region);
            return JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(UUID eventId, String type, UUID caseId, String data) {
        EventSender.send(CASE_TOPIC, caseId.toString(), eventId, type, "/ipcase/case-service", data);
    }

    /** refers the case entrusting it to a mediation organisation (委托调解), as its officer may; returns the event id */
    public static UUID referTo(UUID caseId, String region, String organisationId) {
        UUID eventId = UUID.randomUUID();
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(caseEvent("ipcase.case.referred-to-mediation.v1", caseId, region));
            data.put("mediationOrganisationId", organisationId);
            send(eventId, "ipcase.case.referred-to-mediation.v1", caseId, JSON.writeValueAsString(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return eventId;
    }

    /** refers the case, as its officer does in case-service; returns the event id */
    public static UUID refer(UUID caseId, String region) {
        UUID eventId = UUID.randomUUID();
        send(eventId, "ipcase.case.referred-to-mediation.v1", caseId,
                caseEvent("ipcase.case.referred-to-mediation.v1", caseId, region));
        return eventId;
    }
}
