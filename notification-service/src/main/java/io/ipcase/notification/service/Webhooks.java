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
import jakarta.persistence.EntityManager;

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
    private final EntityManager entityManager;

    public Webhooks(@ConfigProperty(name = "ipcase.delivery.webhook-timeout") Duration timeout, WebhookTargets targets,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.timeout = timeout;
        this.targets = targets;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * What was planned for a subscription being stopped and is not delivered yet is withdrawn, never sent. A message the
     * dispatcher holds right now is skipped rather than waited for (its batch may take a while): the dispatcher withdraws it
     * itself at its next look, as it does one planned while the stop was being committed ({@link #active}).
     */
    public void withdrawPending(WebhookSubscription subscription) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                update message set status = :withdrawn, last_error = 'its webhook was stopped'
                where id in (select id from message where channel = :webhook and recipient = :recipient and status = :pending
                             for update skip locked)
                """).setParameter("withdrawn", MessageStatus.WITHDRAWN.name()).setParameter("webhook", Channel.WEBHOOK.name())
                .setParameter("recipient", subscription.id.toString()).setParameter("pending", MessageStatus.PENDING.name()).executeUpdate();
    }

    /** whether the message's subscription still wants it, as committed now (a stopped or deleted one does not) */
    public boolean active(Message m) {
        return entityManager.createQuery("select w.active from WebhookSubscription w where w.id = :id", Boolean.class)
                .setParameter("id", UUID.fromString(m.recipient)).getResultStream().findFirst().orElse(false);
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
