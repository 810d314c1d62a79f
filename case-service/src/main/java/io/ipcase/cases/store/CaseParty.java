package io.ipcase.cases.store;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.domain.ServiceMethod;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.parties.PartyRecord;

/** A complainant or respondent of a case. */
@Entity
@Table(name = "case_party")
public class CaseParty extends PartyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int position;
    @Enumerated(EnumType.STRING)
    public PartyRole role;
    /** a respondent: the day the decision reached it, and how (null: not yet served) */
    @Column(name = "served_on")
    public LocalDate servedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_method")
    public ServiceMethod serviceMethod;

    public static CaseParty of(PartyInput p, PartyRole role, int position) {
        CaseParty party = new CaseParty();
        party.fill(p);
        party.position = position;
        party.role = role;
        return party;
    }
}
