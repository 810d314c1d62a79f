package io.ipcase.notification.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.ipcase.notification.domain.RecipientKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the routing table: an event name (e.g. {@code case.accepted}) and whom it goes to. */
@Entity
@Table(name = "route")
public class Route extends PanacheEntityBase {

    @Id
    @Column(name = "event_name")
    public String eventName;
    /** comma-separated {@link RecipientKind}s */
    public String recipients;
    public boolean enabled;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<RecipientKind> recipientKinds() {
        return Arrays.stream(recipients.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(RecipientKind::valueOf).toList();
    }
}
