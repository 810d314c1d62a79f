package io.ipcase.mediation.registry;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import io.ipcase.mediation.domain.MediationKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A people's mediation committee, IP protection centre, industry body, arbitration or court-entrusted organisation. */
@Entity
@Table(name = "mediation_organisation")
public class MediationOrganisation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public String name;
    @Enumerated(EnumType.STRING)
    public MediationKind kind;
    /** division code of the area it serves; a prefecture code covers its counties */
    public String region;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;

    /** user ids of the people who manage its mediators and assign its disputes */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_admin", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "user_id")
    public Set<String> admins = new LinkedHashSet<>();

    public static List<MediationOrganisation> administeredBy(String userId) {
        return list("select o from MediationOrganisation o join o.admins a where a = ?1", userId);
    }
}
