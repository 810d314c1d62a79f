package io.ipcase.credit.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.ipcase.credit.store.Listing;
import io.ipcase.credit.store.InfringementRecord;
import io.ipcase.kit.privacy.PersonalDataMask;

/**
 * The data of every {@code ipcase.credit.*.v1} event: the subject, and the listing with the fields
 * of a listing decision (reason, legal basis, deciding authority, decision number and date,
 * listing and end date, how to object) or of its removal; {@code record} on record-added.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditEventData(
        String subjectId,
        String subjectKind,
        String subjectName,
        LegalRepresentative legalRepresentative,
        UUID listingId,
        String state,
        String previousState,
        String rule,
        String reason,
        String legalBasis,
        String region,
        String authority,
        String caseNumber,
        String basisDecisionNumber,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate proposedOn,
        LocalDate noticeServedOn,
        String noticeServedBy,
        LocalDate announcedOn,
        LocalDate noticeUndeliverableOn,
        LocalDate objectionDue,
        LocalDate objectedOn,
        String objectionFiledBy,
        LocalDate listedOn,
        LocalDate endsOn,
        LocalDate repairAppliedOn,
        LocalDate removedOn,
        String removalReason,
        String removalNote,
        String howToObject,
        Record record,
        String actor) {

    /** an organisation's legal representative (法定代表人), whom the joint-punishment memoranda reach too */
    public record LegalRepresentative(String name, String subjectId) {

        public static LegalRepresentative of(String name, String subjectId) {
            return name == null || subjectId == null ? null : new LegalRepresentative(name, subjectId);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(UUID recordId, String kind, UUID caseId, String caseNumber, UUID mediationId, String region, String authority,
            String ipKind, String decisionNumber, LocalDate decidedOn, LocalDate effectiveOn, Boolean intentional, BigDecimal fine,
            LocalDate occurredOn, String detail, LocalDate revokedOn) {
        public static Record of(InfringementRecord r) {
            return new Record(r.id, r.kind.name(), r.caseId, r.caseNumber, r.mediationId, r.region, r.authority, r.ipKind, r.decisionNumber,
                    r.decidedOn, r.effectiveOn, r.intentional, r.fine, r.occurredOn, r.detail, r.revokedOn);
        }
    }

    public static CreditEventData of(Listing l, String previousState, String howToObject, String actor) {
        return new CreditEventData(l.subjectId, l.subjectKind.name(), l.subjectName, LegalRepresentative.of(l.legalRepName, l.legalRepSubjectId), l.id, l.state.name(), previousState, l.rule.name(),
                l.reason, l.legalBasis, l.region, l.authority, l.caseNumber, l.basisDecisionNumber, l.decisionNumber, l.decidedOn, l.proposedOn,
                l.noticeServedOn, l.noticeServedBy, l.announcedOn, l.noticeUndeliverableOn, l.objectionDue, l.objectedOn, l.objectionFiledBy, l.listedOn, l.endsOn, l.repairAppliedOn, l.removedOn, l.removalReason, PersonalDataMask.PATTERNS_ONLY.apply(l.removalNote),
                howToObject, null, actor);
    }

    public static CreditEventData of(InfringementRecord r, String actor) {
        return new CreditEventData(r.subjectId, r.subjectKind.name(), r.subjectName, LegalRepresentative.of(r.legalRepName, r.legalRepSubjectId), null, null, null, null, null, null, r.region, r.authority,
                r.caseNumber, r.decisionNumber, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Record.of(r), actor);
    }

    /** One subject's place on the blacklist, as the compacted snapshot topic carries it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlacklistEntry(String subjectId, String subjectKind, String subjectName, boolean listed, List<ActiveListing> listings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActiveListing(UUID listingId, String rule, String reason, String legalBasis, String authority, String decisionNumber,
            LocalDate decisionDate, LocalDate listedOn, LocalDate endsOn) {
        public static ActiveListing of(Listing l) {
            return new ActiveListing(l.id, l.rule.name(), l.reason, l.legalBasis, l.authority, l.decisionNumber, l.decidedOn, l.listedOn,
                    l.endsOn);
        }
    }
}
