package io.ipcase.cases.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.cases.domain.CaseEventType;
import io.ipcase.cases.domain.DisplayPeriod;
import io.ipcase.cases.domain.PartyRole;
import io.ipcase.cases.domain.StatutoryClock;
import io.ipcase.cases.events.CaseEventData;
import io.ipcase.cases.events.CaseEvents;
import io.ipcase.cases.store.CaseParty;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.identifiers.ResidentId;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.privacy.PersonalDataMask;
import io.ipcase.kit.time.IpcaseClock;

/** Publishes effective penalty decisions, masked, and withdraws them when a decision is revoked. */
@ApplicationScoped
public class PenaltyPublications {

    private final IpcaseClock clock;
    private final ObjectMapper json;
    private final CaseEvents events;

    public PenaltyPublications(IpcaseClock clock, ObjectMapper json, CaseEvents events) {
        this.clock = clock;
        this.json = json;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(InfringementCase c, LocalDate dueOn, DisplayPeriod display) {
        PenaltyPublication publication = PenaltyPublication.findById(c.id);
        if (publication == null) {
            publication = new PenaltyPublication();
            publication.caseId = c.id;
        }
        Instant now = clock.now();
        publication.decisionNumber = c.decisionNumber;
        publication.region = c.region;
        publication.dueOn = dueOn;
        publication.publishedAt = now;
        publication.displayPeriod = display;
        publication.displayUntil = display.lastDay(clock.today());
        publication.withdrawnAt = null;
        publication.withdrawalReason = null;
        publication.content = toJson(masked(c, clock.today()));
        publication.persist();
        events.publish(CaseEventType.DECISION_PUBLISHED, c, CaseEventData.of(c, c.state.name(), null, "system",
                new CaseEventData.Deadline(StatutoryClock.DISCLOSURE.name(), dueOn, 0))
                .withDisplay(new CaseEventData.Display(display.name(), publication.displayUntil)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(InfringementCase c, String reason) {
        PenaltyPublication publication = PenaltyPublication.findById(c.id);
        if (publication != null && publication.withdrawnAt == null && publication.publishedAt != null) {
            publication.withdrawnAt = clock.now();
            publication.withdrawalReason = reason;
            events.publish(CaseEventType.PUBLICATION_WITHDRAWN, c, c.state.name(), reason, "system");
        }
    }

    /** The case's publication as its page shows it, or null when its decision was never published. */
    public PublicationStatus status(java.util.UUID caseId) {
        PenaltyPublication p = PenaltyPublication.findById(caseId);
        if (p == null || p.publishedAt == null) {
            return null;
        }
        return new PublicationStatus(LocalDate.ofInstant(p.publishedAt, clock.zone()), p.dueOn, p.displayPeriod, p.displayUntil,
                p.displayUntil != null && clock.today().isAfter(p.displayUntil),
                p.withdrawnAt == null ? null : LocalDate.ofInstant(p.withdrawnAt, clock.zone()), p.withdrawalReason);
    }

    /**
     * The officer's free text (orders, the IP right's title) goes public only with every party's
     * personal data and anything that looks like an ID number, phone or e-mail masked; the complaint
     * summary, which is not written for the public, is never published (docs/domain.md, "Privacy").
     */
    static PublishedPenalty masked(InfringementCase c, LocalDate publishedOn) {
        PersonalDataMask mask = PersonalDataMask.of(c.parties.stream().map(CaseParty::personalData).toList());
        return new PublishedPenalty(c.decisionNumber, c.caseNumber, c.region, c.ipKind.name(), mask.apply(c.ipTitle),
                c.parties(PartyRole.RESPONDENT).stream().map(PenaltyPublications::maskedRespondent).toList(),
                mask.apply(c.orders), c.fine, c.confiscatedGain, c.decidedOn, publishedOn);
    }

    private static PublishedPenalty.Respondent maskedRespondent(CaseParty p) {
        return new PublishedPenalty.Respondent(p.kind.name(), p.kind == PartyKind.ORGANISATION ? p.name : ResidentId.maskName(p.name),
                p.publicIdentifier());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
