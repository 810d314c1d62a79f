package io.ipcase.kit.parties;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A party in event data and views: {@code subjectId} is the USCC of an organisation or the resident ID of an individual. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyData(String kind, String name, String subjectId, String uscc, String idNumber, String address, String phone,
        String email) {

    public static PartyData of(PartyRecord p) {
        return new PartyData(p.kind.name(), p.name, p.subjectId(), p.uscc, p.idNumber, p.address, p.phone, p.email);
    }
}
