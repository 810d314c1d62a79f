package io.ipcase.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One complete flow of the fault suite, with its own respondent (subject id), so that its effects
 * can be counted in every service and on every topic:
 * <ul>
 * <li>{@link Kind#PENALTY}: registered → accepted → decision (fine, infringement found) → served
 * (effective on service) → not performed → credit-service proposes the respondent for listing;</li>
 * <li>{@link Kind#DISPUTE}: a patent ruling request registered → accepted → referred to mediation
 * → mediation-service opens a mediation → the mediator accepts it.</li>
 * </ul>
 * What each flow must have caused, exactly once, is below; {@link FaultLedger} checks it.
 */
final class FaultFlow {

    enum Kind {
        PENALTY, DISPUTE
    }

    final int no;
    final Kind kind;
    final String subject;
    final boolean organisation;
    final String run;
    /** why it was started: "load", or the fault whose recovery it measures */
    final String origin;
    /** gives up on the first answer to each POST almost at once, as a client whose connection drops would: the retry must not change anything twice */
    final boolean impatient;

    volatile String caseId;
    volatile String mediationId;
    volatile String listingId;
    volatile Instant started;
    volatile Instant finished;
    volatile String failure;
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger conflictsTakenAsDone = new AtomicInteger();
    final AtomicInteger replays = new AtomicInteger();
    final AtomicInteger answersLost = new AtomicInteger();
    final List<String> trail = Collections.synchronizedList(new ArrayList<>());

    FaultFlow(int no, Kind kind, String subject, boolean organisation, String run, String origin) {
        this.no = no;
        this.kind = kind;
        this.subject = subject;
        this.organisation = organisation;
        this.run = run;
        this.origin = origin;
        this.impatient = no % 3 == 1;
    }

    String tag() {
        return "flow " + no + " (" + kind.name().toLowerCase() + (impatient ? ", impatient" : "") + ", respondent " + subject + (caseId == null ? "" : ", case " + caseId) + ")";
    }

    String complainantEmail() {
        return "complainant-" + run + "-" + no + "@example.cn";
    }

    /** Only disputes give the respondent's e-mail: a penalty decision mailed to the respondent would be served electronically by itself. */
    String respondentEmail() {
        return kind == Kind.DISPUTE ? "respondent-" + run + "-" + no + "@example.cn" : null;
    }

    Duration took() {
        return started == null || finished == null ? null : Duration.between(started, finished);
    }

    String registration() {
        String respondent = organisation
                ? """
                  {"kind":"ORGANISATION","name":"九江某贸易有限公司第%d分店","uscc":"%s","address":"江西省九江市浔阳区","phone":"0792-7654321"%s}"""
                        .formatted(no, subject, emailField(respondentEmail()))
                : """
                  {"kind":"INDIVIDUAL","name":"张三丰","idNumber":"%s","address":"江西省九江市浔阳区","phone":"13800000000"%s}"""
                        .formatted(subject, emailField(respondentEmail()));
        if (kind == Kind.PENALTY) {
            return """
                    {"track":"ADMINISTRATIVE_PENALTY","procedure":"ORDINARY","region":"360400","source":"COMPLAINT",
                     "ipRight":{"kind":"TRADEMARK","number":"第12345678号","title":"庐山云雾","holder":"九江某茶业有限公司"},
                     "complainants":[{"kind":"ORGANISATION","name":"九江某茶业有限公司","uscc":"91350100M000100Y43","phone":"0792-1234567","email":"%s"}],
                     "respondents":[%s],
                     "handlingOfficers":["officer-li","officer-chen"],
                     "summary":"销售假冒“庐山云雾”注册商标的茶叶（故障演练 %s 第 %d 例）","amountInvolved":12000}"""
                    .formatted(complainantEmail(), respondent, run, no);
        }
        return """
                {"track":"INFRINGEMENT_RULING","procedure":"ORDINARY","region":"360400","source":"COMPLAINT",
                 "ipRight":{"kind":"PATENT_UTILITY_MODEL","number":"ZL202320123456.7","title":"一种便携式电动打磨装置","holder":"福建闽科实业有限公司"},
                 "complainants":[{"kind":"ORGANISATION","name":"福建闽科实业有限公司","uscc":"91350100M000100Y43","phone":"0591-87654321","email":"%s"}],
                 "respondents":[%s],
                 "handlingOfficers":["officer-li","officer-chen"],
                 "summary":"请求处理被请求人销售侵犯实用新型专利权的打磨机的行为（故障演练 %s 第 %d 例）"}"""
                .formatted(complainantEmail(), respondent, run, no);
    }

    private static String emailField(String email) {
        return email == null ? "" : ",\"email\":\"" + email + "\"";
    }

    // ---- what the flow must have caused, each exactly once ----

    /** the case's final state */
    String expectedCaseState() {
        return kind == Kind.PENALTY ? "NOT_PERFORMED" : "IN_MEDIATION";
    }

    /** the case's audit trail: one entry per state change */
    List<String> expectedCaseAudit() {
        return kind == Kind.PENALTY
                ? List.of("register", "accept", "penalty-notice", "issue-decision", "serve", "make-effective", "demand-performance",
                        "record-non-performance")
                : List.of("register", "accept", "refer-to-mediation");
    }

    /** the mediation (disputes only): its final state and its audit trail */
    String expectedMediationState() {
        return "ASSIGNED";
    }

    List<String> expectedMediationAudit() {
        return List.of("open", "accept");
    }

    /** on ipcase.case.events under the case id, in this (causal) order */
    List<String> expectedCaseEvents() {
        return kind == Kind.PENALTY
                ? List.of("ipcase.case.received.v1", "ipcase.case.accepted.v1", "ipcase.case.filed.v1", "ipcase.case.penalty-notified.v1",
                        "ipcase.case.decision-issued.v1",
                        "ipcase.case.decision-served.v1", "ipcase.case.decision-effective.v1", "ipcase.case.decision-published.v1",
                        "ipcase.case.performance-demanded.v1", "ipcase.case.decision-not-performed.v1")
                : List.of("ipcase.case.received.v1", "ipcase.case.accepted.v1", "ipcase.case.filed.v1",
                        "ipcase.case.referred-to-mediation.v1");
    }

    /** on ipcase.mediation.events under the case id, in this order */
    List<String> expectedMediationEvents() {
        return kind == Kind.PENALTY ? List.of() : List.of("ipcase.mediation.opened.v1", "ipcase.mediation.mediator-assigned.v1");
    }

    /** on ipcase.credit.events under the subject id, in this order (record-added told apart by the record's kind) */
    List<String> expectedCreditEvents() {
        return kind == Kind.PENALTY
                ? List.of("ipcase.credit.record-added.v1#ESTABLISHED_INFRINGEMENT", "ipcase.credit.record-added.v1#REFUSAL_TO_PERFORM",
                        "ipcase.credit.listing-proposed.v1",
                        // a penalty's respondent gives no e-mail here: the notice cannot reach it and is to be announced
                        "ipcase.credit.notice-undeliverable.v1")
                : List.of();
    }

    /** the mail each party gets (subject prefixes of the routed templates), each once */
    List<String[]> expectedMail() {
        List<String[]> mail = new ArrayList<>();
        if (kind == Kind.PENALTY) {
            mail.add(new String[] { complainantEmail(), "【受理通知】" });
            mail.add(new String[] { complainantEmail(), "【决定书】" });
        } else {
            mail.add(new String[] { complainantEmail(), "【受理通知】" });
            mail.add(new String[] { complainantEmail(), "【委托调解通知】" });
            mail.add(new String[] { complainantEmail(), "【调解员已选定】" });
            mail.add(new String[] { respondentEmail(), "【委托调解通知】" });
            mail.add(new String[] { respondentEmail(), "【调解员已选定】" });
        }
        return mail;
    }
}
