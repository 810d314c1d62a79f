import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the main flows against the running local stack, step by step, as the people involved
 * would: deploy/local/demo.sh (which mints the tokens). JDK only, so it runs from source.
 */
public final class Demo {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CASES = "http://127.0.0.1:8081/api/v1";
    private static final String MEDIATION = "http://127.0.0.1:8082/api/v1";
    private static final String CREDIT = "http://127.0.0.1:8083/api/v1";
    private static final String NOTIFY = "http://127.0.0.1:8084/api/v1";
    private static int step;

    public static void main(String[] args) throws Exception {
        Map<String, String> tokens = System.getenv();
        String officer = tokens.get("TOKEN_OFFICER");
        String head = tokens.get("TOKEN_HEAD");
        String admin = tokens.get("TOKEN_ADMIN");
        String orgAdmin = tokens.get("TOKEN_ORG_ADMIN");
        String mediator = tokens.get("TOKEN_MEDIATOR");
        String court = tokens.get("TOKEN_COURT");
        String creditOfficer = tokens.get("TOKEN_CREDIT_OFFICER");
        String platform = tokens.get("TOKEN_PLATFORM");
        String run = UUID.randomUUID().toString().substring(0, 6);

        title("0. Setting up: a mediation organisation and its mediator");
        String org = id(call("POST", MEDIATION + "/mediation-organisations", admin, """
                {"name":"九江市知识产权纠纷人民调解委员会（演示 %s）","kind":"PEOPLES","region":"360400","admins":["org-admin-jj"]}""".formatted(run)));
        call("POST", MEDIATION + "/mediation-organisations/" + org + "/mediators", orgAdmin,
                "{\"id\":\"mediator-chen\",\"name\":\"陈敏\",\"ipKinds\":[\"PATENT_UTILITY_MODEL\",\"PATENT_INVENTION\"]}");
        say("organisation " + org + ", mediator 陈敏 (mediator-chen) — a second run finds her registered already");

        title("1. A penalty case: filed, decided, served by e-mail, effective, published (masked)");
        String penalty = withEmails(read("deploy/local/examples/penalty-case.json"), "tea-" + run + "@example.cn", "zhang-" + run + "@example.cn");
        String c1 = id(call("POST", CASES + "/cases", officer, penalty));
        say("officer-li registers a complaint: case " + c1 + " RECEIVED");
        say("accepted: " + field(call("POST", CASES + "/cases/" + c1 + "/accept", officer, "{}"), "caseNumber"));
        call("POST", CASES + "/cases/" + c1 + "/penalty-notice", officer, "{\"partyWaived\":true}");
        say("the respondent is told of the intended penalty and waives in writing its right to state its case and to a hearing");
        call("POST", CASES + "/cases/" + c1 + "/issue-decision", head,
                "{\"decision\":{\"infringementFound\":true,\"fine\":8000,\"orders\":\"停止侵权，没收侵权商品\"}}");
        say("head-wang approves and issues the decision (a penalty is the head's to decide); notification-service mails it to both parties");
        String effective = until(() -> call("GET", CASES + "/cases/" + c1, officer, null), b -> b.contains("\"state\":\"EFFECTIVE\""));
        say("the respondent's mail was delivered → case-service served the decision on " + field(effective, "servedOn")
                + " → in force (" + field(effective, "state") + ")");
        String published = until(() -> call("GET", CASES + "/public/penalty-decisions?region=360400", null, null),
                b -> b.contains(field(effective, "caseNumber")));
        say("published on the public page, the individual masked: " + snippet(published, field(effective, "caseNumber")));

        title("2. A patent dispute: referred to mediation, mediation fails, back to the ruling track");
        String ruling = withEmails(read("deploy/local/examples/ruling-request.json"), "minke-" + run + "@example.cn", "wang-" + run + "@example.cn");
        String c2 = id(call("POST", CASES + "/cases", officer, ruling));
        call("POST", CASES + "/cases/" + c2 + "/accept", officer, "{}");
        call("POST", CASES + "/cases/" + c2 + "/refer-to-mediation", officer, "{\"reason\":\"双方同意调解\"}");
        say("case " + c2 + " referred to mediation");
        String m2 = id(until(() -> call("GET", MEDIATION + "/mediations?caseId=" + c2, mediator, null), b -> b.contains("\"id\"")));
        say("mediation-service opened mediation " + m2 + " and offered it to 陈敏");
        call("POST", MEDIATION + "/mediations/" + m2 + "/accept", mediator, "{}");
        // two days after the mediation opened, by the services' clock (a demo run before this one may have moved it)
        String opened2 = field(call("GET", MEDIATION + "/mediations/" + m2, mediator, null), "openedOn");
        call("POST", MEDIATION + "/mediations/" + m2 + "/schedule-session", mediator, """
                {"session":{"scheduledAt":"%sT01:00:00Z","mode":"ONLINE","place":"https://meeting.example.cn/r/%s"}}""".formatted(
                java.time.LocalDate.parse(opened2).plusDays(2), run));
        call("POST", MEDIATION + "/mediations/" + m2 + "/record-session", mediator, "{\"sessionSeq\":1,\"minutes\":\"双方就赔偿数额分歧较大\"}");
        call("POST", MEDIATION + "/mediations/" + m2 + "/fail", mediator, "{\"reason\":\"双方分歧过大\"}");
        say("陈敏 accepts, holds a session, records that mediation failed");
        until(() -> call("GET", CASES + "/cases/" + c2, officer, null), b -> b.contains("\"state\":\"INVESTIGATING\""));
        say("case-service read mediation.failed: the case is back on the ruling track");
        call("POST", CASES + "/cases/" + c2 + "/issue-decision", officer,
                "{\"decision\":{\"infringementFound\":true,\"orders\":\"责令立即停止销售侵权产品\"}}");
        String served = until(() -> call("GET", CASES + "/cases/" + c2, officer, null), b -> b.contains("\"state\":\"SERVED\""));
        say("ruled and served by e-mail on " + field(served, "servedOn") + "; it takes effect once the 15-day window to sue has passed ("
                + field(served, "appealDeadline") + ")");

        title("3. The ruling takes effect, is not performed: proposed for the dishonesty list, objection heard, listed, seen by the credit platform, revoked");
        // past the window to sue, whatever the stack's clock says now (a demo run before this one may have moved it)
        java.time.LocalDate clockToday = java.time.LocalDate.parse(field(call("GET", CASES + "/dev/clock", admin, null), "today"));
        long days = Math.max(16, java.time.temporal.ChronoUnit.DAYS.between(clockToday,
                java.time.LocalDate.parse(field(served, "appealDeadline"))) + 1);
        for (String service : new String[] { CASES, MEDIATION, CREDIT, NOTIFY }) {
            call("POST", service + "/dev/clock/shift", admin, "{\"days\":" + days + "}");
        }
        say("the local stack's clocks move " + days + " days on (an admin-only facility of the local stack; production's clock cannot move)");
        String inForce = until(() -> call("GET", CASES + "/cases/" + c2, officer, null), b -> b.contains("\"state\":\"EFFECTIVE\""));
        say("the window to sue has passed: the deadline watch makes the ruling effective on " + field(inForce, "effectiveOn"));
        String demanded = call("POST", CASES + "/cases/" + c2 + "/demand-performance", officer, "{}");
        say("the respondent goes on selling: the officer serves a formal demand to perform (催告), which gives until " + field(demanded, "demandDue"));
        java.time.LocalDate afterDemand = java.time.LocalDate.parse(field(call("GET", CASES + "/dev/clock", admin, null), "today"));
        long demandDays = java.time.temporal.ChronoUnit.DAYS.between(afterDemand, java.time.LocalDate.parse(field(demanded, "demandDue"))) + 1;
        for (String service : new String[] { CASES, MEDIATION, CREDIT, NOTIFY }) {
            call("POST", service + "/dev/clock/shift", admin, "{\"days\":" + demandDays + "}");
        }
        call("POST", CASES + "/cases/" + c2 + "/record-non-performance", officer, "{\"reason\":\"经催告，被请求人仍在销售侵权产品，拒不履行裁决\"}");
        say(demandDays + " days on, still not performed: the officer records the refusal to perform");
        String rulingNumber = field(inForce.substring(inForce.indexOf("\"decision\"")), "number");
        String subject = "11010519491231002X";
        // the refusal's proposal (the subject may also be proposed for a repeated infringement on the same ruling)
        String proposal = until(() -> refusalProposal(call("GET", CREDIT + "/listings?subjectId=" + subject + "&state=PROPOSED", creditOfficer,
                null), rulingNumber), b -> b != null);
        String listing = field(proposal, "id");
        say("credit-service proposes 王建国 for listing (refusal to perform " + rulingNumber + "); the subject is told by e-mail, and its "
                + "objection window runs from the day the notice reaches it (notice: " + field(proposal, "noticeStatus") + ")");
        call("POST", CREDIT + "/listings/" + listing + "/object", officer, "{\"statement\":\"经营困难，请求宽限\"}");
        String listed = call("POST", CREDIT + "/listings/" + listing + "/list", creditOfficer, "{\"reason\":\"申辩理由不成立，有履行能力而拒不履行\"}");
        say("the objection is heard; credit-officer-zhou lists: " + field(listed, "decisionNumber") + ", until " + field(listed, "endsOn"));
        say("the credit platform checks: " + snippet(call("GET", CREDIT + "/credit-checks/" + subject, platform, null), "\"listed\""));
        say("what the credit platform reads on ipcase.credit.events (a plain Kafka consumer; CloudEvents headers, JSON data):");
        System.out.println(indent(creditPlatformView(listing), "       "));
        call("POST", CASES + "/cases/" + c2 + "/revoke-decision", officer, "{\"reason\":\"人民法院判决撤销原行政裁决\"}");
        String revoked = until(() -> call("GET", CREDIT + "/listings/" + listing, creditOfficer, null), b -> b.contains("\"state\":\"REVOKED\""));
        say("the ruling is revoked by a court → the listing is removed at once (" + field(revoked, "removalReason") + ")");

        title("4. A dispute mediated to an agreement, confirmed by the court, performed: the case closes as mediated");
        String c4 = id(call("POST", CASES + "/cases", officer, ruling));
        call("POST", CASES + "/cases/" + c4 + "/accept", officer, "{}");
        call("POST", CASES + "/cases/" + c4 + "/refer-to-mediation", officer, "{\"reason\":\"双方同意调解\"}");
        String m4 = id(until(() -> call("GET", MEDIATION + "/mediations?caseId=" + c4, mediator, null), b -> b.contains("\"id\"")));
        call("POST", MEDIATION + "/mediations/" + m4 + "/accept", mediator, "{}");
        // the services' clocks were moved forward above: the session is held on the mediation's own opening day (09:00 China time)
        String today = field(call("GET", MEDIATION + "/mediations/" + m4, mediator, null), "openedOn");
        call("POST", MEDIATION + "/mediations/" + m4 + "/schedule-session", mediator, """
                {"session":{"scheduledAt":"%sT01:00:00Z","mode":"ON_SITE","place":"第一调解室"}}""".formatted(today));
        call("POST", MEDIATION + "/mediations/" + m4 + "/record-session", mediator, "{\"sessionSeq\":1,\"minutes\":\"双方达成一致\"}");
        call("POST", MEDIATION + "/mediations/" + m4 + "/reach-agreement", mediator, """
                {"agreement":{"facts":"被请求人销售的打磨机落入涉案专利保护范围","disputedPoints":"赔偿数额",
                 "terms":[{"obligor":"王建国","obligation":"赔偿经济损失","manner":"银行转账","place":"请求人账户","deadline":"%s","amount":20000}],
                 "signatures":[{"signer":"福建闽科实业有限公司","role":"COMPLAINANT","signedOn":"%s"},
                               {"signer":"王建国","role":"RESPONDENT","signedOn":"%s"},
                               {"signer":"陈敏","role":"MEDIATOR","signedOn":"%s"}]}}""".formatted(today, today, today, today));
        say("mediation " + m4 + ": agreement signed on " + today);
        call("POST", MEDIATION + "/mediations/" + m4 + "/request-confirmation", mediator, "{\"court\":\"九江市濂溪区人民法院\",\"jointApplication\":true}");
        call("POST", MEDIATION + "/mediations/" + m4 + "/accept-confirmation", court, "{\"courtCaseNumber\":\"(2026)赣0402民特" + run + "号\"}");
        call("POST", MEDIATION + "/mediations/" + m4 + "/confirm", court, "{}");
        say("the parties apply jointly; the court accepts and confirms the agreement");
        call("POST", MEDIATION + "/mediations/" + m4 + "/record-performance", mediator, "{}");
        String closed = until(() -> call("GET", CASES + "/cases/" + c4, officer, null), b -> b.contains("\"state\":\"CLOSED\""));
        say("performed → case-service closes the case: " + field(closed, "closedReason"));

        title("5. Who was told what");
        say("every mail sent: http://127.0.0.1:8025/  (parties' decisions, listing notices, mediation notices)");
        say("the delivery log: GET " + NOTIFY + "/deliveries (auditor)");
        say(snippet(call("GET", NOTIFY + "/deliveries?size=3", tokens.get("TOKEN_AUDITOR"), null), "\"total\""));
        System.out.println("\nDone.");
    }

    /** the subject-listed event of the listing, as deploy/local/events.sh prints it from the topic */
    private static String creditPlatformView(String listing) throws Exception {
        Process tail = new ProcessBuilder("deploy/local/events.sh", "ipcase.credit.events").redirectErrorStream(true).start();
        String out = new String(tail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        tail.waitFor();
        for (String block : out.split("\n\n")) {
            if (block.contains("ipcase.credit.subject-listed.v1") && block.contains(listing)) {
                return block.strip();
            }
        }
        return "(not on the topic yet: deploy/local/events.sh ipcase.credit.events)";
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private static String call(String method, String url, String token, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 400 && !(response.statusCode() == 409 && url.endsWith("/mediators"))) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** polls until the answer shows what the step waits for (events travel between services) */
    private static String until(java.util.function.Supplier<String> read, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("still waiting after 60 s; last answer: " + last);
    }

    private static String id(String json) {
        return field(json, "id");
    }

    /** the listing of a page that proposes the subject for refusing to perform that decision, or null */
    private static String refusalProposal(String page, String decisionNumber) {
        for (String item : page.split("\\{\"id\":")) {
            if (item.contains("\"rule\":\"REFUSAL_TO_PERFORM\"") && item.contains("\"basisDecisionNumber\":\"" + decisionNumber + "\"")) {
                return "{\"id\":" + item;
            }
        }
        return null;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String snippet(String json, String around) {
        int at = Math.max(0, json.indexOf(around));
        return json.substring(at, Math.min(json.length(), at + 220)) + "…";
    }

    private static String withEmails(String json, String complainant, String respondent) {
        return json.replaceFirst("(\"complainants\": \\[\\s*\\{)", "$1 \"email\": \"" + complainant + "\",")
                .replaceFirst("(\"respondents\": \\[\\s*\\{)", "$1 \"email\": \"" + respondent + "\",");
    }

    private static String read(String file) throws java.io.IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    private static void title(String text) {
        step = 0;
        System.out.println("\n" + text + "\n" + "-".repeat(Math.min(100, text.length() * 2)));
    }

    private static void say(String text) {
        System.out.println("  " + (++step) + ". " + text);
    }
}
