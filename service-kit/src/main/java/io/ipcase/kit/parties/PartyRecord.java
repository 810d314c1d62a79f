package io.ipcase.kit.parties;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import io.ipcase.identifiers.IdentityDocument;

import io.ipcase.kit.privacy.PersonalDataMask;

/** A party as stored: an organisation (USCC, or a foreign register's number) or an individual (resident ID, permit or passport), with contacts. */
@MappedSuperclass
public abstract class PartyRecord {

    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    public String name;
    public String uscc;
    @Column(name = "id_number")
    public String idNumber;
    /** the document {@code idNumber} belongs to; null: a resident ID (an individual) or none (an organisation with its USCC) */
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdentityDocument idType;
    /** ISO 3166 alpha-3 country of a passport or a foreign register */
    public String nationality;
    /** agreed in writing to electronic service at its e-mail address (docs/domain.md, "Service of a decision") */
    @Column(name = "e_service_consent")
    public boolean eServiceConsent;
    public String address;
    public String phone;
    public String email;
    /** an organisation's legal representative (法定代表人); null: none recorded */
    @Column(name = "legal_rep_name")
    public String legalRepName;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_rep_id_type")
    public IdentityDocument legalRepIdType;
    @Column(name = "legal_rep_id_number")
    public String legalRepIdNumber;
    @Column(name = "legal_rep_nationality")
    public String legalRepNationality;

    /** the organisation's legal representative, or null */
    public LegalRepresentative legalRepresentative() {
        return legalRepName == null ? null : new LegalRepresentative(legalRepName, legalRepIdType, legalRepIdNumber, legalRepNationality);
    }

    /** The subject's identity everywhere downstream: see {@link #subjectId(PartyKind, String, String, IdentityDocument, String)}. */
    public String subjectId() {
        return subjectId(kind, uscc, idNumber, idType, nationality);
    }

    /**
     * The subject's identity everywhere downstream (credit records are keyed by it): an organisation's USCC, an
     * individual's resident ID or permit number; a number from a foreign passport or register carries its country, as
     * {@code USA:E12345678}, since such numbers repeat across countries (docs/domain.md, "Identifiers").
     */
    public static String subjectId(PartyKind kind, String uscc, String idNumber, IdentityDocument idType, String nationality) {
        if (idType != null && idType.needsNationality()) {
            return nationality + ":" + idNumber;
        }
        return kind == PartyKind.ORGANISATION && idType == null ? uscc : idNumber;
    }

    /** The identifier as anonymous pages show it: an organisation's in full (it is public), an individual's masked. */
    public String publicIdentifier() {
        return kind == PartyKind.ORGANISATION ? subjectId() : IdentityDocument.maskSubject(subjectId());
    }

    /**
     * What must never be published of this party in free text: all of an individual's data; of an
     * organisation only its contacts (its name and USCC are public).
     */
    public PersonalDataMask.Individual personalData() {
        // an organisation's legal representative is a person: never published either
        return kind == PartyKind.INDIVIDUAL ? new PersonalDataMask.Individual(name, idNumber, phone, email, address)
                : new PersonalDataMask.Individual(legalRepName, legalRepIdNumber, phone, email, null);
    }

    /** Takes what was entered, keeping only the identifier that fits the kind. */
    protected void fill(PartyInput p) {
        kind = p.kind();
        name = p.name();
        // an organisation registered in China keeps its USCC only; any other party its document's number
        boolean byUscc = p.kind() == PartyKind.ORGANISATION && p.idType() == null;
        uscc = byUscc ? p.uscc() : null;
        idNumber = byUscc ? null : p.idNumber();
        idType = p.idType() == IdentityDocument.RESIDENT_ID ? null : p.idType();
        nationality = idType != null && idType.needsNationality() ? p.nationality() : null;
        eServiceConsent = Boolean.TRUE.equals(p.eServiceConsent());
        address = p.address();
        phone = p.phone();
        email = p.email();
        LegalRepresentative rep = p.kind() == PartyKind.ORGANISATION ? p.legalRepresentative() : null;
        legalRepName = rep == null ? null : rep.name();
        legalRepIdType = rep == null || rep.document() == IdentityDocument.RESIDENT_ID ? null : rep.idType();
        legalRepIdNumber = rep == null ? null : rep.idNumber();
        legalRepNationality = rep != null && rep.document().needsNationality() ? rep.nationality() : null;
    }
}
