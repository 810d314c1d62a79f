package io.ipcase.mediation.mediations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.parties.PartyKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A party to the dispute: the applicant (right holder, 申请人) or the respondent (被申请人). */
@Entity
@Table(name = "mediation_party")
public class MediationParty extends PanacheEntityBase {

    public enum Role {
        COMPLAINANT, RESPONDENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
    @JsonIgnore
    public int position;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    public String name;
    public String uscc;
    @Column(name = "id_number")
    public String idNumber;
    public String address;
    public String phone;
    public String email;

    public String subjectId() {
        return kind == PartyKind.ORGANISATION ? uscc : idNumber;
    }

    static MediationParty of(PartyInput p, Role role, int position) {
        MediationParty party = new MediationParty();
        party.position = position;
        party.role = role;
        party.kind = p.kind();
        party.name = p.name();
        party.uscc = p.kind() == PartyKind.ORGANISATION ? p.uscc() : null;
        party.idNumber = p.kind() == PartyKind.INDIVIDUAL ? p.idNumber() : null;
        party.address = p.address();
        party.phone = p.phone();
        party.email = p.email();
        return party;
    }
}
