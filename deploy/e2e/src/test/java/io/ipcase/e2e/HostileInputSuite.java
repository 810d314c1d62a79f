package io.ipcase.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.e2e.OpenApiOperations.Operation;
import io.ipcase.e2e.OpenApiOperations.Param;
import io.ipcase.e2e.Probe.Expect;

/**
 * The hostile-input suite: every operation the four services publish in their OpenAPI documents,
 * probed for access (no token, wrong roles, another region, forged tokens), its request body and
 * its parameters; before and after each operation's probes the target records, their audit trails
 * and the list totals must be the same; last, no anonymous endpoint (nor the metrics) may show the
 * fixtures' personal data. Everything is collected; {@link HostileInputIT} fails once with all of it.
 */
final class HostileInputSuite {

    /** services in the order probed: each one's accepted probes can only reach services already probed */
    static final List<String> ORDER;

    static {
        List<String> order = new ArrayList<>(List.of("notification-service", "credit-service", "case-service", "mediation-service"));
        order.retainAll(RunningSystem.SERVICES);
        RunningSystem.SERVICES.stream().filter(s -> !order.contains(s)).forEach(order::add);
        ORDER = List.copyOf(order);
    }
    /** string query parameters that take an enum value (the OpenAPI documents them as plain strings) */
    static final Set<String> ENUM_QUERY_PARAMS = Set.of("state", "track", "kind", "channel", "status");
    static final Set<String> DATE_QUERY_PARAMS = Set.of("from", "to");
    static final Set<String> SIZE_QUERY_PARAMS = Set.of("size", "limit");
    static final String UNKNOWN_PARAM = "zzUnknownParam";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ProbeApi api;
    private final ProbeHttp http;
    private final ForgedTokens forged;
    private final ProbeFixtures fixtures;
    private final ProbeFindings findings = new ProbeFindings();
    private final Path examples;
    private final ExecutorService workers = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "hostile-probe");
        t.setDaemon(true);
        return t;
    });
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Long> timings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param urls          the base URL of each service
     * @param repositoryRoot the repository (for the example requests and the services' settings)
     */
    HostileInputSuite(Function<String, String> urls, Function<String, String> managementUrls, Path repositoryRoot) {
        this.http = new ProbeHttp();
        this.api = new ProbeApi(http, urls, managementUrls);
        this.forged = new ForgedTokens(ForgedTokens.configuredAudience(repositoryRoot, RunningSystem.SERVICES));
        this.fixtures = new ProbeFixtures(api);
        this.examples = repositoryRoot.resolve("deploy/local/examples");
    }

    ProbeFindings findings() {
        return findings;
    }

    List<String> notes() {
        return notes;
    }

    void run() {
        try {
            Map<String, List<Operation>> byService = new LinkedHashMap<>();
            for (String service : ORDER) {
                JsonNode document = api.get(service, "/q/openapi?format=json", null);
                byService.put(service, new OpenApiOperations(service, document).operations());
            }
            Set<String> published = new java.util.HashSet<>();
            byService.forEach((service, operations) -> operations.forEach(o -> published.add(service + " " + o.key())));
            for (String row : AccessTable.classified()) {
                if (!published.contains(row)) {
                    notes.add("access table row for an operation no service publishes (stale?): " + row);
                }
            }
            fixtures.create();
            // the fixtures moved the clocks: the deadline watch (every few seconds) reports what fell due, and the mail
            // goes out, after the moves; nothing may change for longer than a scan before the probes start
            settle("after the fixtures", Duration.ofSeconds(12));
            notes.addAll(fixtures.notes);

            List<Operation> clockLast = new ArrayList<>();
            for (String service : ORDER) {
                List<Operation> operations = new ArrayList<>(byService.get(service));
                operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
                for (Operation operation : operations) {
                    if (operation.path().contains("/dev/")) {
                        clockLast.add(operation);
                    } else {
                        probe(operation);
                    }
                }
                settle("after " + service);
            }
            // the adjustable clock last: a shift some probe gets through would move every deadline after it
            for (Operation operation : clockLast) {
                probe(operation);
            }
            privacyScan(byService);
        } finally {
            workers.shutdownNow();
            http.close();
        }
    }

    // ---- one operation -------------------------------------------------------------------------

    private void probe(Operation operation) {
        long started = System.nanoTime();
        String service = operation.service();
        findings.operation(service, operation.key());
        AccessTable.Row row = AccessTable.of(service, operation.key());
        if (operation.secured() && row == null) {
            findings.fail(service, Probe.COVERAGE, operation.key(), "operation missing from the access table", "",
                    "unclassified: add it to AccessTable (README's API tables) with the roles that may call it", "");
        } else {
            findings.pass(service, Probe.COVERAGE);
        }
        String probeRole = !operation.secured() ? null : row != null ? row.probeAs() : "admin";
        Map<String, String> pathValues = pathValues(operation, row);
        ProbeHttp.Request base = ProbeHttp.Request.of(operation.method(), fill(operation.path(), pathValues, null, null));
        if (probeRole != null) {
            base = base.header("Authorization", "Bearer " + api.token(probeRole));
        }
        JsonNode body = null;
        if (operation.hasJsonBody()) {
            body = baseBody(operation);
            base = base.header("Content-Type", "application/json").body(BodyProbes.text(body).getBytes(StandardCharsets.UTF_8));
        }

        if (!operation.path().endsWith("/dev/clock/shift")) {
            control(operation, base);
        }
        Map<String, String> before = snapshot(service);

        List<Probe> strict = new ArrayList<>();
        List<Probe> tolerated = new ArrayList<>();
        if (operation.secured()) {
            strict.addAll(accessProbes(operation, row, base, probeRole));
        }
        if (body != null) {
            BodyProbes.Generated generated = BodyProbes.of(operation, body, base);
            strict.addAll(generated.strict());
            tolerated.addAll(generated.tolerated());
        }
        strict.addAll(parameterProbes(operation, pathValues, base));
        // a write's probes one after the other: two accepted at once would meet as a 409 (optimistic lock) and hide what happened
        boolean parallel = operation.method().equals("GET");
        List<String> accepted = runAll(operation, strict, parallel);

        Map<String, String> after = snapshot(service);
        compare(operation, before, after, accepted);
        runAll(operation, tolerated, parallel);
        timings.put(operation.label() + " (" + (strict.size() + tolerated.size()) + " probes)", System.nanoTime() - started);
    }

    /** the slowest operations, for keeping the suite inside its time budget */
    List<String> slowest(int n) {
        return timings.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").toList();
    }

    /** The suite's own valid request must get through validation, or every probe of the operation proves nothing. */
    private void control(Operation operation, ProbeHttp.Request base) {
        ProbeHttp.Response response = null;
        Exception failure = null;
        try {
            response = http.send(api.url(operation.service()), base);
        } catch (Exception e) {
            failure = e;
        }
        if (response == null || response.status() == 400 || response.status() == 401 || response.status() >= 500) {
            findings.fail(operation.service(), Probe.BASELINE, operation.key(), "the suite's valid request", "",
                    response == null ? "no answer" : "refused with " + response.status() + " (fix the suite's base request)",
                    response == null ? String.valueOf(failure) : response.status() + " " + ProbeHttp.clip(response.body(), 300));
        } else {
            findings.pass(operation.service(), Probe.BASELINE);
        }
    }

    private List<Probe> accessProbes(Operation operation, AccessTable.Row row, ProbeHttp.Request base, String probeRole) {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe(Probe.ACCESS, "no token", "", base.withoutHeader("Authorization"), Expect.exactly(401)));
        if (row != null) {
            for (String role : AccessTable.ROLES) {
                if (!row.roles().contains(role)) {
                    probes.add(new Probe(Probe.ACCESS, "wrong role " + role, "", base.header("Authorization", "Bearer " + api.token(role)),
                            Expect.exactly(403)));
                }
            }
            String regional = AccessTable.REGIONAL_ROLES.contains(probeRole) ? probeRole
                    : row.roles().stream().filter(AccessTable.REGIONAL_ROLES::contains).findFirst().orElse(null);
            if (row.scope() != AccessTable.Scope.NONE && regional != null) {
                ProbeHttp.Request other = base.header("Authorization",
                        "Bearer " + api.token(regional + "-gd", regional, AccessTable.OTHER_REGION));
                Expect expect = row.scope() == AccessTable.Scope.LIST ? Expect.notShowing(fixtures.recordIds()) : Expect.oneOf(null, 403, 404);
                probes.add(new Probe(Probe.ACCESS, "another region's " + regional + " (" + AccessTable.OTHER_REGION + ")", "", other, expect));
            }
        }
        String user = AccessTable.USERS.getOrDefault(probeRole, probeRole + "-hi");
        for (Map.Entry<String, String> forgery : forged.forgeries(user, probeRole, AccessTable.regionOf(probeRole)).entrySet()) {
            probes.add(new Probe(Probe.TOKEN, "forged token: " + forgery.getKey(), "", base.header("Authorization", "Bearer " + forgery.getValue()),
                    Expect.exactly(401)));
        }
        return probes;
    }

    private List<Probe> parameterProbes(Operation operation, Map<String, String> pathValues, ProbeHttp.Request base) {
        List<Probe> probes = new ArrayList<>();
        for (Param param : operation.params("path")) {
            boolean uuid = "uuid".equals(operation.document().resolve(param.schema()).path("format").asText());
            Map<String, String> hostile = new LinkedHashMap<>();
            if (uuid) {
                hostile.put("not a UUID", "not-a-uuid");
            }
            if (param.name().equals("action")) {
                hostile.put("no such action", "no-such-action");
            }
            hostile.put("traversal ..%2F..%2Fetc", "..%2F..%2Fetc");
            hostile.put("NUL %00", "a%00b");
            hostile.put("10 KB value", "a".repeat(10 * 1024));
            for (Map.Entry<String, String> h : hostile.entrySet()) {
                String path = fill(operation.path(), pathValues, param.name(), h.getValue());
                // any 4xx: not found, not yours (403) and a domain rule naming the unknown value (422) are all fair answers
                probes.add(new Probe(Probe.PARAM, "path: " + h.getKey(), param.name(), base.path(path), Expect.any4xx(param.name())));
            }
        }
        for (Param param : operation.params("query")) {
            JsonNode schema = operation.document().resolve(param.schema());
            String type = operation.document().type(schema);
            String name = param.name();
            Map<String, String> hostile = new LinkedHashMap<>();
            switch (type) {
                case "integer", "number" -> {
                    hostile.put("integer 'abc'", "abc");
                    hostile.put("integer -1", "-1");
                    hostile.put("integer overflowing (99999999999)", "99999999999");
                    if (SIZE_QUERY_PARAMS.contains(name)) {
                        hostile.put("size 100000", "100000");
                    }
                }
                case "boolean" -> hostile.put("boolean 'maybe'", "maybe");
                default -> {
                    if ("uuid".equals(schema.path("format").asText())) {
                        hostile.put("UUID filter 'not-a-uuid'", "not-a-uuid");
                    } else {
                        if (schema.has("enum") || ENUM_QUERY_PARAMS.contains(name)) {
                            hostile.put("unknown enum value", "NO_SUCH_VALUE");
                        }
                        if ("date".equals(schema.path("format").asText()) || DATE_QUERY_PARAMS.contains(name)) {
                            hostile.put("date 2026-02-30", "2026-02-30");
                            hostile.put("date 'not-a-date'", "not-a-date");
                        }
                        hostile.put("NUL %00", "a%00b");
                    }
                }
            }
            for (Map.Entry<String, String> h : hostile.entrySet()) {
                probes.add(new Probe(Probe.PARAM, "query: " + h.getKey(), name, base.path(base.pathAndQuery() + "?" + name + "=" + h.getValue()),
                        Expect.oneOf(name, 400)));
            }
        }
        for (Param param : operation.params("header")) {
            probes.add(new Probe(Probe.PARAM, "header: garbage " + param.name(), param.name(), base.header(param.name(), "\"not-a-version\" , ;;"),
                    Expect.any4xx(param.name())));
        }
        probes.add(new Probe(Probe.PARAM, "unknown query parameter", UNKNOWN_PARAM, base.path(base.pathAndQuery() + "?" + UNKNOWN_PARAM + "=1"),
                Expect.oneOf(UNKNOWN_PARAM, 400)));
        probes.add(new Probe(Probe.HTTP, "100 KB URL", "", base.path(base.pathAndQuery() + "?zzPad=" + "a".repeat(100 * 1024)), Expect.any4xx(null)));
        probes.add(new Probe(Probe.HTTP, "64 KB header (raw socket)", "", base.header("X-Pad", "a".repeat(64 * 1024)).overSocket(),
                Expect.any4xx(null)));
        return probes;
    }

    /** Sends the probes and records their verdicts; answers which of them were accepted (2xx). */
    private List<String> runAll(Operation operation, List<Probe> probes, boolean parallel) {
        List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Probe probe : probes) {
            tasks.add(() -> {
                ProbeHttp.Response response = null;
                Exception failure = null;
                try {
                    response = http.send(api.url(operation.service()), probe.request());
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
                findings.verdict(operation.service(), operation.key(), probe, probe.judge(response, failure));
                if (response != null && response.status() >= 200 && response.status() < 300) {
                    accepted.add(probe.describe());
                }
                return null;
            });
        }
        if (!parallel) {
            for (Callable<Void> task : tasks) {
                try {
                    task.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return accepted;
        }
        try {
            for (Future<Void> done : workers.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return accepted;
    }

    // ---- what the probes aim at ----------------------------------------------------------------

    private Map<String, String> pathValues(Operation operation, AccessTable.Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] segments = operation.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.startsWith("{")) {
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            String before = i > 0 ? segments[i - 1] : "";
            String value = switch (name) {
                case "action" -> row != null && row.action() != null ? row.action() : "no-such-action";
                case "mediatorId" -> fixtures.mediator;
                case "userId" -> fixtures.recipient;
                case "eventName" -> fixtures.routeEvent;
                case "subjectId" -> fixtures.respondent.idNumber();
                default -> switch (before) {
                    case "cases" -> fixtures.penaltyCase;
                    case "mediations" -> fixtures.mediation;
                    case "mediation-organisations" -> fixtures.organisation;
                    case "listings" -> fixtures.listing;
                    case "webhooks" -> fixtures.webhook;
                    case "inbox" -> fixtures.inboxMessage;
                    default -> UUID.randomUUID().toString();
                };
            };
            values.put(name, value);
        }
        return values;
    }

    /** the path with its parameters filled in (URL-encoded), one of them optionally replaced by a raw hostile value */
    private static String fill(String template, Map<String, String> values, String hostileName, String hostileRaw) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            String encoded = v.getKey().equals(hostileName) ? hostileRaw
                    : URLEncoder.encode(Objects.requireNonNullElse(v.getValue(), "missing"), StandardCharsets.UTF_8).replace("+", "%20");
            path = path.replace("{" + v.getKey() + "}", encoded);
        }
        return path;
    }

    /** A valid body: curated for the known operations (the README's and SystemFlowsIT's requests), from the schema otherwise. */
    private JsonNode baseBody(Operation operation) {
        String past = LocalDate.now().minusDays(3).toString();
        String pastTime = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0).toString();
        String pastInstant = java.time.Instant.now().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String run = fixtures.run;
        Object body = switch (operation.service() + " " + operation.key()) {
            case "case-service POST /api/v1/cases" -> {
                ObjectNode example = (ObjectNode) read(examples.resolve("penalty-case.json"));
                ObjectNode complainant = (ObjectNode) example.path("complainants").path(0);
                complainant.put("address", "九江市浔阳区庐山南路1号").put("email", "tea-" + run + "@example.cn");
                ((ObjectNode) example.path("respondents").path(0)).put("email", "respondent-" + run + "@example.cn");
                example.put("illegalGain", 1500).put("copiesInvolved", 120).put("lossCaused", 3000).put("receivedOn", past);
                yield example;
            }
            case "case-service POST /api/v1/cases/{id}/{action}" -> Map.of("reason", "探针请求", "decision", Map.of("number", "浔市监知罚决〔2026〕999号",
                    "infringementFound", true, "intentional", false, "major", false, "orders", "停止侵权", "fine", 8000, "confiscatedGain", 150, "kind",
                    "PENALTY"), "servedOn", past, "performedOn", past, "closedReason", "PERFORMED", "mediationId", "m-" + run);
            case "case-service POST /api/v1/cases/{id}/extension-request" -> Map.of("reason", "案情复杂，需要补充调查取证");
            case "case-service POST /api/v1/cases/{id}/extension-decision" -> Map.of("approved", true, "reason", "同意延长");
            case "case-service POST /api/v1/cases/{id}/shares" -> Map.of("region", "360100");
            // the fixture case is decided: its facts are settled and it stays here (422), so the valid request changes nothing
            case "case-service POST /api/v1/cases/{id}/amendment" -> Map.of("reason", "现场检查查明", "amountInvolved", 18000, "illegalGain", 1500);
            case "case-service POST /api/v1/cases/{id}/jurisdiction-transfer" -> Map.of("region", "360100", "reason", "侵权行为发生地在南昌市");
            // the fixture case is decided: a notice comes too late (409), so the valid request changes nothing
            case "case-service POST /api/v1/cases/{id}/penalty-notice" -> Map.of("servedOn", past, "partyWaived", false);
            // the fixture case's decision is not published: nothing to take down (422), so the valid request changes nothing
            case "case-service POST /api/v1/cases/{id}/publication/repair" -> Map.of("reason", "已履行处罚决定并完成整改");
            case "case-service POST /api/v1/cases/{id}/evidence" -> Map.of("description", "公证购买的侵权商品", "kind", "PHYSICAL", "obtainedAt", pastTime,
                    "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
            case "mediation-service POST /api/v1/mediation-organisations" -> Map.of("name", "探针调解委员会" + run, "kind", "INDUSTRY", "region",
                    AccessTable.REGION, "admins", List.of(AccessTable.USERS.get("organisation-admin")));
            case "mediation-service POST /api/v1/mediation-organisations/{id}/mediators" -> Map.of("id", "mediator-probe-" + run, "name", "探针调解员",
                    "phone", "0792-8001234", "ipKinds", List.of("TRADEMARK"));
            case "mediation-service PUT /api/v1/mediation-organisations/{id}/mediators/{mediatorId}" -> Map.of("active", true, "ipKinds",
                    List.of("PATENT_UTILITY_MODEL", "PATENT_INVENTION"), "phone", "0792-8001234");
            case "mediation-service POST /api/v1/mediations" -> Map.of("organisationId", fixtures.organisation, "region", AccessTable.REGION, "ipRight",
                    Map.of("kind", "TRADEMARK", "number", "第7654321号", "title", "探针商标", "holder", "九江某茶业有限公司"), "complainants",
                    List.of(Map.of("kind", "ORGANISATION", "name", "九江某茶业有限公司", "uscc", "91350100M000100Y43", "phone", "0792-1234567", "address",
                            "九江市浔阳区庐山南路1号", "email", "tea-" + run + "@example.cn")),
                    "respondents", List.of(Map.of("kind", "INDIVIDUAL", "name", "张三丰", "idNumber", "11010519491231002X", "address", "江西省九江市浔阳区",
                            "phone", "13800000000", "email", "zhang-" + run + "@example.cn")),
                    "summary", "商标侵权纠纷，双方申请人民调解");
            case "mediation-service POST /api/v1/mediations/{id}/{action}" -> Map.ofEntries(Map.entry("reason", "探针"),
                    Map.entry("mediatorId", fixtures.mediator),
                    Map.entry("session", Map.of("scheduledAt", pastInstant, "mode", "ONLINE", "place",
                            "https://meeting.example.cn/r/" + run)),
                    Map.entry("sessionSeq", 1), Map.entry("heldAt", pastInstant), Map.entry("attendees", "双方当事人"),
                    Map.entry("minutes", "达成一致"), Map.entry("partiesConsent", true),
                    Map.entry("agreement", Map.of("facts", "销售侵权产品", "disputedPoints", "赔偿数额", "responsibility", "被申请人承担责任", "terms",
                            List.of(Map.of("obligor", "王建国", "obligation", "赔偿", "manner", "转账", "place", "请求人账户", "deadline", past, "amount", 5000)),
                            "signatures", List.of(Map.of("signer", "福建闽科实业有限公司", "role", "COMPLAINANT", "signedOn", past)))),
                    Map.entry("court", "九江市濂溪区人民法院"), Map.entry("jointApplication", true),
                    Map.entry("courtCaseNumber", "(2026)赣0402民特" + run + "号"), Map.entry("on", past));
            case "credit-service POST /api/v1/credit-checks" -> Map.of("subjectIds", List.of("91350100M000100Y43"));
            case "credit-service POST /api/v1/listings/statements/{token}" -> Map.of("statement", "罚款已缴清，请求不予列入");
            case "credit-service POST /api/v1/listings/{id}/{action}" -> Map.of("reason", "申辩理由不成立", "statement", "经营困难，请求分期缴纳",
                    "announcedOn", "2026-06-01");
            case "notification-service PUT /api/v1/recipients/{userId}" -> fixtures.recipientBody();
            case "notification-service PUT /api/v1/routes/{eventName}" -> fixtures.routeBody;
            case "notification-service POST /api/v1/webhooks" -> Map.of("name", "探针订阅" + run + "b", "url", "https://203.0.113.10/ipcase/hook", "secret",
                    "probe-secret-0123456789", "eventNames", "probe.never-happens");
            default -> {
                if (operation.path().endsWith("/dev/clock/shift")) {
                    yield Map.of("days", 1);
                }
                if (operation.path().endsWith("/audit/checkpoints/verify")) {
                    // a well-formed checkpoint that no key signed: checked, found wanting, nothing changed
                    yield Map.of("checkpoints", List.of(Map.of("service", "probe-service", "seq", 1, "takenAt", "2026-12-03T08:00:00Z", "keyId", "0123456789abcdef",
                            "publicKey", "MCowBQYDK2VwAyEAkeHXYMjZ1wv3vIojGuyLDyjvTkeO656v93OSadPGGnY=", "heads",
                            List.of(Map.of("chain", "register", "id", "register", "seq", 1, "hash", "0".repeat(64))), "signature", "AAAA")));
                }
                notes.add(operation.label() + ": no curated body; probing with one generated from its schema");
                yield generate(operation.document(), operation.body(), 0);
            }
        };
        return body instanceof JsonNode node ? node.deepCopy() : ProbeApi.JSON.valueToTree(body);
    }

    private static JsonNode read(Path file) {
        try {
            return ProbeApi.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** A value of the schema's shape: every property, the first enum constant, today, a new UUID, the minimum. */
    static JsonNode generate(OpenApiOperations document, JsonNode schemaRef, int depth) {
        JsonNode schema = document.resolve(schemaRef);
        String format = schema.path("format").asText("");
        switch (document.type(schema)) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        object.set(p.getKey(), generate(document, p.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(generate(document, schema.path("items"), depth + 1));
                return array;
            }
            case "integer":
            case "number":
                return NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "boolean":
                return NODES.booleanNode(false);
            default:
                if (schema.has("enum")) {
                    return schema.get("enum").get(0).deepCopy();
                }
                return NODES.textNode(switch (format) {
                    case "date" -> LocalDate.now().minusDays(1).toString();
                    case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "探针";
                });
        }
    }

    // ---- nothing changed -----------------------------------------------------------------------

    /** The records the probes aim at, their audit trails, the list totals and the clock, as the service shows them now. */
    private Map<String, String> snapshot(String service) {
        Map<String, String> views = new LinkedHashMap<>();
        switch (service) {
            case "case-service" -> {
                for (String id : new String[] { fixtures.penaltyCase, fixtures.rulingCase }) {
                    views.put("case " + id, view(service, "/api/v1/cases/" + id, "admin", null));
                    views.put("audit of case " + id, view(service, "/api/v1/cases/" + id + "/audit", "admin", null));
                    views.put("evidence of case " + id, view(service, "/api/v1/cases/" + id + "/evidence", "admin", null));
                }
                views.put("cases total", view(service, "/api/v1/cases?size=1", "admin", "total"));
                views.put("published decisions total", view(service, "/api/v1/public/penalty-decisions?size=1", null, "total"));
            }
            case "mediation-service" -> {
                views.put("mediation", view(service, "/api/v1/mediations/" + fixtures.mediation, "admin", null));
                views.put("audit of the mediation", view(service, "/api/v1/mediations/" + fixtures.mediation + "/audit", "admin", null));
                views.put("sessions of the mediation", view(service, "/api/v1/mediations/" + fixtures.mediation + "/sessions", "admin", null));
                views.put("mediations total", view(service, "/api/v1/mediations?size=1", "admin", "total"));
                views.put("organisations", view(service, "/api/v1/mediation-organisations", "admin", "#size"));
                views.put("organisation", view(service, "/api/v1/mediation-organisations/" + fixtures.organisation, "admin", null));
                views.put("its mediators", view(service, "/api/v1/mediation-organisations/" + fixtures.organisation + "/mediators", "admin", null));
            }
            case "credit-service" -> {
                views.put("listing", view(service, "/api/v1/listings/" + fixtures.listing, "admin", null));
                views.put("audit of the listing", view(service, "/api/v1/listings/" + fixtures.listing + "/audit", "admin", null));
                views.put("listings total", view(service, "/api/v1/listings?size=1", "admin", "total"));
                views.put("subject record", view(service, "/api/v1/subjects/" + fixtures.respondent.idNumber(), "admin", null));
            }
            case "notification-service" -> {
                views.put("recipient", view(service, "/api/v1/recipients/" + fixtures.recipient, "admin", null));
                views.put("routes", view(service, "/api/v1/routes", "admin", null));
                views.put("webhooks", view(service, "/api/v1/webhooks", "admin", null));
                views.put("inbox of the officer", view(service, "/api/v1/inbox?size=1", "officer", "total,unread"));
                views.put("deliveries total", view(service, "/api/v1/deliveries?size=1", "admin", "total"));
            }
            default -> {
                // a service the suite does not know: its clock only
            }
        }
        views.put("clock", view(service, "/api/v1/dev/clock", "admin", "today"));
        return views;
    }

    private String view(String service, String path, String role, String keep) {
        ProbeHttp.Response response = api.send(service, "GET", path, role, null);
        if (response.status() != 200) {
            return "HTTP " + response.status();
        }
        JsonNode json = ProbeApi.json(response.body());
        if (keep == null) {
            return json.toString();
        }
        if (keep.equals("#size")) {
            return "size " + json.size();
        }
        StringBuilder kept = new StringBuilder();
        for (String field : keep.split(",")) {
            kept.append(field).append('=').append(json.path(field).asText()).append(' ');
        }
        return kept.toString().trim();
    }

    private void compare(Operation operation, Map<String, String> before, Map<String, String> after, List<String> accepted) {
        String cause = accepted.isEmpty() ? "" : " | accepted probes: " + ProbeHttp.clip(String.join("; ", accepted), 200);
        boolean changed = false;
        for (Map.Entry<String, String> b : before.entrySet()) {
            String now = after.get(b.getKey());
            if (!Objects.equals(b.getValue(), now)) {
                changed = true;
                findings.fail(operation.service(), Probe.STATE, operation.key(), "state after the probes", b.getKey(), "changed",
                        "before: " + ProbeHttp.clip(difference(b.getValue(), now), 120) + " | after: " + ProbeHttp.clip(difference(now, b.getValue()), 160)
                                + cause);
            }
        }
        if (!changed) {
            findings.pass(operation.service(), Probe.STATE);
        }
    }

    /** the text from the first character where the two differ (with a little context) */
    private static String difference(String a, String b) {
        if (a == null || b == null) {
            return String.valueOf(a);
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return (i > 30 ? "…" : "") + a.substring(Math.max(0, i - 30));
    }

    /** Waits until every service shows the same twice in a row (events of the fixtures or of accepted probes delivered). */
    private void settle(String when) {
        settle(when, Duration.ZERO);
    }

    /** Waits until every service has shown the same for {@code quietFor} (at least two looks in a row). */
    private void settle(String when, Duration quietFor) {
        java.util.concurrent.atomic.AtomicReference<Map<String, String>> previous = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> unchangedSince = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            await("the system settled " + when).atMost(Duration.ofSeconds(45).plus(quietFor)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(700)).until(() -> {
                        Map<String, String> now = new LinkedHashMap<>();
                        for (String service : ORDER) {
                            snapshot(service).forEach((k, v) -> now.put(service + " " + k, v));
                        }
                        if (!now.equals(previous.getAndSet(now))) {
                            unchangedSince.set(java.time.Instant.now());
                            return false;
                        }
                        return !java.time.Instant.now().isBefore(unchangedSince.get().plus(quietFor));
                    });
        } catch (ConditionTimeoutException e) {
            notes.add("the system did not settle " + when + " within 45 s: \"nothing changed\" may report background activity");
        }
    }

    // ---- privacy -------------------------------------------------------------------------------

    private void privacyScan(Map<String, List<Operation>> byService) {
        Map<String, String> personal = fixtures.personalValues();
        // the fixtures must be public where they would show: the decision published, the respondent on the blacklist
        try {
            await("the penalty decision published").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.send("case-service", "GET", "/api/v1/public/penalty-decisions?region=" + AccessTable.REGION + "&size=100", null, null)
                            .body().contains(fixtures.penaltyCaseNumber));
        } catch (ConditionTimeoutException e) {
            findings.fail("case-service", Probe.PRIVACY, "GET /api/v1/public/penalty-decisions", "fixture published", "", "not published within 30 s",
                    "case " + fixtures.penaltyCaseNumber + " is not on the public list: the scan cannot see how it is masked");
        }
        api.send("credit-service", "PATCH", "/api/v1/credit-checks/" + fixtures.respondent.idNumber(), null, "{}");
        for (String service : ORDER) {
            List<String> urls = new ArrayList<>();
            for (Operation operation : byService.get(service)) {
                if (operation.secured() || !operation.method().equals("GET") || operation.path().contains("{")) {
                    continue;
                }
                String path = operation.path();
                List<Param> query = operation.params("query");
                urls.add(path);
                String sized = query.stream().filter(p -> SIZE_QUERY_PARAMS.contains(p.name())).findFirst()
                        .map(p -> p.name() + "=" + operation.document().resolve(p.schema()).path("maximum").asInt(50)).orElse(null);
                if (sized != null) {
                    urls.add(path + "?" + sized);
                }
                for (Param param : query) {
                    if (!"string".equals(operation.document().type(param.schema()))) {
                        continue;
                    }
                    if (param.name().equals("region")) {
                        urls.add(path + "?region=" + AccessTable.REGION + (sized == null ? "" : "&" + sized));
                        continue;
                    }
                    for (String value : personal.values()) {
                        urls.add(path + "?" + param.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                }
            }
            urls.add("/q/metrics");
            urls.add("/q/health");
            // the API's own port serves no management endpoint: metrics, health and OpenAPI are on the management port
            for (String management : List.of("/q/metrics", "/q/health", "/q/openapi")) {
                try {
                    ProbeHttp.Response onApiPort = http.send(api.url(service), ProbeHttp.Request.of("GET", management));
                    if (onApiPort.status() == 404) {
                        findings.pass(service, Probe.PRIVACY);
                    } else {
                        findings.fail(service, Probe.PRIVACY, "GET " + management, "a management endpoint on the API's port",
                                "management on API port", "answers " + onApiPort.status(), "GET " + management + " → " + onApiPort.status());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            for (String url : urls) {
                ProbeHttp.Response response = api.send(service, "GET", url, null, null);
                String endpoint = "GET " + url.replaceAll("\\?.*", "");
                List<String> leaks = leaks(response.body(), personal);
                if (leaks.isEmpty()) {
                    findings.pass(service, Probe.PRIVACY);
                } else {
                    for (String leak : leaks) {
                        findings.fail(service, Probe.PRIVACY, endpoint, "personal data on an anonymous endpoint", leak,
                                "shows " + leak.replaceAll(" of \\S+", ""),
                                "GET " + ProbeHttp.clip(url, 120) + " → " + excerpt(response.body(), personal.get(leak.replace(" (digits only)", ""))));
                    }
                }
            }
        }
    }

    /** which personal values the text shows, as written or (IDs, phones) as digits only */
    static List<String> leaks(String text, Map<String, String> personal) {
        List<String> found = new ArrayList<>();
        String compact = text.replaceAll("[\\s\\-().+\\u00a0]", "");
        for (Map.Entry<String, String> value : personal.entrySet()) {
            if (text.contains(value.getValue())) {
                found.add(value.getKey());
                continue;
            }
            if (value.getKey().startsWith("resident ID") || value.getKey().startsWith("phone")) {
                String digits = value.getValue().replaceAll("[^0-9Xx]", "");
                List<String> forms = new ArrayList<>(List.of(digits));
                if (digits.startsWith("86") && digits.length() == 13) {
                    forms.add(digits.substring(2));
                }
                for (String form : forms) {
                    if (text.contains(form) || compact.contains(form)) {
                        found.add(value.getKey() + " (digits only)");
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static String excerpt(String text, String value) {
        if (value == null) {
            return ProbeHttp.clip(text, 160);
        }
        int at = text.indexOf(value);
        if (at < 0) {
            String digits = value.replaceAll("[^0-9Xx]", "");
            at = Math.max(text.indexOf(digits), digits.length() == 13 ? text.indexOf(digits.substring(2)) : -1);
        }
        if (at < 0) {
            return ProbeHttp.clip(text, 160);
        }
        return "…" + ProbeHttp.clip(text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)), 170) + "…";
    }
}
