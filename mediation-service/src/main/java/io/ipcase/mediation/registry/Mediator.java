package io.ipcase.mediation.registry;

import java.time.Instant;
import java.util.EnumSet;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.ipcase.kit.parties.IpKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mediator of an organisation; the id is the user id in their token. */
@Entity
@Table(name = "mediator")
public class Mediator extends PanacheEntityBase {

    @Id
    public String id;
    @Version
    public long version;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    public MediationOrganisation organisation;
    public String name;
    public String phone;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mediator_ip_kind", joinColumns = @JoinColumn(name = "mediator_id"))
    @Column(name = "ip_kind")
    @Enumerated(EnumType.STRING)
    public Set<IpKind> ipKinds = EnumSet.noneOf(IpKind.class);
}
