package io.ipcase.cases.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.ipcase.kit.parties.PartyKind;
import io.ipcase.cases.domain.PartyRole;

/** A complainant or respondent: an organisation (USCC) or an individual (resident ID). */
@Entity
@Table(name = "case_party")
public class CaseParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int position;
    @Enumerated(EnumType.STRING)
    public PartyRole role;
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
}
