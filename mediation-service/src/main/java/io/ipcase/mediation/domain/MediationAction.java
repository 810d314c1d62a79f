package io.ipcase.mediation.domain;

import java.util.Arrays;
import java.util.Optional;

/** What can be done to a mediation; the path is the last segment of {@code POST /api/v1/mediations/{id}/{path}}. */
public enum MediationAction {
    /** a suggested mediator takes the dispute */
    ACCEPT("accept"),
    /** a suggested mediator turns it down; the next suggestion is offered */
    DECLINE("decline"),
    /** the organisation assigns one of its mediators */
    ASSIGN("assign"),
    /** the parties ask for a mediator of their choice: it is offered the dispute, and the other offers are withdrawn */
    REQUEST_MEDIATOR("request-mediator"),
    /** a party does not accept the assigned mediator: it steps down and the dispute is offered again */
    OBJECT_TO_MEDIATOR("object-to-mediator"),
    SCHEDULE_SESSION("schedule-session"),
    RECORD_SESSION("record-session"),
    /** once, with both parties' consent */
    EXTEND("extend"),
    REACH_AGREEMENT("reach-agreement"),
    FAIL("fail"),
    WITHDRAW("withdraw"),
    /** the scheduler, when the time limit has passed */
    EXPIRE("expire"),
    /** the parties' joint application, within the window after the agreement takes effect */
    REQUEST_CONFIRMATION("request-confirmation"),
    ACCEPT_CONFIRMATION("accept-confirmation"),
    EXTEND_CONFIRMATION("extend-confirmation"),
    CONFIRM("confirm"),
    REJECT_CONFIRMATION("reject-confirmation"),
    RECORD_PERFORMANCE("record-performance"),
    RECORD_NON_PERFORMANCE("record-non-performance"),
    /** the court records a party's application to enforce a confirmed agreement that was not performed */
    APPLY_FOR_ENFORCEMENT("apply-for-enforcement"),
    RECORD_ENFORCED("record-enforced"),
    END_ENFORCEMENT("end-enforcement");

    private final String path;

    MediationAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<MediationAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
