package io.ipcase.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.problem.QueryValues;
import io.ipcase.kit.rest.Page;
import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.domain.MessageStatus;
import io.ipcase.notification.store.DeliveryAttempt;
import io.ipcase.notification.store.Message;
import io.quarkus.panache.common.Parameters;

/** The delivery log: every message, its attempts and outcome (auditors and admins). */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery log")
@SecurityRequirement(name = "jwt")
public class DeliveryLogResource {

    public record Delivery(UUID id, UUID eventId, String eventType, UUID caseId, String recipientKind, String recipient, String channel,
            String address, String subject, String status, int attempts, String lastError, Instant createdAt, Instant sentAt,
            List<DeliveryAttempt> attemptLog) {
        static Delivery of(Message m) {
            return new Delivery(m.id, m.eventId, m.eventType, m.caseId, m.recipientKind.name(), m.recipient, m.channel.name(), m.address,
                    m.subject, m.status.name(), m.attempts, m.lastError, m.createdAt, m.sentAt, DeliveryAttempt.of(m.id));
        }
    }


    @GET
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "Messages with their attempts, newest first; filter by event, case, recipient, channel or status")
    public Page<Delivery> list(@QueryParam("eventId") UUID eventId, @QueryParam("caseId") UUID caseId,
            @QueryParam("recipient") @Size(max = 100) String recipient, @QueryParam("channel") String channelName,
            @QueryParam("status") String statusName, @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Channel channel = QueryValues.enumValue("channel", channelName, Channel.class);
        MessageStatus status = QueryValues.enumValue("status", statusName, MessageStatus.class);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (eventId != null) {
            where.append(" and eventId = :eventId");
            params.and("eventId", eventId);
        }
        if (caseId != null) {
            where.append(" and caseId = :caseId");
            params.and("caseId", caseId);
        }
        if (recipient != null) {
            where.append(" and recipient = :recipient");
            params.and("recipient", recipient);
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            params.and("channel", channel);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        var query = Message.find(where + " order by createdAt desc, id", params);
        return new Page<>(query.<Message>page(page, size).list().stream().map(Delivery::of).toList(), query.count(), page, size);
    }
}
