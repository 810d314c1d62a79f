package io.ipcase.credit.service;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.util.UUID;

import io.ipcase.credit.domain.ListingRule;
import io.ipcase.kit.parties.PartyKind;

/** A listing in force as a credit check answers it. */
public record ActiveListing(UUID listingId, String subjectId, PartyKind subjectKind, String subjectName, ListingRule rule, String reason,
        String legalBasis, String authority, String decisionNumber, LocalDate decisionDate, LocalDate listedOn, LocalDate endsOn,
        @JsonIgnore String legalRepSubjectId) {
}
