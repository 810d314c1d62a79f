package io.ipcase.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One hostile request and what must come back. Every probe: no 5xx; a 4xx is
 * {@code application/problem+json} whose {@code status} is the HTTP status, and a 400 names the
 * field to blame in {@code errors[].field} when there is one; no 2xx unless the probe says a 2xx
 * is a legitimate answer (a value that only looks hostile, a list filtered to the caller).
 */
record Probe(String category, String kind, String detail, ProbeHttp.Request request, Expect expect) {

    static final String ACCESS = "access";
    static final String TOKEN = "forged token";
    static final String BODY = "body";
    static final String PARAM = "parameter";
    static final String HTTP = "http layer";
    static final String STATE = "nothing changed";
    static final String PRIVACY = "privacy";
    static final String BASELINE = "baseline";
    static final String COVERAGE = "coverage";
    static final List<String> CATEGORIES = List.of(COVERAGE, BASELINE, ACCESS, TOKEN, BODY, PARAM, HTTP, STATE, PRIVACY);

    /**
     * @param statuses    the statuses allowed (empty: any 4xx)
     * @param field       the field a 400 must name in errors[].field, or null
     * @param tolerate2xx a 2xx is a legitimate answer (then {@code echo}, when set, must come back unchanged, and
     *                    none of {@code mustNotContain} may appear)
     */
    record Expect(Set<Integer> statuses, String field, boolean tolerate2xx, String echoField, String echo, String original,
            List<String> mustNotContain) {

        static Expect exactly(int status) {
            return new Expect(Set.of(status), null, false, null, null, null, List.of());
        }

        static Expect oneOf(String field, Integer... statuses) {
            return new Expect(Set.of(statuses), field, false, null, null, null, List.of());
        }

        static Expect any4xx(String field) {
            return new Expect(Set.of(), field, false, null, null, null, List.of());
        }

        /** refused, or accepted and shown back exactly as sent (or left as it was: a field the caller may not set) */
        static Expect rejectedOrStoredVerbatim(String field, String value, String original) {
            return new Expect(Set.of(), field, true, field, value, original, List.of());
        }

        static Expect notShowing(List<String> forbidden) {
            return new Expect(Set.of(), null, true, null, null, null, forbidden);
        }
    }

    /** The verdict: null when the answer is right, else a short cause (for grouping) and what was seen. */
    record Verdict(String cause, String seen) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    Verdict judge(ProbeHttp.Response response, Exception failure) {
        if (response == null) {
            return new Verdict("no answer", failure == null ? "" : failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        int status = response.status();
        String seen = status + " " + (response.contentType() == null ? "(no content type)" : response.contentType()) + " "
                + ProbeHttp.clip(response.body(), 160);
        if (status >= 500) {
            return new Verdict("5xx", seen);
        }
        if (status >= 200 && status < 300) {
            if (!expect.tolerate2xx()) {
                return new Verdict("2xx (accepted)", seen);
            }
            for (String forbidden : expect.mustNotContain()) {
                if (response.body().contains(forbidden)) {
                    return new Verdict("2xx showing another region's record", seen);
                }
            }
            if (expect.echo() != null) {
                String echoed = echoed(response.body(), expect.echoField());
                if (echoed != null && !echoed.equals(expect.echo()) && !echoed.equals(expect.original())
                        && !containsText(ProbeApi.json(response.body()), expect.echo())) {
                    return new Verdict("2xx with the value altered", seen + " | " + expect.echoField() + " = " + ProbeHttp.clip(echoed, 80));
                }
            }
            return null;
        }
        if (status < 400) {
            return new Verdict("status " + status, seen);
        }
        List<String> problems = new ArrayList<>();
        if (!expect.statuses().isEmpty() && !expect.statuses().contains(status)) {
            problems.add(status + " (expected " + String.join("/", expect.statuses().stream().sorted().map(String::valueOf).toList()) + ")");
        }
        JsonNode problem = null;
        if (!response.isProblem()) {
            problems.add("not problem+json");
        } else {
            try {
                problem = JSON.readTree(response.body());
            } catch (Exception e) {
                problems.add("problem+json that does not parse");
            }
            if (problem != null && problem.path("status").asInt(-1) != status) {
                problems.add("problem status " + problem.path("status") + " ≠ " + status);
            }
        }
        if (status == 400 && expect.field() != null && problem != null && !names(problem.path("errors"), expect.field())) {
            problems.add("400 without errors[].field for the field");
        }
        return problems.isEmpty() ? null : new Verdict(String.join(", ", problems), seen);
    }

    /** Whether some errors[].field names the field, its parent or one of its parts (indexes aside). */
    static boolean names(JsonNode errors, String field) {
        String wanted = INDEX.matcher(field).replaceAll("");
        for (JsonNode error : errors) {
            String named = INDEX.matcher(error.path("field").asText("")).replaceAll("");
            if (named.isEmpty() || named.equals("body")) {
                continue;
            }
            if (named.equals(wanted) || wanted.startsWith(named + ".") || named.startsWith(wanted + ".")) {
                return true;
            }
        }
        return false;
    }

    /** whether some string in the JSON equals the value (a set may come back in another order) */
    private static boolean containsText(JsonNode node, String value) {
        if (node.isTextual()) {
            return node.asText().equals(value);
        }
        for (JsonNode child : node) {
            if (containsText(child, value)) {
                return true;
            }
        }
        return false;
    }

    /** The string at the field's path in a JSON answer, or null when the answer has no such field. */
    private static String echoed(String body, String field) {
        try {
            JsonNode node = JSON.readTree(body);
            for (String part : field.split("\\.")) {
                int bracket = part.indexOf('[');
                String name = bracket < 0 ? part : part.substring(0, bracket);
                node = node.path(name);
                if (bracket >= 0) {
                    node = node.path(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))));
                }
            }
            return node.isTextual() ? node.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    String describe() {
        return kind + (detail == null || detail.isEmpty() ? "" : " [" + detail + "]");
    }
}
