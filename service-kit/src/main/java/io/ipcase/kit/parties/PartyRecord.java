package io.ipcase.kit.parties;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

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
