package io.ipcase.cases.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.ipcase.cases.domain.ActionInput;
import io.ipcase.cases.domain.ClosedReason;
import io.ipcase.cases.domain.DecisionDraft;
import io.ipcase.cases.domain.DecisionKind;
import io.ipcase.cases.domain.ServiceMethod;
import io.ipcase.kit.time.NotInFuture;

/**
 * The body of a case action. Which fields an action needs: a reason for refuse, withdraw,
 * suspend, return-from-mediation, propose-transfer, reject-transfer, record-police-return,
 * reject-review, record-non-performance and revoke-decision; a decision for submit-for-review
 * and issue-decision (unless reviewed); servedOn for serve and demand-performance (the day the demand was served);
 * closedReason for close; for serve, the respondent served ({@code subjectId}, default: every one not yet served) and how
 * ({@code serviceMethod}, default IN_PERSON); for record-non-performance, the respondent that refused (default: every one); for
 * refer-to-mediation, the mediation organisation the officer entrusts the dispute to ({@code mediationOrganisation}, 委托调解;
 * default: mediation-service offers it to the qualified mediators of the region).
 */
public record CaseCommand(
        @Size(max = 2000) String reason,
        @Valid DecisionInput decision,
        @NotInFuture LocalDate servedOn,
        @NotInFuture LocalDate performedOn,
        ClosedReason closedReason,
        @Size(max = 100) String mediationId,
        @Size(max = 60) String subjectId,
        ServiceMethod serviceMethod,
        UUID mediationOrganisation) {

    public static final CaseCommand EMPTY = new CaseCommand(null, null, null, null, null, null, null, null, null);

    /** the command as the case rules take it */
    public ActionInput input() {
        return new ActionInput(reason, decision == null ? null : decision.draft(), servedOn, performedOn, closedReason,
                mediationId == null ? null : new ActionInput.MediationReport(mediationId, false), subjectId, serviceMethod,
                mediationOrganisation == null ? null : mediationOrganisation.toString());
    }

    public record DecisionInput(
            @Size(max = 100) String number,
            @NotNull Boolean infringementFound,
            Boolean intentional,
            Boolean major,
            @Size(max = 4000) String orders,
            @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal fine,
            @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal confiscatedGain,
            /** 吊销许可证 */
            Boolean revokesLicence,
            /** PENALTY or WARNING on the penalty track, RULING on the ruling track; defaults by track */
            DecisionKind kind) {

        DecisionDraft draft() {
            return new DecisionDraft(number, infringementFound, intentional, major, orders, fine, confiscatedGain, revokesLicence, kind);
        }
    }
}
