package io.ipcase.kit.parties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.ipcase.identifiers.IdentityDocument;

/**
 * An organisation's legal representative (法定代表人): the person the joint-punishment memoranda reach beside the
 * organisation (docs/domain.md, "Credit: the legal representative"). Identified like an individual party: a resident ID
 * by default, or a permit or passport ({@code idType}) with its country ({@code nationality}) where the document needs one.
 */
public record LegalRepresentative(
        @NotBlank @Size(max = 100) String name,
        IdentityDocument idType,
        @Size(max = 50) String idNumber,
        @Size(max = 3) String nationality) {

    /** the document {@code idNumber} belongs to: a resident ID unless given */
    public IdentityDocument document() {
        return idType != null ? idType : IdentityDocument.RESIDENT_ID;
    }

    /** the person's identity downstream, as an individual party's (docs/domain.md, "Identifiers") */
    public String subjectId() {
        return PartyRecord.subjectId(PartyKind.INDIVIDUAL, null, idNumber, document(), nationality);
    }

    /** the person as an individual party, to check its identity the same way */
    PartyInput asIndividual() {
        return new PartyInput(PartyKind.INDIVIDUAL, name, null, idNumber, idType, nationality, null, null, null, null);
    }
}
