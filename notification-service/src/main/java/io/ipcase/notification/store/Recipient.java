package io.ipcase.notification.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.ipcase.notification.domain.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of staff as a recipient: how they want to be told, in which language. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;
    public String name;
    public String email;
    public String language;
    /** division code of their jurisdiction (heads are found by it) */
    public String region;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recipient_channel", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    public Set<Channel> channels = EnumSet.noneOf(Channel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recipient_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    public Set<String> roles = new LinkedHashSet<>();
}
