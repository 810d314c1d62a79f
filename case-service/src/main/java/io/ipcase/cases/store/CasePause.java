package io.ipcase.cases.store;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A span in which the case's statutory clock stood still (suspension, mediation, police). */
@Entity
@Table(name = "case_pause")
public class CasePause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String reason;
    @Column(name = "from_date")
    public LocalDate fromDate;
    /** the day the clock resumed; null while paused */
    @Column(name = "to_date")
    public LocalDate toDate;
}
