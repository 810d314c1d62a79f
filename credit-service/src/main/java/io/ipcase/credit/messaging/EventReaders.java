package io.ipcase.credit.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.credit.service.RecordKeeper;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.identifiers.ResidentId;
import io.ipcase.identifiers.Uscc;
import io.ipcase.kit.privacy.PersonalDataMask;
import io.ipcase.kit.parties.PartyKind;

/** The parts of case and mediation events this service reads (tolerant readers: the rest is ignored). */
final class EventReaders {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Party(String kind, String name, String subjectId, String address, String phone, String email, Representative legalRepresentative) {

        PersonalDataMask.Individual personalData() {
            // an organisation's legal representative is a person
            return "ORGANISATION".equals(kind) ? new PersonalDataMask.Individual(legalRepresentative == null ? null : legalRepresentative.name(),
                    legalRepresentative == null ? null : legalRepresentative.subjectId(), phone, email, null)
                    : new PersonalDataMask.Individual(name, subjectId, phone, email, address);
        }

        /** the organisation's legal representative, when it can be identified */
        RecordKeeper.Representative representative() {
            return "ORGANISATION".equals(kind) && legalRepresentative != null && legalRepresentative.name() != null
                    && IdentityDocument.isSubjectId(legalRepresentative.subjectId())
                    ? new RecordKeeper.Representative(legalRepresentative.name(), legalRepresentative.subjectId()) : null;
        }
    }

    /** an organisation's legal representative (法定代表人) as case-service publishes it */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Representative(String name, String subjectId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IpRight(String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(String number, String kind, LocalDate decidedOn, Boolean infringementFound, Boolean intentional, BigDecimal fine,
            LocalDate effectiveOn, LocalDate performedOn, LocalDate revokedOn) {
    }

    /** where a respondent stands under the decision (case events carry it once the decision was served) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Obligation(String subjectId, LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue, LocalDate performedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseData(UUID caseId, String caseNumber, String region, IpRight ipRight, List<Party> complainants, List<Party> respondents,
            Decision decision, String reason, String notPerformedBy, List<Obligation> obligations) {

        /** the respondent's obligation as the event reports it (null: the event does not say — one from before the field) */
        Obligation obligationOf(String subjectId) {
            return obligations == null ? null : obligations.stream().filter(o -> o != null && subjectId.equals(o.subjectId())).findFirst().orElse(null);
        }

        /** the respondents a refusal to perform concerns: the one named, or every one */
        List<Party> refusing() {
            return notPerformedBy == null || respondents == null ? respondents
                    : respondents.stream().filter(p -> p != null && notPerformedBy.equals(p.subjectId())).toList();
        }

        /** the officer's reason with every party's personal data masked: it reaches the public list and the credit platform */
        String maskedReason() {
            return maskOf(complainants, respondents).apply(reason);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Confirmation(String court, String courtCaseNumber, LocalDate decidedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediationData(UUID mediationId, UUID caseId, String caseNumber, String region, IpRight ipRight, List<Party> complainants,
            List<Party> respondents, Confirmation confirmation, String previousState, String reason) {

        String maskedReason() {
            return maskOf(complainants, respondents).apply(reason);
        }
    }

    private static PersonalDataMask maskOf(List<Party> complainants, List<Party> respondents) {
        List<PersonalDataMask.Individual> individuals = new java.util.ArrayList<>();
        for (List<Party> parties : java.util.Arrays.asList(complainants, respondents)) {
            if (parties != null) {
                parties.stream().filter(java.util.Objects::nonNull).map(Party::personalData).forEach(individuals::add);
            }
        }
        return PersonalDataMask.of(individuals);
    }

    private EventReaders() {
    }

    /**
     * the kind the event states, when its identifier fits it — also when the identifier fits both kinds (about one resident
     * ID in 31 also passes the USCC's check character: a person is never taken for an organisation and shown unmasked);
     * else the kind the identifier is
     */
    static PartyKind kind(Party p) {
        boolean uscc = Uscc.isValid(p.subjectId());
        boolean residentId = ResidentId.isValid(p.subjectId());
        if ("INDIVIDUAL".equals(p.kind()) && (residentId || !uscc) || "ORGANISATION".equals(p.kind()) && (uscc || !residentId)) {
            return PartyKind.valueOf(p.kind());
        }
        return uscc ? PartyKind.ORGANISATION : PartyKind.INDIVIDUAL;
    }

    static <T> T read(IncomingEvent event, Class<T> type, ObjectMapper json) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + ": " + e.getOriginalMessage());
        }
    }

    /** The respondents that can be identified: a subject without a valid identity (IdentityDocument.isSubjectId) cannot be listed. */
    static List<RecordKeeper.Subject> subjects(IncomingEvent event, List<Party> parties) {
        if (parties == null || parties.isEmpty()) {
            throw new IncomingEvent.MalformedEventException("event " + event.id() + " names no respondent");
        }
        return parties.stream()
                .filter(p -> IdentityDocument.isSubjectId(p.subjectId()))
                .map(p -> new RecordKeeper.Subject(p.subjectId(), kind(p), p.name(), p.representative()))
                .toList();
    }
}
