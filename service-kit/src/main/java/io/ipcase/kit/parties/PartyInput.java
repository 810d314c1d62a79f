package io.ipcase.kit.parties;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.kit.identifiers.ValidUscc;
import io.ipcase.kit.problem.Problem;

/**
 * A party as entered: an organisation is identified by its USCC or, registered abroad, by its home register's number
 * ({@code idType} FOREIGN_REGISTRATION) with its country; an individual by a resident ID (the default), a Hong Kong / Macao
 * or Taiwan residents' travel permit, a foreign permanent resident ID, or a passport with its nationality
 * (docs/domain.md, "Identifiers"). {@code eServiceConsent}: the party agreed in writing to be served documents
 * electronically, at {@code email} (《行政处罚法》 Art. 61); without it nothing is served on it by e-mail. An organisation
 * may name its {@code legalRepresentative} (法定代表人), whom the credit rules reach too.
 */
@ValidPartyIdentity
public record PartyInput(
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 300) String name,
        @ValidUscc String uscc,
        @Size(max = 50) String idNumber,
        IdentityDocument idType,
        @Size(max = 3) String nationality,
        @Size(max = 500) String address,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain digits, spaces and + ( ) - only") String phone,
        @Email @Size(max = 200) String email,
        Boolean eServiceConsent,
        @jakarta.validation.Valid LegalRepresentative legalRepresentative) {

    /** a party entered without a legal representative */
    public PartyInput(PartyKind kind, String name, String uscc, String idNumber, IdentityDocument idType, String nationality, String address,
            String phone, String email, Boolean eServiceConsent) {
        this(kind, name, uscc, idNumber, idType, nationality, address, phone, email, eServiceConsent, null);
    }

    private static final String RESIDENT_ID_MESSAGE =
            "is not a valid resident identity number (GB 11643-1999: 17 digits, a real past birth date and a matching check character)";

    /** the documents an individual may be identified by */
    private static final Set<IdentityDocument> INDIVIDUAL_DOCUMENTS = EnumSet.of(IdentityDocument.RESIDENT_ID, IdentityDocument.HK_MACAO_PERMIT,
            IdentityDocument.TAIWAN_PERMIT, IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID, IdentityDocument.PASSPORT);

    /** The document that identifies the party: the resident ID of an individual and the USCC of an organisation unless given. */
    public IdentityDocument document() {
        return idType != null ? idType : kind == PartyKind.INDIVIDUAL ? IdentityDocument.RESIDENT_ID : null;
    }

    /** The subject's identity downstream: see {@link PartyRecord#subjectId()}. */
    public String subjectId() {
        return PartyRecord.subjectId(kind, uscc, idNumber, document(), nationality);
    }

    /**
     * Adds an error per party of the list whose identity does not hold: the identifier its kind and document need,
     * valid for that document, and the country where the document needs one.
     */
    public static void checkIdentities(String list, List<PartyInput> parties, LocalDate today, List<Problem.FieldError> errors) {
        if (parties == null) {
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyInput p = parties.get(i);
            if (p != null && p.kind() != null) {
                String at = list + "[" + i + "].";
                p.identityErrors(today).forEach(e -> errors.add(new Problem.FieldError(at + e.field(), e.message())));
            }
        }
    }

    /** what does not hold of the party's identity, by field of the party (uscc, idType, idNumber, nationality) */
    List<Problem.FieldError> identityErrors(LocalDate today) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        check("", today, errors);
        return errors;
    }

    private void check(String at, LocalDate today, List<Problem.FieldError> errors) {
        if (legalRepresentative != null) {
            if (kind != PartyKind.ORGANISATION) {
                errors.add(new Problem.FieldError(at + "legalRepresentative", "only an organisation has a legal representative"));
            } else if (legalRepresentative.name() != null) {
                legalRepresentative.asIndividual().check(at + "legalRepresentative.", today, errors);
            }
        }
        IdentityDocument document = document();
        if (kind == PartyKind.ORGANISATION && document == null) {
            if (isBlank(uscc)) {
                errors.add(new Problem.FieldError(at + "uscc", "is required for an organisation"));
            }
            return;
        }
        if (kind == PartyKind.ORGANISATION ? document != IdentityDocument.FOREIGN_REGISTRATION : !INDIVIDUAL_DOCUMENTS.contains(document)) {
            errors.add(new Problem.FieldError(at + "idType", kind == PartyKind.ORGANISATION
                    ? "must be FOREIGN_REGISTRATION for an organisation registered abroad (one registered in China is identified by its USCC)"
                    : "must be RESIDENT_ID, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_RESIDENT_ID or PASSPORT for an individual"));
            return;
        }
        if (isBlank(idNumber)) {
            errors.add(new Problem.FieldError(at + "idNumber", kind == PartyKind.INDIVIDUAL && idType == null ? "is required for an individual"
                    : "is required for a " + document.labelEn()));
        } else if (!document.isValid(idNumber, today)) {
            errors.add(new Problem.FieldError(at + "idNumber", document == IdentityDocument.RESIDENT_ID ? RESIDENT_ID_MESSAGE
                    : "is not a valid document number for a " + document.labelEn()));
        }
        if (document.needsNationality()) {
            if (isBlank(nationality)) {
                errors.add(new Problem.FieldError(at + "nationality", "is required for a " + document.labelEn() + " (ISO 3166 alpha-3, e.g. USA)"));
            } else if (!IdentityDocument.isCountryCode(nationality) || "CHN".equals(nationality)) {
                errors.add(new Problem.FieldError(at + "nationality", "must be an ISO 3166 alpha-3 code of a country other than China"));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
