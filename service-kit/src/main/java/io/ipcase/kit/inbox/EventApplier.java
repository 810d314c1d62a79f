package io.ipcase.kit.inbox;

import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.ipcase.kit.events.IncomingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a consumed event in its own transaction, a few times with a growing pause; what still
 * fails is thrown, so the channel's dead-letter strategy takes the record and the partition moves on.
 */
public final class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);
    static final int ATTEMPTS = 4;

    private EventApplier() {
    }

    public static void apply(IncomingEvent event, Consumer<IncomingEvent> effect) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> effect.accept(event));
                return;
            } catch (IncomingEvent.MalformedEventException e) {
                // what cannot be read now cannot be read on a retry either
                throw e;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("applying %s %s failed (attempt %d of %d): %s", event.type(), event.id(), attempt, ATTEMPTS, e.toString());
                if (attempt < ATTEMPTS) {
                    backOff(attempt);
                }
            }
        }
        throw last;
    }

    /** a short pause lets a passing database hiccup (deadlock, failover) clear before the event goes to the dead-letter topic */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(500L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
