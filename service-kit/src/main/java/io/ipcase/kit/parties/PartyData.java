package io.ipcase.kit.parties;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A party in event data and views: {@code subjectId} is the subject's identity downstream ({@link PartyRecord#subjectId()});
 * {@code idType} names the document of {@code idNumber} when it is not a resident ID, {@code nationality} the country of a
 * passport or a foreign register; {@code eServiceConsent} is present (true) when the party agreed to electronic service;
 * {@code legalRepresentative}, of an organisation, the person recorded as its legal representative.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyData(String kind, String name, String subjectId, String uscc, String idNumber, String idType, String nationality,
        String address, String phone, String email, Boolean eServiceConsent, Representative legalRepresentative) {

    /** a legal representative in event data and views: its name, its identity downstream and the document behind it */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Representative(String name, String subjectId, String idNumber, String idType, String nationality) {

        static Representative of(LegalRepresentative r) {
            return r == null ? null : new Representative(r.name(), r.subjectId(), r.idNumber(), r.idType() == null ? null : r.idType().name(),
                    r.nationality());
        }
    }

    public static PartyData of(PartyRecord p) {
        return new PartyData(p.kind.name(), p.name, p.subjectId(), p.uscc, p.idNumber, p.idType == null ? null : p.idType.name(),
                p.nationality, p.address, p.phone, p.email, p.eServiceConsent ? Boolean.TRUE : null, Representative.of(p.legalRepresentative()));
    }
}
