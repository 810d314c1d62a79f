package io.ipcase.cases.domain;

/** The configured rules and the services the case rules call on: thresholds, periods, case numbers. */
public record Rulebook(MajorDecisionPolicy majorDecisions, SimplifiedProcedurePolicy simplifiedProcedure, TransferThresholds transfer,
        DisplayPolicy display, CasePeriods periods, CaseNumbering numbering) {
}
