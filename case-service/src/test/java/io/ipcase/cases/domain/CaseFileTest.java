package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The case rules without a database or a broker: a case as a snapshot, an action, who acts and the
 * day → the steps (changes and events) or the refusal.
 */
class CaseFileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final CaseActor OFFICER = new CaseActor("officer-li", false, false, true, true, false);
    static final CaseActor HEAD = new CaseActor("head-wang", true, false, false, true, false);
    static final CaseActor REVIEWER = new CaseActor("reviewer-zhao", false, true, false, true, false);
    /** a trademark case of 8,000 yuan: under every threshold for the police */
    static final CaseFigures FIGURES = new CaseFigures(io.ipcase.kit.parties.IpKind.TRADEMARK, new BigDecimal("8000"), null, null, null);
    static final TransferThresholds THRESHOLDS = new TransferThresholds(new BigDecimal("50000"), new BigDecimal("30000"), 500,
            new BigDecimal("300000"), new BigDecimal("200000"), new BigDecimal("100000"));

    /** penalty decisions: served, effective at once; rulings: 15 days to sue */
    static final CasePeriods PERIODS = new CasePeriods() {
        @Override
        public LocalDate appealDeadline(CaseTrack track, LocalDate servedOn) {
            return track == CaseTrack.INFRINGEMENT_RULING ? servedOn.plusDays(15) : servedOn;
        }

        @Override
        public int maxExtensions(CaseTrack track) {
            return 1;
        }

        @Override
        public LocalDate statementDue(LocalDate noticeServedOn) {
            return noticeServedOn.plusDays(3);
        }

        @Override
        public LocalDate hearingRequestDue(LocalDate noticeServedOn) {
            return noticeServedOn.plusDays(7);
        }

        @Override
        public LocalDate paymentDue(LocalDate servedOn) {
            return servedOn.plusDays(15);
        }

        @Override
        public LocalDate demandDue(LocalDate demandServedOn) {
            return demandServedOn.plusDays(10);
        }
    };
    /** the party waived statement and hearing when told of the intended penalty: the head may decide at once */
    static final CaseSnapshot.PenaltyNotice NOTICE_WAIVED = new CaseSnapshot.PenaltyNotice(TODAY.minusDays(1), TODAY.plusDays(2), TODAY.plusDays(6),
            true);
    static final Rulebook RULES = new Rulebook(new MajorDecisionPolicy(new BigDecimal("100000"), new BigDecimal("100000")),
            new SimplifiedProcedurePolicy(new BigDecimal("200"), new BigDecimal("3000")), THRESHOLDS, new DisplayPolicy(new BigDecimal("10000")), PERIODS,
            new CaseNumbering() {
        @Override
        public String nextCase(String region, CaseTrack track, int year) {
            return "浔市监知罚〔" + year + "〕8号";
        }

        @Override
        public String nextDecision(String region, CaseTrack track, int year) {
            return "浔市监知罚决〔" + year + "〕3号";
        }
    });

    static CaseSnapshot penalty(CaseState state) {
        return new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.ORDINARY, state, "360400", FIGURES, List.of("officer-li", "officer-sun"), true,
                "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
    }

    static CaseSnapshot decided(CaseTrack track, CaseState state, DecisionKind kind, boolean infringementFound) {
        return new CaseSnapshot(track, Procedure.ORDINARY, state, "360400", FIGURES, List.of("officer-li", "officer-sun"), true, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, kind,
                infringementFound, false, new BigDecimal("5000"), "浔市监知罚决〔2026〕7号", TODAY.minusDays(5),
                state == CaseState.DECIDED ? null : TODAY.minusDays(3), state == CaseState.DECIDED ? null : TODAY.plusDays(12), null, null, NOTICE_WAIVED, List.of());
    }

    static List<CaseStep> act(CaseSnapshot c, CaseAction action, ActionInput in, CaseActor actor) {
        return new CaseFile(c, RULES).act(action, in, actor, TODAY);
    }

    static DecisionDraft fine(String amount) {
        return new DecisionDraft(null, true, true, null, "停止侵权", new BigDecimal(amount), null, null, null);
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource(textBlock = """
            # action,           actor,    state,             refusal
            APPROVE_TRANSFER,   officer,  TRANSFER_PROPOSED, NOT_YOURS
            APPROVE_TRANSFER,   head,     TRANSFER_PROPOSED,
            REJECT_TRANSFER,    reviewer, TRANSFER_PROPOSED, NOT_YOURS
            APPROVE_REVIEW,     officer,  LEGAL_REVIEW,      NOT_YOURS
            APPROVE_REVIEW,     head,     LEGAL_REVIEW,      NOT_YOURS
            APPROVE_REVIEW,     reviewer, LEGAL_REVIEW,
            ACCEPT,             reviewer, RECEIVED,          NOT_YOURS
            ACCEPT,             officer,  RECEIVED,
            ACCEPT,             officer,  INVESTIGATING,     NOT_NOW
            REFER_TO_MEDIATION, officer,  INVESTIGATING,     NOT_NOW
            """)
    void whoMayActAndWhen(CaseAction action, String who, CaseState state, CaseRefusal.Kind refusal) {
        CaseActor actor = switch (who) {
            case "head" -> HEAD;
            case "reviewer" -> REVIEWER;
            default -> OFFICER;
        };
        ActionInput in = ActionInput.because("理由");
        if (refusal == null) {
            assertThat(act(penalty(state), action, in, actor)).isNotEmpty();
        } else {
            assertThatThrownBy(() -> act(penalty(state), action, in, actor)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.kind()).isEqualTo(refusal));
        }
    }

    /** The officer may entrust the mediation to an organisation (委托调解); the referral carries it to mediation-service. */
    @Test
    void aReferralMayBeEntrustedToAMediationOrganisation() {
        CaseSnapshot ruling = new CaseSnapshot(CaseTrack.INFRINGEMENT_RULING, Procedure.ORDINARY, CaseState.INVESTIGATING, "360400", FIGURES,
                List.of("officer-li", "officer-sun"), true, "浔市监知裁〔2026〕1号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null,
                null, null, null, NOTICE_WAIVED, List.of());
        String organisation = "5d0c0f7e-2b7a-4c39-9a55-3f0d2a6b1c11";
        ActionInput entrusted = new ActionInput("双方同意调解", null, null, null, null, null, null, null, organisation);
        assertThat(act(ruling, CaseAction.REFER_TO_MEDIATION, entrusted, OFFICER).get(0).changes())
                .containsExactly(new CaseChange.PauseOpened(PauseReason.MEDIATION, TODAY), new CaseChange.MediationEntrusted(organisation));
        assertThat(act(ruling, CaseAction.REFER_TO_MEDIATION, ActionInput.because("双方同意调解"), OFFICER).get(0).changes())
                .containsExactly(new CaseChange.PauseOpened(PauseReason.MEDIATION, TODAY));
    }

    @Test
    void aReviewerNeverReviewsACaseTheyHandleOrActedOn() {
        CaseActor handling = new CaseActor("officer-li", false, true, true, true, false);
        CaseActor actedBefore = new CaseActor("reviewer-zhao", false, true, false, true, true);
        for (CaseActor reviewer : List.of(handling, actedBefore)) {
            assertThatThrownBy(() -> act(penalty(CaseState.LEGAL_REVIEW), CaseAction.APPROVE_REVIEW, ActionInput.because("同意"), reviewer))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.NOT_YOURS));
        }
    }

    @ParameterizedTest(name = "{0} without a reason")
    @CsvSource(textBlock = """
            REFUSE,             RECEIVED
            WITHDRAW,           RECEIVED
            SUSPEND,            INVESTIGATING
            PROPOSE_TRANSFER,   INVESTIGATING
            REVOKE_DECISION,    EFFECTIVE
            """)
    void actionsThatNeedAReasonRefuseWithoutOne(CaseAction action, CaseState state) {
        CaseSnapshot c = state == CaseState.EFFECTIVE ? decided(CaseTrack.ADMINISTRATIVE_PENALTY, state, DecisionKind.PENALTY, true) : penalty(state);
        for (ActionInput in : List.of(ActionInput.NONE, ActionInput.because("  "))) {
            assertThatThrownBy(() -> act(c, action, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class, r -> {
                assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.BAD_INPUT);
                assertThat(r.field()).isEqualTo("reason");
            });
        }
    }

    @ParameterizedTest(name = "a fine of {0} issued directly: {1}")
    @CsvSource(textBlock = """
            99999.99,  true
            100000,    false
            250000,    false
            """)
    void aMajorFineMustPassLegalReviewFirst(String amount, boolean issuedDirectly) {
        ActionInput in = new ActionInput(null, fine(amount), null, null, null, null, null, null);
        if (issuedDirectly) {
            List<CaseStep> steps = act(penalty(CaseState.INVESTIGATING), CaseAction.ISSUE_DECISION, in, HEAD);
            assertThat(steps.get(0).after()).isEqualTo(CaseState.DECIDED);
            assertThat(steps.get(0).changes()).contains(new CaseChange.DecisionIssued("浔市监知罚决〔2026〕3号", TODAY));
        } else {
            assertThatThrownBy(() -> act(penalty(CaseState.INVESTIGATING), CaseAction.ISSUE_DECISION, in, HEAD))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("legal-review-required"));
        }
    }

    @Test
    void aPenaltyDecisionServedTakesEffectAtOnceAndGoesPublic() {
        List<CaseStep> steps = act(decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.DECIDED, DecisionKind.PENALTY, true), CaseAction.SERVE,
                ActionInput.NONE, OFFICER);
        assertThat(steps).extracting(CaseStep::after).containsExactly(CaseState.SERVED, CaseState.EFFECTIVE);
        assertThat(steps.get(0).events()).containsExactly(CaseEventType.DECISION_SERVED);
        assertThat(steps.get(1).events()).containsExactly(CaseEventType.DECISION_EFFECTIVE);
        assertThat(steps.get(1).changes()).containsExactly(new CaseChange.Effective(TODAY, TODAY.plusDays(15)),
                new CaseChange.Published(DisplayPeriod.MINOR));
    }

    @ParameterizedTest(name = "{0}, infringement found {1}: published {2}")
    @CsvSource(textBlock = """
            PENALTY, true,  true
            PENALTY, false, false
            WARNING, true,  false
            """)
    void onlyAPenaltyThatFoundInfringementIsPublished(DecisionKind kind, boolean found, boolean published) {
        List<CaseStep> steps = act(decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.DECIDED, kind, found), CaseAction.SERVE,
                ActionInput.NONE, OFFICER);
        assertThat(steps.get(1).changes().stream().anyMatch(CaseChange.Published.class::isInstance)).isEqualTo(published);
    }

    @Test
    void aRulingWaitsForItsWindowToSue() {
        CaseSnapshot ruling = decided(CaseTrack.INFRINGEMENT_RULING, CaseState.DECIDED, DecisionKind.RULING, true);
        List<CaseStep> served = act(ruling, CaseAction.SERVE, ActionInput.NONE, OFFICER);
        assertThat(served).singleElement().satisfies(s -> assertThat(s.changes()).containsExactly(new CaseChange.Served(TODAY, TODAY.plusDays(15))));

        CaseSnapshot inWindow = decided(CaseTrack.INFRINGEMENT_RULING, CaseState.SERVED, DecisionKind.RULING, true);
        // window ends TODAY + 12: effective from the day after, not on its last day
        assertThatThrownBy(() -> new CaseFile(inWindow, RULES).act(CaseAction.MAKE_EFFECTIVE, null, OFFICER, TODAY.plusDays(12)))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("appeal-window-open"));
        List<CaseStep> effective = new CaseFile(inWindow, RULES).act(CaseAction.MAKE_EFFECTIVE, null, OFFICER, TODAY.plusDays(13));
        assertThat(effective.get(0).changes()).containsExactly(new CaseChange.Effective(TODAY.plusDays(13), null));
    }

    @Test
    void serviceBeforeTheDecisionIsRefused() {
        ActionInput early = new ActionInput(null, null, TODAY.minusDays(6), null, null, null, null, null);
        assertThatThrownBy(() -> act(decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.DECIDED, DecisionKind.PENALTY, true),
                CaseAction.SERVE, early, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.field()).isEqualTo("servedOn"));
    }

    @ParameterizedTest(name = "{0} closed as {1}: {2}")
    @CsvSource(textBlock = """
            PERFORMED,        PERFORMED,           true
            PERFORMED,        ENFORCEMENT_APPLIED, false
            NOT_PERFORMED,    ENFORCEMENT_APPLIED, true
            DECISION_REVOKED, DECISION_REVOKED,    true
            PERFORMED,        MEDIATED,            false
            PERFORMED,        OTHER,               true
            """)
    void aCaseIsClosedForWhatHappened(CaseState state, ClosedReason reason, boolean closes) {
        CaseSnapshot c = decided(CaseTrack.ADMINISTRATIVE_PENALTY, state, DecisionKind.PENALTY, true);
        ActionInput in = new ActionInput(null, null, null, null, reason, null, null, null);
        if (closes) {
            assertThat(act(c, CaseAction.CLOSE, in, OFFICER).get(0).changes()).containsExactly(new CaseChange.Ended(TODAY, reason));
        } else {
            assertThatThrownBy(() -> act(c, CaseAction.CLOSE, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.rule()).isEqualTo("closed-reason-does-not-fit"));
        }
    }

    @Test
    void anEffectiveDecisionThatFoundInfringementClosesOnlyAfterPerformanceIsRecorded() {
        CaseSnapshot c = decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.EFFECTIVE, DecisionKind.PENALTY, true);
        assertThatThrownBy(() -> act(c, CaseAction.CLOSE, new ActionInput(null, null, null, null, ClosedReason.OTHER, null, null, null), OFFICER))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("performance-not-recorded"));
    }

    @Test
    void revokingWithdrawsThePublication() {
        List<CaseStep> steps = act(decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.EFFECTIVE, DecisionKind.PENALTY, true),
                CaseAction.REVOKE_DECISION, ActionInput.because("复议撤销"), OFFICER);
        assertThat(steps.get(0).changes()).containsExactly(new CaseChange.Revoked(TODAY, "复议撤销"), new CaseChange.PublicationWithdrawn("复议撤销"));
        assertThat(steps.get(0).events()).containsExactly(CaseEventType.DECISION_REVOKED);
    }

    /** A region the case is shared with handles it jointly; the case's own region decides. */
    @ParameterizedTest(name = "{0} by an officer of a sharing region")
    @CsvSource(textBlock = """
            ISSUE_DECISION,  INVESTIGATING
            REVOKE_DECISION, EFFECTIVE
            CLOSE,           PERFORMED
            SUSPEND,         INVESTIGATING
            """)
    void aSharingRegionDecidesNothing(CaseAction action, CaseState state) {
        CaseActor neighbour = new CaseActor("officer-he", true, false, true, false, false);
        CaseSnapshot c = state == CaseState.INVESTIGATING ? penalty(state) : decided(CaseTrack.ADMINISTRATIVE_PENALTY, state, DecisionKind.PENALTY, true);
        ActionInput in = new ActionInput("理由", fine("500"), null, null, ClosedReason.PERFORMED, null, null, null);
        assertThatThrownBy(() -> act(c, action, in, neighbour)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.NOT_YOURS));
        assertThat(act(c, action, in, action == CaseAction.ISSUE_DECISION ? HEAD : OFFICER)).isNotEmpty();
    }

    /** Only mediation-service's report of a performed agreement closes a case as mediated. */
    @ParameterizedTest(name = "mediation report {0}, agreement performed {1}: closes {2}")
    @CsvSource(textBlock = """
            ,              false, false
            mediation-7,   false, false
            mediation-7,   true,  true
            """)
    void aCaseClosesAsMediatedOnlyOnASettledDispute(String mediationId, boolean settled, boolean closes) {
        CaseSnapshot c = new CaseSnapshot(CaseTrack.INFRINGEMENT_RULING, Procedure.ORDINARY, CaseState.IN_MEDIATION, "360400", FIGURES,
                List.of("officer-li", "officer-sun"), true, "浔市监知裁〔2026〕1号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
        ActionInput in = new ActionInput("调解", null, null, null, null,
                mediationId == null ? null : new ActionInput.MediationReport(mediationId, settled), null, null);
        if (closes) {
            assertThat(act(c, CaseAction.CLOSE_AS_MEDIATED, in, OFFICER).get(0).changes()).contains(new CaseChange.Ended(TODAY, ClosedReason.MEDIATED),
                    new CaseChange.MediationLinked("mediation-7"));
        } else {
            assertThatThrownBy(() -> act(c, CaseAction.CLOSE_AS_MEDIATED, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.rule()).isEqualTo("not-settled"));
        }
        assertThat(new CaseFile(c, RULES).allowedActions()).doesNotContain(CaseAction.CLOSE_AS_MEDIATED);
    }

    /** Withdrawing a penalty case once filed is the head's decision; before filing the officer may. */
    @ParameterizedTest(name = "{0} {1} withdrawn by {2}: {3}")
    @CsvSource(textBlock = """
            ADMINISTRATIVE_PENALTY, RECEIVED,      officer, true
            ADMINISTRATIVE_PENALTY, INVESTIGATING, officer, false
            ADMINISTRATIVE_PENALTY, SUSPENDED,     officer, false
            ADMINISTRATIVE_PENALTY, INVESTIGATING, head,    true
            INFRINGEMENT_RULING,    INVESTIGATING, officer, true
            """)
    void withdrawingAFiledPenaltyCaseIsTheHeadsDecision(CaseTrack track, CaseState state, String who, boolean allowed) {
        CaseSnapshot c = new CaseSnapshot(track, Procedure.ORDINARY, state, "360400", FIGURES, List.of("officer-li", "officer-sun"), true, null, CaseSnapshot.Extensions.NONE, null, null,
                null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
        CaseActor actor = who.equals("head") ? HEAD : OFFICER;
        if (allowed) {
            assertThat(act(c, CaseAction.WITHDRAW, ActionInput.because("撤回"), actor).get(0).after()).isEqualTo(CaseState.WITHDRAWN);
        } else {
            assertThatThrownBy(() -> act(c, CaseAction.WITHDRAW, ActionInput.because("撤回"), actor)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.NOT_YOURS));
        }
    }

    /** A decision issued again after its revocation is a new document with a new number. */
    @Test
    void everyIssuedDecisionGetsANumberOfItsOwn() {
        CaseSnapshot reopened = new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.ORDINARY, CaseState.INVESTIGATING, "360400", FIGURES,
                List.of("officer-li", "officer-sun"), true, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
        List<CaseStep> issued = act(reopened, CaseAction.ISSUE_DECISION, new ActionInput(null, fine("500"), null, null, null, null, null, null), HEAD);
        assertThat(issued.get(0).changes()).contains(new CaseChange.DecisionIssued("浔市监知罚决〔2026〕3号", TODAY));
    }

    /** A major decision: marked, or a fine, a confiscation or a licence revocation over the line (a 99,999 fine with 800,000 confiscated is major). */
    @ParameterizedTest(name = "fine {0}, confiscated {1}, licence revoked {2}: major {3}")
    @CsvSource(textBlock = """
            99999,  0,       false, false
            99999,  800000,  false, true
            99999,  99999,   false, false
            0,      100000,  false, true
            500,    0,       true,  true
            100000, 0,       false, true
            """)
    void aDecisionIsMajorByAnyOfItsPenalties(String fine, String confiscated, boolean revokesLicence, boolean major) {
        DecisionDraft d = new DecisionDraft(null, true, false, null, "停止侵权", new BigDecimal(fine), new BigDecimal(confiscated), revokesLicence, null);
        assertThat(RULES.majorDecisions().isMajor(d)).isEqualTo(major);
        ActionInput in = new ActionInput(null, d, null, null, null, null, null, null);
        if (major) {
            assertThatThrownBy(() -> act(penalty(CaseState.INVESTIGATING), CaseAction.ISSUE_DECISION, in, HEAD))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("legal-review-required"));
        } else {
            assertThat(act(penalty(CaseState.INVESTIGATING), CaseAction.ISSUE_DECISION, in, HEAD).get(0).after()).isEqualTo(CaseState.DECIDED);
        }
    }

    /** 简易程序: a warning, or a fine of at most 200 yuan for a citizen and 3,000 for an organisation; nothing more. */
    @ParameterizedTest(name = "simplified, organisations only {0}: fine {1}, confiscated {2} → fits {3}")
    @CsvSource(textBlock = """
            false, 200,     0,   true
            false, 200.01,  0,   false
            true,  3000,    0,   true
            true,  3000.01, 0,   false
            true,  0,       50,  false
            false, 0,       0,   true
            """)
    void theSimplifiedProcedureCapsTheFine(boolean organisations, String fine, String confiscated, boolean fits) {
        CaseSnapshot c = new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.SIMPLIFIED, CaseState.INVESTIGATING, "360400", FIGURES,
                List.of("officer-li", "officer-sun"), organisations, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
        ActionInput in = new ActionInput(null, new DecisionDraft(null, true, false, null, "停止侵权", new BigDecimal(fine), new BigDecimal(confiscated),
                null, null), null, null, null, null, null, null);
        if (fits) {
            assertThat(act(c, CaseAction.ISSUE_DECISION, in, OFFICER).get(0).after()).isEqualTo(CaseState.DECIDED);
        } else {
            assertThatThrownBy(() -> act(c, CaseAction.ISSUE_DECISION, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.rule()).isEqualTo("simplified-procedure-limits"));
        }
    }

    /** An on-the-spot decision takes effect on service but is not published (公示规定 Art. 2: ordinary-procedure decisions). */
    @Test
    void aSimplifiedDecisionIsNotPublished() {
        CaseSnapshot c = new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.SIMPLIFIED, CaseState.DECIDED, "360400", FIGURES,
                List.of("officer-li", "officer-sun"), true, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, DecisionKind.PENALTY, true, false, new BigDecimal("1000"),
                "浔市监知罚决〔2026〕3号", TODAY, null, null, null, null, NOTICE_WAIVED, List.of());
        List<CaseStep> steps = act(c, CaseAction.SERVE, ActionInput.NONE, OFFICER);
        assertThat(steps.get(1).changes()).containsExactly(new CaseChange.Effective(TODAY, TODAY.plusDays(15)));
    }

    /** The police opened a criminal case: the administrative case ends, closed as transferred; nobody closes a case so by hand. */
    @Test
    void thePolicesAcceptanceClosesTheCaseAsTransferred() {
        List<CaseStep> steps = act(penalty(CaseState.TRANSFERRED_TO_POLICE), CaseAction.RECORD_POLICE_ACCEPTANCE,
                ActionInput.because("立案决定书"), OFFICER);
        assertThat(steps.get(0).after()).isEqualTo(CaseState.CLOSED);
        assertThat(steps.get(0).changes()).containsExactly(new CaseChange.PauseClosed(TODAY), new CaseChange.Ended(TODAY, ClosedReason.TRANSFERRED));
        assertThatThrownBy(() -> act(decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.PERFORMED, DecisionKind.PENALTY, true), CaseAction.CLOSE,
                new ActionInput(null, null, null, null, ClosedReason.TRANSFERRED, null, null, null), OFFICER))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("closed-reason-does-not-fit"));
    }

    /** The investigation corrects the figures; the thresholds for the police are judged again on them. */
    @ParameterizedTest(name = "{0} amended to {1} yuan in {2} by {3}: {4}")
    @CsvSource(textBlock = """
            # found in,      amount,  state,         who,       outcome
            TRADEMARK,       80000,   INVESTIGATING, officer,   flagged
            TRADEMARK,       9000,    INVESTIGATING, officer,   not flagged
            TRADEMARK,       80000,   RECEIVED,      officer,   flagged
            TRADEMARK,       80000,   SUSPENDED,     head,      flagged
            TRADEMARK,       80000,   DECIDED,       officer,   facts-settled
            TRADEMARK,       80000,   INVESTIGATING, neighbour, NOT_YOURS
            TRADEMARK,       80000,   INVESTIGATING, reviewer,  NOT_YOURS
            """)
    void amendingTheFiguresJudgesTheThresholdsAgain(String kind, String amount, CaseState state, String who, String outcome) {
        CaseActor actor = switch (who) {
            case "head" -> HEAD;
            case "reviewer" -> REVIEWER;
            case "neighbour" -> new CaseActor("officer-he", false, false, true, false, false);
            default -> OFFICER;
        };
        CaseFile file = new CaseFile(penalty(state), RULES);
        CaseFigures amendment = new CaseFigures(io.ipcase.kit.parties.IpKind.valueOf(kind), new BigDecimal(amount), null, null, null);
        switch (outcome) {
            case "flagged", "not flagged" -> {
                CaseStep step = file.amend(amendment, "现场检查查明", actor);
                assertThat(step.changes()).containsExactly(new CaseChange.Amended(FIGURES.amendedBy(amendment), outcome.equals("flagged")));
                assertThat(step.events()).containsExactly(CaseEventType.AMENDED);
                assertThat(step.after()).isEqualTo(state);
            }
            case "facts-settled" -> assertThatThrownBy(() -> file.amend(amendment, "更正", actor))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("facts-settled"));
            default -> assertThatThrownBy(() -> file.amend(amendment, "更正", actor))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.NOT_YOURS));
        }
        assertThatThrownBy(() -> new CaseFile(penalty(CaseState.INVESTIGATING), RULES).amend(amendment, " ", OFFICER))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.field()).isEqualTo("reason"));
    }

    static CaseSnapshot withExtensions(CaseState state, String caseNumber, int granted, String pending) {
        return withExtensions(CaseTrack.ADMINISTRATIVE_PENALTY, state, caseNumber, new CaseSnapshot.Extensions(granted, pending, false, 0));
    }

    static CaseSnapshot withExtensions(CaseTrack track, CaseState state, String caseNumber, CaseSnapshot.Extensions extensions) {
        return new CaseSnapshot(track, Procedure.ORDINARY, state, "360400", FIGURES, List.of("officer-li", "officer-sun"),
                true, caseNumber, extensions, null, null, null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
    }

    /**
     * More time: asked by the case's officers, once at a time — for the lead check before filing, for the closing term of an
     * open, filed case; past the head's extensions a penalty case may still ask (the heads' collective discussion decides).
     */
    @ParameterizedTest(name = "{0}, {2} granted, pending {3}, asked by {4}: {5}")
    @CsvSource(textBlock = """
            INVESTIGATING, 浔市监知罚〔2026〕7号, 0, ,       officer,   requested
            INVESTIGATING, 浔市监知罚〔2026〕7号, 0, 案情复杂, officer,   NOT_NOW
            INVESTIGATING, 浔市监知罚〔2026〕7号, 1, ,       officer,   requested
            RECEIVED,      ,                     0, ,       officer,   requested
            CLOSED,        浔市监知罚〔2026〕7号, 0, ,       officer,   case-not-open
            INVESTIGATING, 浔市监知罚〔2026〕7号, 0, ,       neighbour, NOT_YOURS
            """)
    void anExtensionIsAskedForOnceAtATime(CaseState state, String caseNumber, int granted, String pending, String who, String outcome) {
        CaseActor actor = who.equals("neighbour") ? new CaseActor("officer-he", false, false, true, false, false) : OFFICER;
        CaseFile file = new CaseFile(withExtensions(state, caseNumber, granted, pending), RULES);
        if (outcome.equals("requested")) {
            assertThat(file.requestExtension("案情复杂", actor).changes()).containsExactly(new CaseChange.ExtensionRequested("案情复杂"));
        } else {
            assertThatThrownBy(() -> file.requestExtension("案情复杂", actor)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    @Test
    void onlyTheHeadDecidesAPendingExtension() {
        CaseFile pending = new CaseFile(withExtensions(CaseState.INVESTIGATING, "浔市监知罚〔2026〕7号", 0, "案情复杂"), RULES);
        assertThatThrownBy(() -> pending.decideExtension(true, "同意", null, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.NOT_YOURS));
        CaseStep granted = pending.decideExtension(true, "同意", null, HEAD);
        assertThat(granted.changes()).containsExactly(new CaseChange.ExtensionDecided(true, ExtensionKind.CLOSING, 0));
        assertThat(granted.events()).containsExactly(CaseEventType.DEADLINE_EXTENDED);
        assertThat(pending.decideExtension(false, "不同意", null, HEAD).events()).containsExactly(CaseEventType.EXTENSION_REJECTED);
        CaseFile none = new CaseFile(withExtensions(CaseState.INVESTIGATING, "浔市监知罚〔2026〕7号", 0, null), RULES);
        assertThatThrownBy(() -> none.decideExtension(true, "同意", null, HEAD)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.rule()).isEqualTo("no-extension-request"));
    }

    /** 移送管辖: the head of the case's own region hands it over before a decision; the case becomes the other region's. */
    @ParameterizedTest(name = "{0} handed to {1} by {2}: {3}")
    @CsvSource(textBlock = """
            INVESTIGATING, 360700, head,          handed over
            RECEIVED,      360700, head,          handed over
            INVESTIGATING, 360700, officer,       NOT_YOURS
            INVESTIGATING, 360700, neighbourhead, NOT_YOURS
            DECIDED,       360700, head,          not-transferable
            INVESTIGATING, 360400, head,          BAD_INPUT
            """)
    void aCaseIsHandedToAnotherAuthorityBeforeItsDecision(CaseState state, String region, String who, String outcome) {
        CaseActor actor = switch (who) {
            case "head" -> HEAD;
            case "neighbourhead" -> new CaseActor("head-zhang", true, false, false, false, false);
            default -> OFFICER;
        };
        CaseFile file = new CaseFile(penalty(state), RULES);
        if (outcome.equals("handed over")) {
            CaseStep step = file.transferJurisdiction(region, "侵权行为发生地在赣州", actor);
            assertThat(step.changes()).containsExactly(new CaseChange.JurisdictionTransferred("360400", region));
            assertThat(step.events()).containsExactly(CaseEventType.JURISDICTION_TRANSFERRED);
        } else {
            assertThatThrownBy(() -> file.transferJurisdiction(region, "侵权行为发生地在赣州", actor)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    /** A suit over a ruling is recorded within its window; the court's judgment decides whether the ruling stands. */
    @Test
    void aRulingSuedOverIsDecidedByTheCourt() {
        CaseSnapshot served = decided(CaseTrack.INFRINGEMENT_RULING, CaseState.SERVED, DecisionKind.RULING, true);
        // served 3 days ago, window ends TODAY + 12
        assertThat(new CaseFile(served, RULES).act(CaseAction.RECORD_LAWSUIT, ActionInput.because("起诉"), OFFICER, TODAY.plusDays(12)).get(0).events())
                .containsExactly(CaseEventType.LAWSUIT_FILED);
        assertThatThrownBy(() -> new CaseFile(served, RULES).act(CaseAction.RECORD_LAWSUIT, ActionInput.because("起诉"), OFFICER, TODAY.plusDays(13)))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("appeal-window-closed"));
        CaseSnapshot sued = decided(CaseTrack.INFRINGEMENT_RULING, CaseState.UNDER_LITIGATION, DecisionKind.RULING, true);
        assertThat(act(sued, CaseAction.RECORD_RULING_UPHELD, ActionInput.because("驳回诉讼请求"), OFFICER).get(0).changes())
                .containsExactly(new CaseChange.Effective(TODAY, null));
        assertThat(act(sued, CaseAction.RECORD_RULING_OVERTURNED, ActionInput.because("撤销裁决"), OFFICER).get(0).changes())
                .containsExactly(new CaseChange.Revoked(TODAY, "撤销裁决"), new CaseChange.PublicationWithdrawn("撤销裁决"));
        assertThatThrownBy(() -> act(sued, CaseAction.RECORD_NON_PERFORMANCE, ActionInput.because("拒不履行"), OFFICER))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.NOT_NOW));
    }

    /** The head decides a penalty (行政处罚法 Art. 57); on the spot (simplified procedure) the officers do, and rulings are the officers' too. */
    @ParameterizedTest(name = "{0} {1} decision by {2}: {3}")
    @CsvSource(textBlock = """
            ADMINISTRATIVE_PENALTY, ORDINARY,   officer, NOT_YOURS
            ADMINISTRATIVE_PENALTY, ORDINARY,   head,
            ADMINISTRATIVE_PENALTY, SIMPLIFIED, officer,
            INFRINGEMENT_RULING,    ORDINARY,   officer,
            """)
    void theHeadIssuesAnOrdinaryPenaltyDecision(CaseTrack track, Procedure procedure, String who, CaseRefusal.Kind refusal) {
        CaseSnapshot c = new CaseSnapshot(track, procedure, CaseState.INVESTIGATING, "360400", FIGURES, List.of("officer-li"), true, "浔市监知罚〔2026〕7号",
                CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null, null, NOTICE_WAIVED, List.of());
        DecisionDraft draft = new DecisionDraft(null, true, false, null, "停止侵权", track == CaseTrack.INFRINGEMENT_RULING ? null : new BigDecimal("200"),
                null, null, null);
        ActionInput in = new ActionInput(null, draft, null, null, null, null, null, null);
        CaseActor actor = who.equals("head") ? HEAD : OFFICER;
        if (refusal == null) {
            assertThat(act(c, CaseAction.ISSUE_DECISION, in, actor).get(0).after()).isEqualTo(CaseState.DECIDED);
        } else {
            assertThatThrownBy(() -> act(c, CaseAction.ISSUE_DECISION, in, actor)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.kind()).isEqualTo(refusal));
        }
    }

    /** an effective penalty of 5,000 served on 1 March 2026 (so payable until 16 March), with the demand as given */
    static CaseSnapshot effectiveFine(LocalDate demandedOn) {
        LocalDate served = LocalDate.of(2026, 3, 1);
        return new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.ORDINARY, CaseState.EFFECTIVE, "360400", FIGURES, List.of("officer-li"), true,
                "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, DecisionKind.PENALTY, true, false, new BigDecimal("5000"), "浔市监知罚决〔2026〕7号",
                served.minusDays(2), served, served, null, null, NOTICE_WAIVED, List.of(new CaseSnapshot.Respondent("91350100M000100Y43", false, served,
                        served.plusDays(15), demandedOn, demandedOn == null ? null : demandedOn.plusDays(10), null, false)));
    }

    /**
     * 行政处罚法 Art. 67: 15 days to pay; then the formal demand (行政强制法 Arts. 35, 54: ten days); only after that is refusal
     * to perform recorded (docs/domain.md, "Performance").
     */
    @ParameterizedTest(name = "{0} on {2}, demanded {1}: {3}")
    @CsvSource(textBlock = """
            # action,               demanded on, today,      outcome
            DEMAND_PERFORMANCE,     ,            2026-03-16, payment-period-running
            DEMAND_PERFORMANCE,     ,            2026-03-17, 2026-03-27
            DEMAND_PERFORMANCE,     2026-03-17,  2026-03-20, already-demanded
            RECORD_NON_PERFORMANCE, ,            2026-03-02, demand-required
            RECORD_NON_PERFORMANCE, ,            2026-05-30, demand-required
            RECORD_NON_PERFORMANCE, 2026-03-17,  2026-03-27, demand-period-running
            RECORD_NON_PERFORMANCE, 2026-03-17,  2026-03-28, NOT_PERFORMED
            RECORD_PERFORMANCE,     ,            2026-03-02, PERFORMED
            RECORD_PERFORMANCE,     2026-03-17,  2026-03-28, PERFORMED
            """)
    void refusalToPerformFollowsThePaymentPeriodAndADemand(CaseAction action, LocalDate demandedOn, LocalDate today, String outcome) {
        CaseFile file = new CaseFile(effectiveFine(demandedOn), RULES);
        ActionInput in = ActionInput.because("逾期未缴纳罚款");
        if (Character.isDigit(outcome.charAt(0))) {
            // demanded: the outcome is the last day the demand gives
            List<CaseStep> steps = file.act(action, in, OFFICER, today);
            assertThat(steps.get(0).changes()).containsExactly(new CaseChange.Demanded("91350100M000100Y43", today, LocalDate.parse(outcome)));
            assertThat(steps.get(0).events()).containsExactly(CaseEventType.PERFORMANCE_DEMANDED);
            assertThat(steps.get(0).after()).isEqualTo(CaseState.EFFECTIVE);
        } else if (outcome.contains("-")) {
            // refused: the outcome is the rule
            assertThatThrownBy(() -> file.act(action, in, OFFICER, today)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.rule()).isEqualTo(outcome));
        } else {
            assertThat(file.act(action, in, OFFICER, today).get(0).after()).isEqualTo(CaseState.valueOf(outcome));
        }
    }

    /** A demand served earlier may be recorded later, but never dated inside the payment period or in the future. */
    @Test
    void aDemandIsDatedByItsService() {
        CaseFile file = new CaseFile(effectiveFine(null), RULES);
        LocalDate today = LocalDate.of(2026, 3, 25);
        assertThat(file.act(CaseAction.DEMAND_PERFORMANCE, new ActionInput(null, null, LocalDate.of(2026, 3, 18), null, null, null, null, null), OFFICER, today)
                .get(0).changes()).containsExactly(new CaseChange.Demanded("91350100M000100Y43", LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 28)));
        assertThatThrownBy(() -> file.act(CaseAction.DEMAND_PERFORMANCE, new ActionInput(null, null, LocalDate.of(2026, 3, 16), null, null, null, null, null),
                OFFICER, today)).isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("payment-period-running"));
        assertThatThrownBy(() -> file.act(CaseAction.DEMAND_PERFORMANCE, new ActionInput(null, null, today.plusDays(1), null, null, null, null, null),
                OFFICER, today)).isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.field()).isEqualTo("servedOn"));
    }

    /** A decision that found no infringement orders nothing, so nothing is demanded. */
    @Test
    void nothingIsDemandedOfADecisionThatFoundNoInfringement() {
        CaseSnapshot cleared = decided(CaseTrack.ADMINISTRATIVE_PENALTY, CaseState.EFFECTIVE, DecisionKind.PENALTY, false);
        assertThatThrownBy(() -> act(cleared, CaseAction.DEMAND_PERFORMANCE, ActionInput.NONE, OFFICER))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo("nothing-to-perform"));
    }

    /**
     * How long a published decision stays on display (SAMR's display periods, docs/domain.md "Publication and display"):
     * a major decision 3 years, a fine within the bureau's 较低数额 (10,000 here) 3 months, any other 1 year; counted from
     * the day of publication to the same calendar day, a month end where that month is shorter.
     */
    @ParameterizedTest(name = "major {0}, fine {1}: {2}, published {3} → on display until {4}")
    @CsvSource(textBlock = """
            false, 5000,   MINOR,    2026-03-02, 2026-06-02
            false, 10000,  MINOR,    2026-11-30, 2027-02-28
            false, 10001,  MODERATE, 2026-03-02, 2027-03-02
            false,       , MINOR,    2026-03-02, 2026-06-02
            true,  5000,   SERIOUS,  2028-02-29, 2031-02-28
            true,  150000, SERIOUS,  2026-05-20, 2029-05-20
            """)
    void aPublishedDecisionStaysOnDisplayForItsPeriod(boolean major, BigDecimal fine, DisplayPeriod period, LocalDate publishedOn, LocalDate lastDay) {
        assertThat(RULES.display().periodOf(major, fine)).isEqualTo(period);
        assertThat(period.lastDay(publishedOn)).isEqualTo(lastDay);
    }

    /**
     * 《市场监督管理行政处罚程序规定》 Art. 18: the lead check once, by the head, on a penalty case; Art. 64: past the head's
     * extension, the heads' collective discussion decides and sets the days. A ruling request has neither.
     */
    @ParameterizedTest(name = "{0} {1}, {2} granted, lead check extended {3}, {4} days: {5}")
    @CsvSource(textBlock = """
            # track,                state,         granted, lead check extended, days, outcome
            ADMINISTRATIVE_PENALTY, RECEIVED,      0,       false,               ,     LEAD_CHECK
            ADMINISTRATIVE_PENALTY, RECEIVED,      0,       false,               10,   days
            ADMINISTRATIVE_PENALTY, RECEIVED,      0,       true,                ,     extension-limit
            INFRINGEMENT_RULING,    RECEIVED,      0,       false,               ,     no-lead-check-extension
            ADMINISTRATIVE_PENALTY, INVESTIGATING, 0,       true,                ,     CLOSING
            ADMINISTRATIVE_PENALTY, INVESTIGATING, 0,       false,               30,   days
            ADMINISTRATIVE_PENALTY, INVESTIGATING, 1,       false,               ,     days
            ADMINISTRATIVE_PENALTY, INVESTIGATING, 1,       false,               60,   COLLECTIVE
            ADMINISTRATIVE_PENALTY, INVESTIGATING, 2,       false,               30,   COLLECTIVE
            INFRINGEMENT_RULING,    INVESTIGATING, 1,       false,               ,     extension-limit
            """)
    void theLeadCheckOnceAndTheClosingTermPastTheHeadsExtensionsByCollectiveDiscussion(CaseTrack track, CaseState state, int granted,
            boolean leadCheckExtended, Integer days, String outcome) {
        String caseNumber = state == CaseState.RECEIVED ? null : "浔市监知罚〔2026〕7号";
        CaseFile asked = new CaseFile(withExtensions(track, state, caseNumber, new CaseSnapshot.Extensions(granted, null, leadCheckExtended, 0)), RULES);
        CaseFile pending = new CaseFile(withExtensions(track, state, caseNumber, new CaseSnapshot.Extensions(granted, "案情复杂", leadCheckExtended, 0)),
                RULES);
        if (outcome.equals("no-lead-check-extension") || outcome.equals("extension-limit")) {
            assertThatThrownBy(() -> asked.requestExtension("案情复杂", OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.rule()).isEqualTo(outcome));
        } else if (outcome.equals("days")) {
            assertThat(asked.requestExtension("案情复杂", OFFICER).events()).containsExactly(CaseEventType.EXTENSION_REQUESTED);
            assertThatThrownBy(() -> pending.decideExtension(true, "同意", days, HEAD)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.field()).isEqualTo("days"));
        } else {
            assertThat(asked.requestExtension("案情复杂", OFFICER).events()).containsExactly(CaseEventType.EXTENSION_REQUESTED);
            assertThat(pending.decideExtension(true, "集体讨论决定", days, HEAD).changes())
                    .containsExactly(new CaseChange.ExtensionDecided(true, ExtensionKind.valueOf(outcome), days == null ? 0 : days));
        }
    }

    /**
     * 行政处罚法 Arts. 44–45, 63–64: the party is told of the intended penalty and may state its case and ask for a hearing;
     * the head decides after those periods (here 3 and 7 days from the notice) or at once when the party waived them.
     */
    @ParameterizedTest(name = "notice {0}, waived {1}, decided on {2}: {3}")
    @CsvSource(textBlock = """
            # notice served, waived, today,      outcome
            ,                false,  2026-03-02, notice-required
            2026-03-02,      false,  2026-03-05, statement-period-running
            2026-03-02,      false,  2026-03-09, statement-period-running
            2026-03-02,      false,  2026-03-10, DECIDED
            2026-03-02,      true,   2026-03-02, DECIDED
            """)
    void aPenaltyIsDecidedOnceThePartyHadItsSay(LocalDate servedOn, boolean waived, LocalDate today, String outcome) {
        CaseSnapshot.PenaltyNotice notice = servedOn == null ? CaseSnapshot.PenaltyNotice.NONE
                : new CaseSnapshot.PenaltyNotice(servedOn, servedOn.plusDays(3), servedOn.plusDays(7), waived);
        CaseSnapshot c = new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.ORDINARY, CaseState.INVESTIGATING, "360400", FIGURES,
                List.of("officer-li"), true, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null,
                null, notice, List.of());
        ActionInput in = new ActionInput(null, fine("500"), null, null, null, null, null, null);
        if (outcome.equals("DECIDED")) {
            assertThat(new CaseFile(c, RULES).act(CaseAction.ISSUE_DECISION, in, HEAD, today).get(0).after()).isEqualTo(CaseState.DECIDED);
        } else {
            assertThatThrownBy(() -> new CaseFile(c, RULES).act(CaseAction.ISSUE_DECISION, in, HEAD, today)).isInstanceOfSatisfying(
                    CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo(outcome));
        }
    }

    /**
     * 行政处罚法 Art. 64: a hearing is asked for within its period after the notice (here 7 days); the case then waits for it,
     * its clock paused (docs/domain.md, "Pauses of the clock").
     */
    @ParameterizedTest(name = "notice {0}, waived {1}, asked on {2}: {3}")
    @CsvSource(textBlock = """
            # notice served, waived, today,      outcome
            ,                false,  2026-03-02, notice-required
            2026-03-02,      true,   2026-03-03, notice-required
            2026-03-02,      false,  2026-03-02, SUSPENDED
            2026-03-02,      false,  2026-03-09, SUSPENDED
            2026-03-02,      false,  2026-03-10, hearing-request-period-over
            """)
    void aHearingIsAskedForWithinItsPeriodAndPausesTheCase(LocalDate servedOn, boolean waived, LocalDate today, String outcome) {
        CaseSnapshot.PenaltyNotice notice = servedOn == null ? CaseSnapshot.PenaltyNotice.NONE
                : new CaseSnapshot.PenaltyNotice(servedOn, servedOn.plusDays(3), servedOn.plusDays(7), waived);
        CaseSnapshot c = new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.ORDINARY, CaseState.INVESTIGATING, "360400", FIGURES,
                List.of("officer-li"), true, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null,
                null, notice, List.of());
        if (outcome.equals("SUSPENDED")) {
            CaseStep step = new CaseFile(c, RULES).act(CaseAction.RECORD_HEARING_REQUEST, ActionInput.NONE, OFFICER, today).get(0);
            assertThat(step.after()).isEqualTo(CaseState.SUSPENDED);
            assertThat(step.changes()).containsExactly(new CaseChange.PauseOpened(PauseReason.HEARING, today));
            assertThat(step.events()).containsExactly(CaseEventType.HEARING_REQUESTED);
        } else {
            assertThatThrownBy(() -> new CaseFile(c, RULES).act(CaseAction.RECORD_HEARING_REQUEST, ActionInput.NONE, OFFICER, today))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo(outcome));
        }
    }

    /** The notice is the case's own officers', after the investigation and before the decision, in an ordinary penalty case. */
    @ParameterizedTest(name = "{0} {1} {2}, by {3}: {4}")
    @CsvSource(textBlock = """
            ADMINISTRATIVE_PENALTY, ORDINARY,   INVESTIGATING,   officer,   noticed
            ADMINISTRATIVE_PENALTY, ORDINARY,   REVIEW_APPROVED, head,      noticed
            ADMINISTRATIVE_PENALTY, ORDINARY,   RECEIVED,        officer,   NOT_NOW
            ADMINISTRATIVE_PENALTY, ORDINARY,   DECIDED,         officer,   NOT_NOW
            ADMINISTRATIVE_PENALTY, SIMPLIFIED, INVESTIGATING,   officer,   notice-not-applicable
            INFRINGEMENT_RULING,    ORDINARY,   INVESTIGATING,   officer,   notice-not-applicable
            ADMINISTRATIVE_PENALTY, ORDINARY,   INVESTIGATING,   reviewer,  NOT_YOURS
            ADMINISTRATIVE_PENALTY, ORDINARY,   INVESTIGATING,   neighbour, NOT_YOURS
            """)
    void theNoticeOfAnIntendedPenalty(CaseTrack track, Procedure procedure, CaseState state, String who, String outcome) {
        CaseActor actor = switch (who) {
            case "head" -> HEAD;
            case "reviewer" -> REVIEWER;
            case "neighbour" -> new CaseActor("officer-he", false, false, true, false, false);
            default -> OFFICER;
        };
        CaseSnapshot c = new CaseSnapshot(track, procedure, state, "360400", FIGURES, List.of("officer-li"), true, "浔市监知罚〔2026〕7号",
                CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null, null, null, null, CaseSnapshot.PenaltyNotice.NONE, List.of());
        CaseFile file = new CaseFile(c, RULES);
        if (outcome.equals("noticed")) {
            assertThat(file.notifyIntendedPenalty(TODAY, false, actor, TODAY).changes())
                    .containsExactly(new CaseChange.PenaltyNoticed(TODAY, TODAY.plusDays(3), TODAY.plusDays(7), false));
        } else {
            assertThatThrownBy(() -> file.notifyIntendedPenalty(TODAY, false, actor, TODAY)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
        assertThatThrownBy(() -> new CaseFile(penalty(CaseState.INVESTIGATING), RULES).notifyIntendedPenalty(TODAY.plusDays(1), false, OFFICER, TODAY))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.field()).isEqualTo("servedOn"));
    }

    /** a penalty decided on the day before, against a company that agreed to electronic service and a person who did not */
    static CaseSnapshot decidedAgainstTwo(LocalDate companyServedOn) {
        return new CaseSnapshot(CaseTrack.ADMINISTRATIVE_PENALTY, Procedure.ORDINARY, CaseState.DECIDED, "360400", FIGURES, List.of("officer-li"),
                false, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, DecisionKind.PENALTY, true, false, new BigDecimal("5000"),
                "浔市监知罚决〔2026〕7号", TODAY.minusDays(1), null, null, null, null, NOTICE_WAIVED,
                List.of(new CaseSnapshot.Respondent("91350100M000100Y43", true, companyServedOn),
                        new CaseSnapshot.Respondent("11010519491231002X", false, null)));
    }

    /**
     * 行政处罚法 Art. 61: each respondent is served by its own delivery, electronically only with its consent; the decision is
     * served once it reached every respondent, on the last day (docs/domain.md, "Service of a decision").
     */
    @ParameterizedTest(name = "company served {0}; serve {1} {2}: {3}")
    @CsvSource(textBlock = """
            # company served on, respondent,         method,     outcome
            ,                    91350100M000100Y43, ELECTRONIC, DECIDED
            ,                    11010519491231002X, ELECTRONIC, no-e-service-consent
            ,                    11010519491231002X, POST,       DECIDED
            ,                    ,                   IN_PERSON,  EFFECTIVE
            ,                    ,                   ELECTRONIC, no-e-service-consent
            2026-02-28,          11010519491231002X, POST,       EFFECTIVE
            2026-02-28,          91350100M000100Y43, POST,       already-served
            ,                    91350100M000100Y99, POST,       subjectId
            """)
    void eachRespondentIsServedAndTheDecisionOnceAllAre(LocalDate companyServedOn, String respondent, ServiceMethod method, String outcome) {
        CaseFile file = new CaseFile(decidedAgainstTwo(companyServedOn), RULES);
        ActionInput in = new ActionInput(null, null, TODAY, null, null, null, respondent, method);
        if (outcome.equals("DECIDED") || outcome.equals("EFFECTIVE")) {
            List<CaseStep> steps = file.act(CaseAction.SERVE, in, OFFICER, TODAY);
            assertThat(steps.get(steps.size() - 1).after()).isEqualTo(CaseState.valueOf(outcome));
            // a penalty is in force for the respondent from its service: its fine's payment period runs from then
            assertThat(steps.get(0).changes()).contains(new CaseChange.RespondentServed(respondent != null ? respondent : "11010519491231002X",
                    TODAY, method, RULES.periods().paymentDue(TODAY)));
            if (outcome.equals("EFFECTIVE")) {
                // served today on the last respondent: the decision's own service is today
                assertThat(steps.get(0).changes()).contains(new CaseChange.Served(TODAY, TODAY));
                assertThat(steps.get(0).events()).containsExactly(CaseEventType.DECISION_SERVED);
            } else {
                assertThat(steps).singleElement().satisfies(s -> assertThat(s.events()).isEmpty());
            }
        } else {
            assertThatThrownBy(() -> file.act(CaseAction.SERVE, in, OFFICER, TODAY)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(outcome).isIn(r.rule(), r.field()));
        }
    }

    /**
     * Two respondents of an effective fine, each served 30 days ago, each with its payment period over, demanded of 12 days ago
     * with a demand that ran out 2 days ago; the company ({@code company}) stands as the row says.
     */
    static CaseSnapshot effectiveAgainstTwo(String company) {
        CaseSnapshot c = decidedAgainstTwo(TODAY.minusDays(30));
        LocalDate served = TODAY.minusDays(30);
        CaseSnapshot.Respondent owing = new CaseSnapshot.Respondent("11010519491231002X", false, served, TODAY.minusDays(15), TODAY.minusDays(12),
                TODAY.minusDays(2), null, false);
        CaseSnapshot.Respondent companyStands = switch (company) {
            case "performed" -> new CaseSnapshot.Respondent("91350100M000100Y43", true, served, TODAY.minusDays(15), null, null, TODAY.minusDays(20), false);
            case "refused" -> new CaseSnapshot.Respondent("91350100M000100Y43", true, served, TODAY.minusDays(15), TODAY.minusDays(12), TODAY.minusDays(2),
                    null, true);
            case "undemanded" -> new CaseSnapshot.Respondent("91350100M000100Y43", true, TODAY.minusDays(10), TODAY.plusDays(5), null, null, null, false);
            default -> new CaseSnapshot.Respondent("91350100M000100Y43", true, served, TODAY.minusDays(15), TODAY.minusDays(12), TODAY.minusDays(2), null,
                    false);
        };
        return new CaseSnapshot(c.track(), c.procedure(), "refused".equals(company) ? CaseState.NOT_PERFORMED : CaseState.EFFECTIVE, c.region(),
                c.figures(), c.handlingOfficers(), false, c.caseNumber(), c.extensions(), c.decisionKind(), true, false, c.fine(), c.decisionNumber(),
                c.decidedOn(), TODAY.minusDays(10), TODAY.minusDays(10), null, null, NOTICE_WAIVED, List.of(companyStands, owing));
    }

    /** A refusal to perform is recorded for the respondent that refused, or for every one; never for a stranger. */
    @ParameterizedTest(name = "refused by {0}: {1}")
    @CsvSource(textBlock = """
            11010519491231002X, 11010519491231002X
            ,                   
            91350100M000100Y99, subjectId
            """)
    void aRefusalIsRecordedForTheRespondentThatRefused(String respondent, String outcome) {
        CaseSnapshot effective = effectiveAgainstTwo("owing");
        ActionInput in = new ActionInput("拒不缴纳罚款", null, null, null, null, null, respondent, null);
        if ("subjectId".equals(outcome)) {
            assertThatThrownBy(() -> act(effective, CaseAction.RECORD_NON_PERFORMANCE, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(r.field()).isEqualTo("subjectId"));
        } else {
            assertThat(act(effective, CaseAction.RECORD_NON_PERFORMANCE, in, OFFICER).get(0).changes())
                    .containsExactly(new CaseChange.NotPerformed("拒不缴纳罚款", outcome));
        }
    }

    /**
     * Each respondent owes the decision on its own (docs/domain.md, "Performance"): its payment period runs from its own
     * service, a demand is made of it and its refusal recorded once its demand ran out; the decision is performed once every
     * respondent has performed it. Outcome: the state after, the respondent the step concerns after "/", or the rule refused.
     */
    @ParameterizedTest(name = "company {0}; {1} by {2}: {3}")
    @CsvSource(textBlock = """
            # company,    action,                 respondent,         outcome
            owing,        RECORD_PERFORMANCE,     91350100M000100Y43, EFFECTIVE/91350100M000100Y43
            owing,        RECORD_PERFORMANCE,     ,                   PERFORMED/
            performed,    RECORD_PERFORMANCE,     11010519491231002X, PERFORMED/11010519491231002X
            performed,    RECORD_PERFORMANCE,     ,                   PERFORMED/11010519491231002X
            performed,    RECORD_PERFORMANCE,     91350100M000100Y43, already-performed
            performed,    RECORD_NON_PERFORMANCE, ,                   NOT_PERFORMED/11010519491231002X
            performed,    RECORD_NON_PERFORMANCE, 91350100M000100Y43, already-performed
            performed,    DEMAND_PERFORMANCE,     ,                   already-demanded
            refused,      RECORD_NON_PERFORMANCE, 91350100M000100Y43, already-recorded
            refused,      RECORD_NON_PERFORMANCE, ,                   NOT_PERFORMED/11010519491231002X
            refused,      RECORD_PERFORMANCE,     91350100M000100Y43, NOT_PERFORMED/91350100M000100Y43
            refused,      RECORD_PERFORMANCE,     ,                   PERFORMED/
            undemanded,   RECORD_NON_PERFORMANCE, ,                   demand-required
            undemanded,   RECORD_NON_PERFORMANCE, 11010519491231002X, NOT_PERFORMED/11010519491231002X
            undemanded,   DEMAND_PERFORMANCE,     91350100M000100Y43, payment-period-running
            undemanded,   DEMAND_PERFORMANCE,     ,                   payment-period-running
            undemanded,   DEMAND_PERFORMANCE,     11010519491231002X, already-demanded
            """)
    void eachRespondentOwesTheDecisionOnItsOwn(String company, CaseAction action, String respondent, String outcome) {
        CaseSnapshot c = effectiveAgainstTwo(company);
        ActionInput in = new ActionInput("逾期未缴纳罚款", null, null, null, null, null, respondent, null);
        if (outcome.contains("/")) {
            List<CaseStep> steps = act(c, action, in, OFFICER);
            String concerned = outcome.substring(outcome.indexOf('/') + 1);
            assertThat(steps.get(0).after()).isEqualTo(CaseState.valueOf(outcome.substring(0, outcome.indexOf('/'))));
            assertThat(steps.get(0).respondent()).isEqualTo(concerned.isEmpty() ? null : concerned);
        } else {
            assertThatThrownBy(() -> act(c, action, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo(outcome));
        }
    }

    /** Allowed actions leave out a demand or a refusal that concerns no respondent any more. */
    @Test
    void performanceStepsAreOfferedWhileARespondentIsLeftForThem() {
        assertThat(effectiveAgainstTwo("owing").concernsARespondent(CaseAction.DEMAND_PERFORMANCE)).isFalse();
        assertThat(effectiveAgainstTwo("owing").concernsARespondent(CaseAction.RECORD_NON_PERFORMANCE)).isTrue();
        assertThat(effectiveAgainstTwo("undemanded").concernsARespondent(CaseAction.DEMAND_PERFORMANCE)).isTrue();
        assertThat(effectiveAgainstTwo("refused").concernsARespondent(CaseAction.RECORD_NON_PERFORMANCE)).isTrue();
        assertThat(effectiveAgainstTwo("performed").concernsARespondent(CaseAction.CLOSE)).isTrue();
    }

    /**
     * Compensation mediation inside a penalty case (docs/domain.md, "Compensation mediation"): for trademarks and patents,
     * between the right holder and the infringer; the case keeps its state and its closing clock runs on.
     */
    @ParameterizedTest(name = "{0} {1} case in {2}, complainant {3}: {4}")
    @CsvSource(textBlock = """
            # track,                ip kind,              state,           complainant, outcome
            ADMINISTRATIVE_PENALTY, TRADEMARK,            INVESTIGATING,   true,        INVESTIGATING
            ADMINISTRATIVE_PENALTY, PATENT_UTILITY_MODEL, INVESTIGATING,   true,        INVESTIGATING
            ADMINISTRATIVE_PENALTY, TRADEMARK,            EFFECTIVE,       true,        EFFECTIVE
            ADMINISTRATIVE_PENALTY, TRADEMARK,            DECIDED,         true,        DECIDED
            ADMINISTRATIVE_PENALTY, COPYRIGHT,            INVESTIGATING,   true,        compensation-mediation-not-provided
            ADMINISTRATIVE_PENALTY, GEOGRAPHICAL_INDICATION, INVESTIGATING, true,       compensation-mediation-not-provided
            ADMINISTRATIVE_PENALTY, TRADEMARK,            INVESTIGATING,   false,       no-right-holder
            ADMINISTRATIVE_PENALTY, TRADEMARK,            RECEIVED,        true,        NOT_NOW
            ADMINISTRATIVE_PENALTY, TRADEMARK,            CLOSED,          true,        NOT_NOW
            INFRINGEMENT_RULING,    PATENT_INVENTION,     INVESTIGATING,   true,        NOT_NOW
            """)
    void compensationIsMediatedBesideThePenalty(CaseTrack track, io.ipcase.kit.parties.IpKind ipKind, CaseState state, boolean complainant,
            String outcome) {
        CaseSnapshot c = new CaseSnapshot(track, Procedure.ORDINARY, state, "360400", new CaseFigures(ipKind, new BigDecimal("8000"), null, null, null),
                List.of("officer-li", "officer-sun"), true, "浔市监知罚〔2026〕7号", CaseSnapshot.Extensions.NONE, null, null, null, null, null, null, null,
                null, null, null, NOTICE_WAIVED, List.of(), complainant);
        ActionInput in = ActionInput.because("双方请求就赔偿数额调解");
        if (outcome.equals(state.name())) {
            CaseStep step = act(c, CaseAction.REFER_COMPENSATION_TO_MEDIATION, in, OFFICER).get(0);
            assertThat(step.after()).isEqualTo(state);
            // the penalty's clock is not paused
            assertThat(step.changes()).noneMatch(change -> change instanceof CaseChange.PauseOpened);
            assertThat(step.events()).containsExactly(CaseEventType.COMPENSATION_REFERRED_TO_MEDIATION);
            assertThat(new CaseFile(c, RULES).allowedActions()).contains(CaseAction.REFER_COMPENSATION_TO_MEDIATION);
        } else {
            assertThatThrownBy(() -> act(c, CaseAction.REFER_COMPENSATION_TO_MEDIATION, in, OFFICER)).isInstanceOfSatisfying(CaseRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }
}
