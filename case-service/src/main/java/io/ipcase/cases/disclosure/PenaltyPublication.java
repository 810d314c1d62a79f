package io.ipcase.cases.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.ipcase.cases.domain.DisplayPeriod;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The public record of a penalty decision (行政处罚信息公示), masked at the time it is written. */
@Entity
@Table(name = "penalty_publication")
public class PenaltyPublication extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "decision_number")
    public String decisionNumber;
    public String region;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** the display period the decision got, and its last day on display (docs/domain.md, "Publication and display") */
    @Enumerated(EnumType.STRING)
    @Column(name = "display_period")
    public DisplayPeriod displayPeriod;
    @Column(name = "display_until")
    public LocalDate displayUntil;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    /** the published, already masked content as JSON */
    public String content;
}
