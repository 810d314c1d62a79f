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
import io.ipcase.cases.domain.CaseSnapshot;
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
    /** a respondent, once the decision is in force for it: what it owes and how it stands (docs/domain.md, "Performance") */
    @Column(name = "payment_due")
    public LocalDate paymentDue;
    @Column(name = "demanded_on")
    public LocalDate demandedOn;
    @Column(name = "demand_due")
    public LocalDate demandDue;
    @Column(name = "performed_on")
    public LocalDate performedOn;
    public boolean refused;

    /** what the case rules read of a respondent */
    public CaseSnapshot.Respondent asRespondent() {
        return new CaseSnapshot.Respondent(subjectId(), eServiceConsent, servedOn, paymentDue, demandedOn, demandDue, performedOn, refused);
    }

    /** the decision goes (revoked, the case investigated again): so does what the respondent owed under it */
    void forgetDecision() {
        servedOn = null;
        serviceMethod = null;
        paymentDue = null;
        demandedOn = null;
        demandDue = null;
        performedOn = null;
        refused = false;
    }

    public static CaseParty of(PartyInput p, PartyRole role, int position) {
        CaseParty party = new CaseParty();
        party.fill(p);
        party.position = position;
        party.role = role;
        return party;
    }
}
