package io.ipcase.notification.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.domain.MessageStatus;
import io.ipcase.notification.store.Message;
import io.ipcase.notification.store.WebhookSubscription;

/**
 * Posts a message's payload to a subscriber. The body is signed with the subscriber's secret:
 * {@code X-Ipcase-Signature: sha256=<hex HMAC-SHA256 of the body>}; a 2xx answer is a delivery,
 * anything else (or no answer in time) a failed attempt.
 */
@ApplicationScoped
public class Webhooks {

    private final HttpClient http;
    private final Duration timeout;

    private final WebhookTargets targets;

    public Webhooks(@ConfigProperty(name = "ipcase.delivery.webhook-timeout") Duration timeout, WebhookTargets targets) {
        this.timeout = timeout;
        this.targets = targets;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * What was planned for a subscription being stopped and is not delivered yet is withdrawn, never sent. A message being
     * attempted right now holds its row: this waits for that attempt, then withdraws what is left.
     */
    public void withdrawPending(WebhookSubscription subscription) {
        Message.update("status = ?1, lastError = ?2 where channel = ?3 and recipient = ?4 and status = ?5", MessageStatus.WITHDRAWN,
                "its webhook was stopped", Channel.WEBHOOK, subscription.id.toString(), MessageStatus.PENDING);
    }

    /** whether the message's subscription still wants it (a stopped or deleted one does not) */
    public boolean active(Message m) {
        WebhookSubscription subscription = WebhookSubscription.findById(UUID.fromString(m.recipient));
        return subscription != null && subscription.active;
    }

    public void post(Message m) {
        WebhookSubscription subscription = WebhookSubscription.findById(UUID.fromString(m.recipient));
        if (subscription == null) {
            throw new IllegalStateException("webhook " + m.recipient + " no longer exists");
        }
        String problem = targets.problem(m.address);
        if (problem != null) {
            throw new IllegalStateException("webhook target " + problem);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(m.address)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Ipcase-Event-Type", m.eventType)
                .header("X-Ipcase-Event-Id", m.eventId.toString())
                .header("X-Ipcase-Delivery", m.id.toString())
                .header("X-Ipcase-Signature", "sha256=" + sign(subscription.secret, m.body))
                .POST(HttpRequest.BodyPublishers.ofString(m.body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no answer from " + m.address + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted posting to " + m.address, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(m.address + " answered " + response.statusCode());
        }
    }

    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
