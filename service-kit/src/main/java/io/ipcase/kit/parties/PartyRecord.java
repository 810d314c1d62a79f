package io.ipcase.kit.parties;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import io.ipcase.kit.privacy.PersonalDataMask;

/** A party as stored: an organisation (USCC) or an individual (resident ID), with contacts. */
@MappedSuperclass
public abstract class PartyRecord {

    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    public String name;
    public String uscc;
    @Column(name = "id_number")
    public String idNumber;
    public String address;
    public String phone;
    public String email;

    /** USCC for an organisation, resident ID for an individual: the subject's identity everywhere downstream. */
    public String subjectId() {
        return kind == PartyKind.ORGANISATION ? uscc : idNumber;
    }

    /**
     * What must never be published of this party in free text: all of an individual's data; of an
     * organisation only its contacts (its name and USCC are public).
     */
    public PersonalDataMask.Individual personalData() {
        return kind == PartyKind.INDIVIDUAL ? new PersonalDataMask.Individual(name, idNumber, phone, email, address)
                : new PersonalDataMask.Individual(null, null, phone, email, null);
    }

    /** Takes what was entered, keeping only the identifier that fits the kind. */
    protected void fill(PartyInput p) {
        kind = p.kind();
        name = p.name();
        uscc = p.kind() == PartyKind.ORGANISATION ? p.uscc() : null;
        idNumber = p.kind() == PartyKind.INDIVIDUAL ? p.idNumber() : null;
        address = p.address();
        phone = p.phone();
        email = p.email();
    }
}
