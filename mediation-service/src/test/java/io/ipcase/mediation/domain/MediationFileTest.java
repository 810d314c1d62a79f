package io.ipcase.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mediation rules without a container (docs/domain.md, "Mediation"): who takes which step, the one extension with
 * consent, the agreement's signatures and terms, the joint application within its window, the court's one extension.
 */
class MediationFileTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate OPENED = LocalDate.of(2026, 12, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final Instant NOW = TODAY.atTime(10, 0).atZone(CHINA).toInstant();

    /** periods as plain day counts, enough for the rules (the calendar's own tests count working days) */
    static final MediationPeriods PERIODS = new MediationPeriods() {
        @Override
        public LocalDate due(MediationKind kind, LocalDate openedOn) {
            return kind == MediationKind.PEOPLES ? openedOn.plusMonths(1) : openedOn.plusMonths(2);
        }

        @Override
        public LocalDate extendedDue(MediationKind kind, LocalDate openedOn) {
            return openedOn.plusMonths(2);
        }

        @Override
        public LocalDate confirmationDeadline(LocalDate agreementEffectiveOn) {
            return agreementEffectiveOn.plusDays(30);
        }

        @Override
        public LocalDate courtAcceptanceDue(LocalDate requestedOn) {
            return requestedOn.plusDays(3);
        }

        @Override
        public LocalDate courtDecisionDue(LocalDate acceptedOn, boolean extended) {
            return acceptedOn.plusDays(extended ? 25 : 15);
        }

        @Override
        public LocalDate enforcementApplicationDeadline(LocalDate lastTermDeadline) {
            return lastTermDeadline.plusYears(2);
        }
    };

    static MediationActor actor(String who) {
        return switch (who) {
            case "system" -> MediationActor.system("expiry-watch");
            case "offered" -> new MediationActor("mediator-chen", false, true, false, false, false, false);
            case "mediator" -> new MediationActor("mediator-chen", false, false, true, false, false, false);
            case "other-mediator" -> new MediationActor("mediator-lin", false, false, false, false, false, false);
            case "admin" -> new MediationActor("admin-zhou", false, false, false, true, true, false);
            case "court" -> new MediationActor("court-jiujiang", false, false, false, false, false, true);
            default -> throw new IllegalArgumentException(who);
        };
    }

    static MediationSnapshot mediation(MediationState state, boolean extended, boolean sessionHeld, boolean courtExtended) {
        return mediation(state, extended, sessionHeld, courtExtended, null, TODAY.minusDays(3));
    }

    static MediationSnapshot mediation(MediationState state, boolean extended, boolean sessionHeld, boolean courtExtended, LocalDate confirmedOn,
            LocalDate lastTermDeadline) {
        return new MediationSnapshot(state, MediationKind.PEOPLES, OPENED, OPENED.atStartOfDay(CHINA).toInstant(), OPENED.plusMonths(1), extended,
                state.ordinal() >= MediationState.AGREEMENT_REACHED.ordinal() ? TODAY.minusDays(5) : null, TODAY.minusDays(2), TODAY.plusDays(13), courtExtended,
                List.of(new MediationSnapshot.Session(1, sessionHeld)),
                List.of(new MediationSnapshot.Party("九江某茶业有限公司", true), new MediationSnapshot.Party("张三丰", false)), confirmedOn, lastTermDeadline);
    }

    /** outcome: the state after, or the refusal (its kind, or the rule it names) */
    @ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
    @CsvSource(textBlock = """
            # state,                action,               who,            outcome
            REQUESTED,              ACCEPT,               offered,        ASSIGNED
            REQUESTED,              ACCEPT,               other-mediator, NOT_YOURS
            REQUESTED,              DECLINE,              offered,        REQUESTED
            ASSIGNED,               SCHEDULE_SESSION,     mediator,       IN_PROGRESS
            ASSIGNED,               SCHEDULE_SESSION,     other-mediator, NOT_YOURS
            IN_PROGRESS,            EXPIRE,               mediator,       NOT_YOURS
            IN_PROGRESS,            EXPIRE,               system,         EXPIRED
            IN_PROGRESS,            FAIL,                 mediator,       FAILED
            IN_PROGRESS,            WITHDRAW,             admin,          WITHDRAWN
            IN_PROGRESS,            CONFIRM,              court,          NOT_NOW
            AGREEMENT_REACHED,               REQUEST_CONFIRMATION, mediator,       CONFIRMATION_REQUESTED
            AGREEMENT_REACHED,               REQUEST_CONFIRMATION, court,          NOT_YOURS
            CONFIRMATION_REQUESTED, ACCEPT_CONFIRMATION,  court,          CONFIRMATION_ACCEPTED
            CONFIRMATION_REQUESTED, ACCEPT_CONFIRMATION,  mediator,       NOT_YOURS
            CONFIRMATION_ACCEPTED,  CONFIRM,              court,          CONFIRMED
            CONFIRMED,              RECORD_PERFORMANCE,   court,          PERFORMED
            CONFIRMED,              RECORD_NON_PERFORMANCE, mediator,     NOT_PERFORMED
            """)
    void whoMayTakeWhichStep(MediationState state, MediationAction action, String who, String outcome) {
        MediationInput in = new MediationInput("理由", null, NOW.plusSeconds(3600), 1, null, "笔录", true, null, "九江市中级人民法院", true, "(2026)赣04民特1号",
                null);
        MediationFile file = new MediationFile(mediation(state, false, true, false), PERIODS);
        boolean refused = outcome.contains("-") || java.util.Arrays.stream(MediationRefusal.Kind.values()).anyMatch(k -> k.name().equals(outcome));
        if (!refused) {
            assertThat(file.act(action, in, actor(who), TODAY, NOW).after()).isEqualTo(MediationState.valueOf(outcome));
        } else {
            assertThatThrownBy(() -> file.act(action, in, actor(who), TODAY, NOW)).isInstanceOfSatisfying(MediationRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    /**
     * A confirmed agreement not performed goes to the court's enforcement: the court records the application — only for a
     * confirmed agreement, within two years of its last day of performance — and how enforcement ended.
     */
    @ParameterizedTest(name = "{0} --{1} by {2}, confirmed {3}, last term {4}, applied {5}--> {6}")
    @CsvSource(textBlock = """
            # state,             action,                who,      confirmed,  last term,  applied on, outcome
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    2026-11-20, 2026-12-01, ,           ENFORCEMENT_APPLIED
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    ,           2026-12-01, ,           not-confirmed
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, mediator, 2026-11-20, 2026-12-01, ,           NOT_YOURS
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    2024-11-20, 2024-12-10, ,           ENFORCEMENT_APPLIED
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    2024-11-20, 2024-12-09, ,           enforcement-period-over
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    2024-11-20, 2024-12-09, 2026-12-09, ENFORCEMENT_APPLIED
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    2026-11-20, 2026-12-01, 2026-11-19, BAD_INPUT
            NOT_PERFORMED,       APPLY_FOR_ENFORCEMENT, court,    2026-11-20, 2026-12-01, 2026-12-11, BAD_INPUT
            ENFORCEMENT_APPLIED, RECORD_ENFORCED,       court,    2026-11-20, 2026-12-01, ,           ENFORCED
            ENFORCEMENT_APPLIED, END_ENFORCEMENT,       court,    2026-11-20, 2026-12-01, ,           ENFORCEMENT_ENDED
            ENFORCEMENT_APPLIED, END_ENFORCEMENT,       mediator, 2026-11-20, 2026-12-01, ,           NOT_YOURS
            ENFORCEMENT_APPLIED, APPLY_FOR_ENFORCEMENT, court,    2026-11-20, 2026-12-01, ,           NOT_NOW
            CONFIRMED,           APPLY_FOR_ENFORCEMENT, court,    2026-11-20, 2026-12-01, ,           NOT_NOW
            ENFORCED,            END_ENFORCEMENT,       court,    2026-11-20, 2026-12-01, ,           NOT_NOW
            """)
    void aConfirmedAgreementNotPerformedIsEnforcedByTheCourt(MediationState state, MediationAction action, String who, LocalDate confirmedOn,
            LocalDate lastTerm, LocalDate appliedOn, String outcome) {
        MediationInput in = new MediationInput("被执行人无可供执行的财产", null, null, null, null, null, null, null, null, null, "(2026)赣0402执211号",
                appliedOn);
        MediationFile file = new MediationFile(mediation(state, false, true, false, confirmedOn, lastTerm), PERIODS);
        boolean refused = outcome.contains("-") || java.util.Arrays.stream(MediationRefusal.Kind.values()).anyMatch(k -> k.name().equals(outcome));
        if (!refused) {
            MediationStep step = file.act(action, in, actor(who), TODAY, NOW);
            assertThat(step.after()).isEqualTo(MediationState.valueOf(outcome));
            if (action == MediationAction.APPLY_FOR_ENFORCEMENT) {
                assertThat(step.changes()).containsExactly(new MediationChange.EnforcementApplied("(2026)赣0402执211号", appliedOn == null ? TODAY : appliedOn));
            } else {
                assertThat(step.changes()).containsExactly(new MediationChange.EnforcementConcluded(TODAY));
            }
        } else {
            assertThatThrownBy(() -> file.act(action, in, actor(who), TODAY, NOW)).isInstanceOfSatisfying(MediationRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    /** Enforcement is offered only for an agreement the court confirmed. */
    @Test
    void enforcementIsOfferedOnlyForAConfirmedAgreement() {
        assertThat(new MediationFile(mediation(MediationState.NOT_PERFORMED, false, true, false, TODAY.minusDays(20), TODAY), PERIODS).allowedActions())
                .containsExactly(MediationAction.APPLY_FOR_ENFORCEMENT);
        assertThat(new MediationFile(mediation(MediationState.NOT_PERFORMED, false, true, false, null, TODAY), PERIODS).allowedActions()).isEmpty();
        assertThatThrownBy(() -> new MediationFile(mediation(MediationState.NOT_PERFORMED, false, true, false, null, TODAY), PERIODS)
                .act(MediationAction.RECORD_ENFORCED, MediationInput.NONE, actor("court"), TODAY, NOW)).isInstanceOfSatisfying(MediationRefusal.class,
                        r -> assertThat(r.kind()).isEqualTo(MediationRefusal.Kind.NOT_NOW));
    }

    /**
     * The parties may ask for a mediator, whom its organisation's administrator offers the dispute, and may object to the
     * assigned one, who stands down (人民调解法 Arts. 19, 23).
     */
    @ParameterizedTest(name = "{0} --{1} by {2}, mediator {3}--> {4}")
    @CsvSource(textBlock = """
            # state,    action,             who,            mediator,       outcome
            REQUESTED,   REQUEST_MEDIATOR,   admin,          fit,            REQUESTED
            REQUESTED,   REQUEST_MEDIATOR,   admin,          other-org,      NOT_YOURS
            REQUESTED,   REQUEST_MEDIATOR,   admin,          not-qualified,  mediator-not-qualified
            REQUESTED,   REQUEST_MEDIATOR,   admin,          none,           BAD_INPUT
            REQUESTED,   REQUEST_MEDIATOR,   offered,        fit,            NOT_YOURS
            ASSIGNED,    REQUEST_MEDIATOR,   admin,          fit,            NOT_NOW
            ASSIGNED,    OBJECT_TO_MEDIATOR, admin,          none,           REQUESTED
            IN_PROGRESS, OBJECT_TO_MEDIATOR, mediator,       none,           REQUESTED
            IN_PROGRESS, OBJECT_TO_MEDIATOR, other-mediator, none,           NOT_YOURS
            IN_PROGRESS, OBJECT_TO_MEDIATOR, court,          none,           NOT_YOURS
            AGREEMENT_REACHED, OBJECT_TO_MEDIATOR, admin,    none,           NOT_NOW
            REQUESTED,   OBJECT_TO_MEDIATOR, admin,          none,           NOT_NOW
            """)
    void thePartiesChooseAndMayObjectToTheirMediator(MediationState state, MediationAction action, String who, String mediator, String outcome) {
        MediationInput.MediatorFacts facts = switch (mediator) {
            case "fit" -> new MediationInput.MediatorFacts("mediator-lin", true, true, true, true, true, true);
            case "other-org" -> new MediationInput.MediatorFacts("mediator-lin", true, false, true, true, true, true);
            case "not-qualified" -> new MediationInput.MediatorFacts("mediator-lin", true, true, true, true, false, true);
            default -> null;
        };
        MediationInput in = new MediationInput("被申请人不接受该调解员", facts, null, null, null, null, null, null, null, null, null, null);
        MediationFile file = new MediationFile(mediation(state, false, true, false), PERIODS);
        boolean refused = outcome.contains("-") || java.util.Arrays.stream(MediationRefusal.Kind.values()).anyMatch(k -> k.name().equals(outcome));
        if (!refused) {
            MediationStep step = file.act(action, in, actor(who), TODAY, NOW);
            assertThat(step.after()).isEqualTo(MediationState.valueOf(outcome));
            if (action == MediationAction.REQUEST_MEDIATOR) {
                assertThat(step.changes()).containsExactly(new MediationChange.MediatorRequested("mediator-lin"));
                assertThat(step.event()).isNull();
            } else {
                // the time limit runs on: nothing but the mediator changes
                assertThat(step.changes()).containsExactly(new MediationChange.MediatorStoodDown(TODAY));
                assertThat(step.event()).isEqualTo(MediationEvent.MEDIATOR_OBJECTED_TO);
            }
        } else {
            assertThatThrownBy(() -> file.act(action, in, actor(who), TODAY, NOW)).isInstanceOfSatisfying(MediationRefusal.class,
                    r -> assertThat(outcome).isIn(r.kind().name(), r.rule()));
        }
    }

    @Test
    void anObjectionNeedsItsGround() {
        assertThatThrownBy(() -> new MediationFile(mediation(MediationState.IN_PROGRESS, false, true, false), PERIODS)
                .act(MediationAction.OBJECT_TO_MEDIATOR, MediationInput.NONE, actor("admin"), TODAY, NOW))
                .isInstanceOfSatisfying(MediationRefusal.class, r -> assertThat(r.field()).isEqualTo("reason"));
    }

    /** The kind and its time limit follow the organisation whose mediator takes the dispute. */
    @Test
    void theOrganisationThatTakesItSetsTheKind() {
        MediationSnapshot administrative = new MediationSnapshot(MediationState.REQUESTED, MediationKind.ADMINISTRATIVE, OPENED,
                OPENED.atStartOfDay(CHINA).toInstant(), OPENED.plusMonths(2), false, null, null, null, false, List.of(), List.of(), null, null);
        MediationInput byACommittee = new MediationInput(null, null, null, null, null, null, null, null, null, null, null, null, MediationKind.PEOPLES);
        assertThat(new MediationFile(administrative, PERIODS).act(MediationAction.ACCEPT, byACommittee, actor("offered"), TODAY, NOW).changes())
                .containsExactly(new MediationChange.Assigned("mediator-chen", TODAY), new MediationChange.Rekinded(MediationKind.PEOPLES, OPENED.plusMonths(1)));
        MediationInput byItsOwnKind = new MediationInput(null, null, null, null, null, null, null, null, null, null, null, null,
                MediationKind.ADMINISTRATIVE);
        assertThat(new MediationFile(administrative, PERIODS).act(MediationAction.ACCEPT, byItsOwnKind, actor("offered"), TODAY, NOW).changes())
                .containsExactly(new MediationChange.Assigned("mediator-chen", TODAY));
    }

    /** Extended once, with both parties' consent, to the time limit and its extension counted from the opening. */
    @ParameterizedTest(name = "consent {0}, extended before {1}: {2}")
    @CsvSource(textBlock = """
            true,  false, 2027-02-01
            false, false, consent-required
            true,  true,  extended-once
            """)
    void extendedOnceWithConsent(boolean consent, boolean extendedBefore, String outcome) {
        MediationInput in = new MediationInput(null, null, null, null, null, null, consent, null, null, null, null, null);
        MediationFile file = new MediationFile(mediation(MediationState.IN_PROGRESS, extendedBefore, true, false), PERIODS);
        if (outcome.contains("-") && !Character.isDigit(outcome.charAt(0))) {
            assertThatThrownBy(() -> file.act(MediationAction.EXTEND, in, actor("mediator"), TODAY, NOW)).isInstanceOfSatisfying(MediationRefusal.class,
                    r -> assertThat(r.rule()).isEqualTo(outcome));
        } else {
            assertThat(file.act(MediationAction.EXTEND, in, actor("mediator"), TODAY, NOW).changes())
                    .containsExactly(new MediationChange.Extended(LocalDate.parse(outcome)));
        }
    }

    /** Everyone signs, the mediator too; each obligor is a party; no term falls due before the last signature (人民调解法 Art. 29). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            complete                        | AGREEMENT_REACHED
            the respondent did not sign     | agreement-incomplete
            no mediator's signature         | agreement-incomplete
            an obligor who is no party      | agreement-incomplete
            a term due before signing       | agreement-incomplete
            no session held                 | no-session-held
            """)
    void anAgreementTakesEffectWhenItIsComplete(String agreementIs, String outcome) {
        LocalDate signed = TODAY.minusDays(1);
        List<MediationInput.Signature> signatures = new java.util.ArrayList<>(List.of(
                new MediationInput.Signature("九江某茶业有限公司", "COMPLAINANT", signed), new MediationInput.Signature("张三丰", "RESPONDENT", signed),
                new MediationInput.Signature("陈调解", "MEDIATOR", signed)));
        List<MediationInput.Term> terms = new java.util.ArrayList<>(List.of(new MediationInput.Term("张三丰", signed.plusDays(30))));
        switch (agreementIs) {
            case "the respondent did not sign" -> signatures.remove(1);
            case "no mediator's signature" -> signatures.remove(2);
            case "an obligor who is no party" -> terms.add(new MediationInput.Term("李四", signed.plusDays(30)));
            case "a term due before signing" -> terms.set(0, new MediationInput.Term("张三丰", signed.minusDays(1)));
            default -> { }
        }
        MediationInput in = new MediationInput(null, null, null, null, null, null, null, new MediationInput.AgreementFacts(signatures, terms), null,
                null, null, null);
        MediationFile file = new MediationFile(mediation(MediationState.IN_PROGRESS, false, !agreementIs.equals("no session held"), false), PERIODS);
        if (outcome.equals("AGREEMENT_REACHED")) {
            MediationStep step = file.act(MediationAction.REACH_AGREEMENT, in, actor("mediator"), TODAY, NOW);
            assertThat(step.after()).isEqualTo(MediationState.AGREEMENT_REACHED);
            assertThat(step.changes()).containsExactly(new MediationChange.AgreementReached(signed, TODAY));
            assertThat(step.event()).isEqualTo(MediationEvent.AGREEMENT_REACHED);
        } else {
            assertThatThrownBy(() -> file.act(MediationAction.REACH_AGREEMENT, in, actor("mediator"), TODAY, NOW))
                    .isInstanceOfSatisfying(MediationRefusal.class, r -> assertThat(r.rule()).isEqualTo(outcome));
        }
    }

    /** The parties apply jointly within the window after the agreement took effect; the court extends its period once. */
    @Test
    void theJointApplicationAndTheCourtsPeriod() {
        MediationFile agreed = new MediationFile(mediation(MediationState.AGREEMENT_REACHED, false, true, false), PERIODS);
        MediationInput notJoint = new MediationInput(null, null, null, null, null, null, null, null, "九江市中级人民法院", false, null, null);
        assertThatThrownBy(() -> agreed.act(MediationAction.REQUEST_CONFIRMATION, notJoint, actor("mediator"), TODAY, NOW))
                .isInstanceOfSatisfying(MediationRefusal.class, r -> assertThat(r.rule()).isEqualTo("joint-application-required"));
        MediationInput joint = new MediationInput(null, null, null, null, null, null, null, null, "九江市中级人民法院", true, null, null);
        // the agreement took effect five days ago: 30 days to apply
        assertThatThrownBy(() -> agreed.act(MediationAction.REQUEST_CONFIRMATION, joint, actor("mediator"), TODAY.plusDays(26), NOW))
                .isInstanceOfSatisfying(MediationRefusal.class, r -> assertThat(r.rule()).isEqualTo("confirmation-window-passed"));
        assertThat(agreed.act(MediationAction.REQUEST_CONFIRMATION, joint, actor("mediator"), TODAY, NOW).changes())
                .containsExactly(new MediationChange.ConfirmationRequested("九江市中级人民法院", TODAY, TODAY.plusDays(3)));

        MediationInput because = new MediationInput("院长批准延长", null, null, null, null, null, null, null, null, null, null, null);
        assertThat(new MediationFile(mediation(MediationState.CONFIRMATION_ACCEPTED, false, true, false), PERIODS)
                .act(MediationAction.EXTEND_CONFIRMATION, because, actor("court"), TODAY, NOW).changes())
                .containsExactly(new MediationChange.ConfirmationExtended(TODAY.minusDays(2).plusDays(25)));
        assertThatThrownBy(() -> new MediationFile(mediation(MediationState.CONFIRMATION_ACCEPTED, false, true, true), PERIODS)
                .act(MediationAction.EXTEND_CONFIRMATION, because, actor("court"), TODAY, NOW))
                .isInstanceOfSatisfying(MediationRefusal.class, r -> assertThat(r.rule()).isEqualTo("extended-once"));
    }
}
