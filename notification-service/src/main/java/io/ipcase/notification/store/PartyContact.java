package io.ipcase.notification.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A party's contact, as the latest case or mediation event named it. */
@Entity
@Table(name = "party_contact")
public class PartyContact extends PanacheEntityBase {

    @Id
    @Column(name = "subject_id")
    public String subjectId;
    public String name;
    public String email;
    public String phone;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
