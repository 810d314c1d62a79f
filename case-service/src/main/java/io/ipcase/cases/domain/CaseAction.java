package io.ipcase.cases.domain;

import java.util.Arrays;
import java.util.Optional;

/** The commands that move a case; their path names are what the REST API accepts. */
public enum CaseAction {
    ACCEPT("accept"),
    REFUSE("refuse"),
    WITHDRAW("withdraw"),
    SUSPEND("suspend"),
    RESUME("resume"),
    /** the party asked for a hearing within its period after the notice of the intended penalty */
    RECORD_HEARING_REQUEST("record-hearing-request"),
    REFER_TO_MEDIATION("refer-to-mediation"),
    RETURN_FROM_MEDIATION("return-from-mediation"),
    CLOSE_AS_MEDIATED("close-as-mediated"),
    /** on a trademark or patent penalty case, the parties' dispute over compensation goes to mediation; the penalty runs on */
    REFER_COMPENSATION_TO_MEDIATION("refer-compensation-to-mediation"),
    PROPOSE_TRANSFER("propose-transfer"),
    APPROVE_TRANSFER("approve-transfer"),
    REJECT_TRANSFER("reject-transfer"),
    RECORD_POLICE_RETURN("record-police-return"),
    RECORD_POLICE_ACCEPTANCE("record-police-acceptance"),
    SUBMIT_FOR_REVIEW("submit-for-review"),
    APPROVE_REVIEW("approve-review"),
    REJECT_REVIEW("reject-review"),
    ISSUE_DECISION("issue-decision"),
    SERVE("serve"),
    MAKE_EFFECTIVE("make-effective"),
    RECORD_LAWSUIT("record-lawsuit"),
    RECORD_RULING_UPHELD("record-ruling-upheld"),
    RECORD_RULING_OVERTURNED("record-ruling-overturned"),
    RECORD_PERFORMANCE("record-performance"),
    DEMAND_PERFORMANCE("demand-performance"),
    RECORD_NON_PERFORMANCE("record-non-performance"),
    REVOKE_DECISION("revoke-decision"),
    REOPEN("reopen"),
    CLOSE("close");

    private final String path;

    CaseAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<CaseAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
