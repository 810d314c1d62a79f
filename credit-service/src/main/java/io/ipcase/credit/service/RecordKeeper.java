package io.ipcase.credit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.ipcase.credit.config.CreditPolicy;
import io.ipcase.credit.domain.ListingRule;
import io.ipcase.credit.domain.RecordKind;
import io.ipcase.credit.domain.RepeatInfringement;
import io.ipcase.credit.feed.CreditFeed;
import io.ipcase.credit.service.ListingService;
import io.ipcase.credit.feed.CreditEventData;
import io.ipcase.kit.audit.RegisterChain;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.text.Texts;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.credit.store.InfringementRecord;

/**
 * Keeps each subject's record from what the other services report, and applies the listing rules
 * to every new fact: a rule that fires opens a proposal.
 */
@ApplicationScoped
public class RecordKeeper {

    /** A subject named in a case or mediation event; an organisation with its legal representative when one is recorded. */
    public record Subject(String id, PartyKind kind, String name, Representative representative) {
    }

    /** an organisation's legal representative (法定代表人): whom the joint-punishment memoranda reach too (docs/domain.md) */
    public record Representative(String name, String subjectId) {
    }

    /** A decision as the case events report it. */
    public record Decision(UUID caseId, String caseNumber, String region, String ipKind, String kind, String number, LocalDate decidedOn,
            LocalDate effectiveOn, boolean infringementFound, boolean intentional, BigDecimal fine) {
    }

    private final CreditPolicy policy;
    private final ListingService listings;
    private final CreditFeed feed;
    private final IpcaseClock clock;
    private final RegisterChain registerChain;

    /** what the register chain keeps of a record after a change (docs/domain.md, "Audit") */
    record RegisteredRecord(String subjectId, String subjectKind, CreditEventData.LegalRepresentative legalRepresentative, CreditEventData.Record record,
            LocalDate performedOn) {
        static RegisteredRecord of(InfringementRecord r) {
            return new RegisteredRecord(r.subjectId, r.subjectKind.name(), CreditEventData.LegalRepresentative.of(r.legalRepName, r.legalRepSubjectId),
                    CreditEventData.Record.of(r), r.performedOn);
        }
    }

    public RecordKeeper(CreditPolicy policy, ListingService listings, CreditFeed feed, IpcaseClock clock, RegisterChain registerChain) {
        this.policy = policy;
        this.listings = listings;
        this.feed = feed;
        this.clock = clock;
        this.registerChain = registerChain;
    }

    /** An effective decision that found infringement: an established infringement for each respondent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionEffective(Decision d, List<Subject> respondents, Actor actor) {
        if (!d.infringementFound()) {
            return;
        }
        lockInOrder(respondents);
        for (Subject s : respondents) {
            InfringementRecord r = add(s, RecordKind.ESTABLISHED_INFRINGEMENT, d, d.effectiveOn(), null, null, actor);
            if (r == null) {
                continue;
            }
            CreditPolicy.Repeat repeat = policy.rules().repeatInfringement();
            if (repeat.enabled()) {
                proposeRepeats(r, repeat, actor);
            }
            CreditPolicy.Heavy heavy = policy.rules().intentionalHeavy();
            if (heavy.enabled() && d.intentional() && d.fine() != null && d.fine().compareTo(heavy.fineThreshold()) >= 0) {
                listings.propose(new ListingService.Finding(ListingRule.INTENTIONAL_HEAVY, r, r.factKey, List.of(r),
                        "故意侵权并被处以罚款 " + d.fine().toPlainString() + " 元（" + r.decisionNumber + "）"), actor);
            }
        }
    }

    /**
     * 重复侵权: every pair the new record makes with the subject's other penalties, earlier or later, is proposed once, named
     * by its later record — so the same subjects are proposed whatever order the decisions arrive in (docs/domain.md).
     */
    private void proposeRepeats(InfringementRecord added, CreditPolicy.Repeat repeat, Actor actor) {
        RepeatInfringement rule = new RepeatInfringement(repeat.window(), repeat.ipKinds());
        List<InfringementRecord> others = InfringementRecord.<InfringementRecord>list(
                "subjectId = ?1 and kind = ?2 and revokedOn is null and id <> ?3 and (caseId is null or caseId <> ?4)", added.subjectId,
                RecordKind.ESTABLISHED_INFRINGEMENT, added.id, added.caseId);
        Map<String, InfringementRecord> byKey = new HashMap<>();
        others.forEach(o -> byKey.put(o.id.toString(), o));
        byKey.put(added.id.toString(), added);
        for (RepeatInfringement.Repeat found : rule.repeatsWith(added.asInfringement(), others.stream().map(InfringementRecord::asInfringement).toList())) {
            InfringementRecord previous = byKey.get(found.previous().key());
            InfringementRecord repeating = byKey.get(found.repeating().key());
            listings.propose(new ListingService.Finding(ListingRule.REPEAT_INFRINGEMENT, repeating, repeating.factKey, List.of(previous, repeating),
                    "再次侵权：" + repeating.caseNumber + "（" + repeating.effectiveOn + " 生效）距前次侵权处罚 " + previous.caseNumber + "（"
                            + previous.effectiveOn + " 生效）不足 " + repeat.window().getYears() + " 年"), actor);
        }
    }

    /** The respondent did not perform an effective decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionNotPerformed(Decision d, List<Subject> respondents, String detail, Actor actor) {
        lockInOrder(respondents);
        for (Subject s : respondents) {
            InfringementRecord r = add(s, RecordKind.REFUSAL_TO_PERFORM, d, clock.today(), detail, null, actor);
            if (r != null && policy.rules().refusalToPerform().enabled()) {
                listings.propose(new ListingService.Finding(ListingRule.REFUSAL_TO_PERFORM, r, r.factKey, List.of(r),
                        "拒不履行生效决定 " + r.decisionNumber + (detail == null ? "" : "：" + detail)), actor);
            }
        }
    }

    /** The subject performed the decision: its records of that decision say so, for credit repair to check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionPerformed(UUID caseId, String decisionNumber, String subjectId, LocalDate performedOn) {
        ListingService.lockSubject(subjectId);
        InfringementRecord.<InfringementRecord>list("caseId = ?1 and decisionNumber = ?2 and subjectId = ?3 and performedOn is null", caseId,
                decisionNumber, subjectId).forEach(r -> {
                    r.performedOn = performedOn;
                    audit(r, "performed", Actor.system("decision-performed"));
                });
    }

    /** The decision was revoked: its records no longer count, and what rests on them is removed at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionRevoked(UUID caseId, String decisionNumber, LocalDate revokedOn, String detail, Actor actor) {
        List<InfringementRecord> records = InfringementRecord.list("caseId = ?1 and decisionNumber = ?2 and revokedOn is null", caseId,
                decisionNumber);
        // subjects first, in a fixed order, as every other change of a subject takes them
        records.stream().map(r -> r.subjectId).distinct().sorted().forEach(ListingService::lockSubject);
        records.forEach(r -> {
            r.revokedOn = revokedOn != null ? revokedOn : clock.today();
            audit(r, "revoked", actor);
        });
        listings.revokeResting(records, "原决定 " + decisionNumber + " 已被撤销" + (detail == null ? "" : "：" + detail), actor);
    }

    /** A judicially confirmed mediation agreement was not performed by the respondent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmedAgreementNotPerformed(UUID mediationId, Decision d, List<Subject> respondents, String detail,
            Actor actor) {
        lockInOrder(respondents);
        for (Subject s : respondents) {
            InfringementRecord r = add(s, RecordKind.MEDIATION_NOT_PERFORMED, d, clock.today(), detail, mediationId, actor);
            if (r != null && policy.rules().mediationNotPerformed().enabled()) {
                listings.propose(new ListingService.Finding(ListingRule.MEDIATION_NOT_PERFORMED, r, r.factKey, List.of(r),
                        "经司法确认的调解协议（" + r.decisionNumber + "）未履行" + (detail == null ? "" : "：" + detail)), actor);
            }
        }
    }

    /**
     * The subjects first, in a fixed order, before the register chain's head (which each record's entry takes): a
     * transaction never waits for a subject while it holds the head another one waits for.
     */
    private static void lockInOrder(List<Subject> subjects) {
        subjects.stream().map(Subject::id).distinct().sorted().forEach(ListingService::lockSubject);
    }

    /** every change of a subject's record goes on the register chain, in the change's transaction (docs/domain.md, "Audit") */
    private void audit(InfringementRecord r, String action, Actor actor) {
        registerChain.append("infringement-record", r.id.toString(), action, actor.id(), actor.role(), RegisteredRecord.of(r));
    }

    /** @return the new record, or null when this fact is on the subject's record already */
    private InfringementRecord add(Subject s, RecordKind kind, Decision d, LocalDate occurredOn, String detail, UUID mediationId,
            Actor actor) {
        ListingService.lockSubject(s.id());
        // a decision is known by its number and the day it was made: a decision re-issued after a revocation is a new fact
        // even where it kept the revoked one's number (docs/domain.md, "Dishonesty list")
        String factKey = (d.caseId() != null ? d.caseId().toString() : "") + "/" + d.number() + (d.decidedOn() != null ? "/" + d.decidedOn() : "");
        if (InfringementRecord.find(s.id(), kind, factKey) != null) {
            return null;
        }
        InfringementRecord r = new InfringementRecord();
        r.id = UUID.randomUUID();
        r.subjectId = s.id();
        r.subjectKind = s.kind();
        r.subjectName = s.name();
        r.legalRepName = s.representative() == null ? null : s.representative().name();
        r.legalRepSubjectId = s.representative() == null ? null : s.representative().subjectId();
        r.kind = kind;
        r.factKey = factKey;
        r.caseId = d.caseId();
        r.caseNumber = d.caseNumber();
        r.mediationId = mediationId;
        r.region = d.region();
        r.authority = policy.authorityOf(d.region());
        r.ipKind = d.ipKind();
        r.decisionKind = d.kind();
        r.decisionNumber = d.number();
        r.decidedOn = d.decidedOn();
        r.effectiveOn = d.effectiveOn();
        r.intentional = d.intentional();
        r.fine = d.fine();
        r.occurredOn = occurredOn;
        r.detail = Texts.clip(detail, 4000);
        r.createdAt = clock.now();
        r.persist();
        audit(r, "add", actor);
        feed.recordAdded(r, actor.id());
        return r;
    }
}
