package io.ipcase.mediation.store;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.parties.PartyRecord;

/** A party to the dispute: the applicant (right holder, 申请人) or the respondent (被申请人). */
@Entity
@Table(name = "mediation_party")
public class MediationParty extends PartyRecord {

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

    public static MediationParty of(PartyInput p, Role role, int position) {
        MediationParty party = new MediationParty();
        party.fill(p);
        party.position = position;
        party.role = role;
        return party;
    }
}
