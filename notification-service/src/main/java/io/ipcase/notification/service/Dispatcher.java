package io.ipcase.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.ipcase.kit.outbox.TraceParent;
import io.ipcase.kit.text.Texts;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.domain.MessageStatus;
import io.ipcase.notification.store.DeliveryAttempt;
import io.ipcase.notification.store.Message;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due messages: claims a batch with {@code FOR UPDATE SKIP LOCKED} (replicas share the
 * work, none sends a message twice), tries each, records the attempt, and retries with growing
 * pauses until the configured number of attempts, then gives up and says so in the log.
 */
@ApplicationScoped
public class Dispatcher {

    public static final String TOPIC = DeliveryReports.TOPIC;
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int BATCH = 20;

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Webhooks webhooks;
    private final InboxStream inboxStream;
    private final DeliveryReports reports;
    private final StatementLinks statementLinks;
    private final IpcaseClock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Counter sent;
    private final Counter failed;
    private final Counter gaveUp;
    // delivery started by a commit that wrote a mail or webhook, on its own thread (sending blocks)
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "delivery-wake-up");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean waking = new AtomicBoolean();
    private final AtomicBoolean wokenAgain = new AtomicBoolean();

    private record QueueFigures(long retrying, double oldestAgeSeconds) {
    }

    private final AtomicReference<QueueFigures> queue = new AtomicReference<>();
    private final Tracer tracer;

    public Dispatcher(EntityManager entityManager, Mailer mailer, Webhooks webhooks, InboxStream inboxStream, DeliveryReports reports, StatementLinks statementLinks, IpcaseClock clock,
            TransactionSynchronizationRegistry transactions, MeterRegistry metrics, Tracer tracer,
            @ConfigProperty(name = "ipcase.delivery.max-attempts") int maxAttempts,
            @ConfigProperty(name = "ipcase.delivery.first-backoff") Duration firstBackoff) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.webhooks = webhooks;
        this.inboxStream = inboxStream;
        this.reports = reports;
        this.statementLinks = statementLinks;
        this.clock = clock;
        this.transactions = transactions;
        this.tracer = tracer;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.sent = Counter.builder("ipcase.notifications.sent").description("messages delivered").register(metrics);
        this.failed = Counter.builder("ipcase.notifications.failed").description("delivery attempts that failed").register(metrics);
        this.gaveUp = Counter.builder("ipcase.notifications.gave.up").description("messages given up after the last attempt")
                .register(metrics);
        Gauge.builder("ipcase.notifications.retrying", queue, q -> q.get() == null ? Double.NaN : q.get().retrying())
                .description("messages waiting for a retry").register(metrics);
        Gauge.builder("ipcase.notifications.queue.age.seconds", queue, q -> q.get() == null ? Double.NaN : q.get().oldestAgeSeconds())
                .description("age of the oldest message not yet delivered").register(metrics);
    }

    /**
     * After the commit of the message's transaction: push an inbox message to its reader's live stream, or start delivering
     * a mail or webhook at once rather than at the next scheduled look (which stays, for retries and other replicas' rows).
     */
    public void announce(Message m) {
        boolean inbox = m.channel == Channel.INBOX && m.status == MessageStatus.SENT;
        if (!inbox && m.status != MessageStatus.PENDING) {
            return;
        }
        InboxStream.Item item = inbox ? InboxStream.Item.of(m) : null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                if (inbox) {
                    inboxStream.publish(item);
                } else {
                    wake();
                }
            }
        });
    }

    /** one delivery run at a time from wake-ups; several wake-ups while it runs make one more run */
    private void wake() {
        wokenAgain.set(true);
        if (waking.compareAndSet(false, true)) {
            wakeUps.execute(this::deliverWhileWoken);
        }
    }

    private void deliverWhileWoken() {
        try {
            while (wokenAgain.getAndSet(false)) {
                deliverDue();
            }
        } catch (RuntimeException e) {
            // the scheduled look tries again
            LOG.warnf("delivery after a commit failed: %s", e.toString());
        } finally {
            waking.set(false);
        }
        if (wokenAgain.get() && waking.compareAndSet(false, true)) {
            wakeUps.execute(this::deliverWhileWoken);
        }
    }

    @PreDestroy
    void stopWakeUps() {
        wakeUps.shutdownNow();
    }

    @Scheduled(every = "${ipcase.delivery.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue();
    }

    /** Delivers what is due now; @return how many messages it tried */
    public int deliverDue() {
        int tried = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(this::deliverBatch);
            tried += batch;
            if (batch < BATCH) {
                return tried;
            }
        }
    }

    private int deliverBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                select id from message where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit :batch for update skip locked
                """).setParameter("now", clock.now()).setParameter("batch", BATCH).getResultList();
        for (UUID id : ids) {
            attempt(entityManager.find(Message.class, id));
        }
        return ids.size();
    }

    /** one attempt, as a span of the trace of the event that planned the message */
    private void attempt(Message m) {
        Span span = tracer.spanBuilder("deliver " + m.channel + " " + m.eventType).setParent(TraceParent.context(m.traceParent))
                .setSpanKind(SpanKind.CLIENT).setAttribute("ipcase.message.id", String.valueOf(m.id))
                .setAttribute("ipcase.message.attempt", m.attempts + 1L).startSpan();
        try (Scope scope = span.makeCurrent()) {
            attemptInSpan(m);
            if (m.status != MessageStatus.SENT) {
                span.setStatus(StatusCode.ERROR, String.valueOf(m.status));
            }
        } finally {
            span.end();
        }
    }

    private void attemptInSpan(Message m) {
        Instant now = clock.now();
        if (m.channel == Channel.WEBHOOK && !webhooks.active(m)) {
            // planned while its subscription was being stopped: withdrawn like the rest, never sent
            m.status = MessageStatus.WITHDRAWN;
            m.lastError = "its webhook was stopped";
            return;
        }
        m.attempts++;
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.messageId = m.id;
        attempt.at = now;
        try {
            switch (m.channel) {
                case EMAIL -> mailer.send(Mail.withText(m.address, m.subject, m.body)
                        // the same id on a resend after a crash lets mail systems drop the duplicate
                        .addHeader("Message-ID", "<" + m.id + "@ipcase>"));
                case WEBHOOK -> webhooks.post(m);
                case INBOX -> {
                }
            }
            m.status = MessageStatus.SENT;
            m.sentAt = now;
            m.lastError = null;
            attempt.outcome = "SENT";
            sent.increment();
            reports.delivered(m);
            if (m.statementTokenHash != null) {
                // sent: the delivery log keeps the notice without the link's token
                m.body = statementLinks.withoutTokens(m.body);
            }
        } catch (RuntimeException e) {
            failed.increment();
            attempt.outcome = "FAILED";
            attempt.detail = Texts.clip(e.toString(), 2000);
            m.lastError = attempt.detail;
            if (m.attempts >= maxAttempts) {
                m.status = MessageStatus.GAVE_UP;
                gaveUp.increment();
                LOG.warnf("gave up %s message %s to %s after %d attempts: %s", m.channel, m.id, m.address, m.attempts, e.toString());
                reports.undeliverable(m, "DELIVERY_FAILED");
            } else {
                m.nextAttemptAt = now.plus(firstBackoff.multipliedBy(1L << (m.attempts - 1)));
            }
        }
        attempt.persist();
    }

    /** The queue's figures, counted by a periodic query so that a scrape never runs one. */
    @Scheduled(every = "${ipcase.metrics.refresh:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measureQueue() {
        queue.set(QuarkusTransaction.requiringNew().call(() -> {
            long retrying = Message.count("status = ?1 and attempts > 0", MessageStatus.PENDING);
            Instant oldest = entityManager.createQuery("select min(m.createdAt) from Message m where m.status = :pending", Instant.class)
                    .setParameter("pending", MessageStatus.PENDING).getSingleResult();
            return new QueueFigures(retrying, oldest == null ? 0.0 : Duration.between(oldest, clock.now()).toMillis() / 1000.0);
        }));
    }
}
