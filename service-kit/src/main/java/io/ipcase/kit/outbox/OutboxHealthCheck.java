package io.ipcase.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

/**
 * The broker as this service sees it: DOWN while the relay cannot publish (it failed within the last minute), with the
 * backlog. A health group of its own ({@code /q/health/group/broker}), not readiness: while the broker is away the
 * service still answers reads and takes commands — the outbox keeps their events until it is back (README
 * "Observability", probes).
 */
@HealthGroup("broker")
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox-relay").status(relay.healthy()).withData("backlog", relay.backlog()).build();
    }
}
