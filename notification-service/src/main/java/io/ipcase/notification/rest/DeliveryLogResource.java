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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Delivery log", description = "Every message the service planned (e-mail, inbox, webhook), with its delivery attempts and "
        + "outcome")
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

    /** the shape of {@code Page<Delivery>}, named for the OpenAPI document */
    @Schema(name = "DeliveryPage", description = "One page of the delivery log")
    public record DeliveryPage(List<Delivery> items, long total, int page, int size) {
    }

    /** NEWEST planned first (the default), or OLDEST planned first; the message's id breaks ties so that pages do not overlap */
    public enum Sort {
        NEWEST, OLDEST
    }

    @GET
    @RolesAllowed({ "auditor", "admin" })
    @Operation(summary = "Messages with their attempts, newest first; filter by event, case, recipient, channel or status",
            description = "A page of the messages planned for events, each with its recipient, channel, address, status (PENDING, SENT, "
                    + "GAVE_UP, UNDELIVERABLE, WITHDRAWN: its webhook was stopped first) and every delivery attempt with its outcome, newest first (sort=OLDEST: the oldest first). "
                    + "Reads only. For auditors and administrators.")
    @APIResponse(responseCode = "200", description = "One page of messages, newest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
            examples = @ExampleObject(name = "a decision served by e-mail", value = """
                    {"items": [{"id": "2f7c1e9a-4b3d-4c8e-9a61-5d2b8e0f3c47", "eventId": "8d0f2b6c-1a3e-4f59-b7c4-9e6a2d1f0b38",
                      "eventType": "ipcase.case.decision-issued.v1", "caseId": "5f3c9a2e-7b41-4d8e-9c16-2a8e4f0b7d53",
                      "recipientKind": "RESPONDENTS", "recipient": "91350100M000100Y43", "channel": "EMAIL", "address": "legal@minke.example.cn",
                      "subject": "【决定书】案件 浔市监知罚〔2026〕7号 已作出决定 浔市监知罚决〔2026〕7号", "status": "SENT", "attempts": 2,
                      "createdAt": "2026-05-20T02:00:00Z", "sentAt": "2026-05-20T02:00:31Z",
                      "attemptLog": [{"messageId": "2f7c1e9a-4b3d-4c8e-9a61-5d2b8e0f3c47", "at": "2026-05-20T02:00:01Z", "outcome": "FAILED",
                                      "detail": "jakarta.mail.MessagingException: Could not connect to SMTP host"},
                                     {"messageId": "2f7c1e9a-4b3d-4c8e-9a61-5d2b8e0f3c47", "at": "2026-05-20T02:00:31Z", "outcome": "SENT"}]}],
                     "total": 1, "page": 0, "size": 50}""")))
    public Page<Delivery> list(@QueryParam("eventId") UUID eventId, @QueryParam("caseId") UUID caseId,
            @QueryParam("recipient") @Size(max = 100) String recipient, @QueryParam("channel") String channelName,
            @QueryParam("status") String statusName,
            @Parameter(description = "NEWEST (the default): the newest first; OLDEST: the oldest first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "OLDEST" })) @QueryParam("sort") String sortName,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Channel channel = QueryValues.enumValue("channel", channelName, Channel.class);
        MessageStatus status = QueryValues.enumValue("status", statusName, MessageStatus.class);
        Sort sort = QueryValues.enumValue("sort", sortName, Sort.class);
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
        var query = Message.find(where + (sort == Sort.OLDEST ? " order by createdAt, id" : " order by createdAt desc, id"), params);
        return new Page<>(query.<Message>page(page, size).list().stream().map(Delivery::of).toList(), query.count(), page, size);
    }
}
