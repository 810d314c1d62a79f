package io.ipcase.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's page responses as an officer gets them (signed in through the local sign-in, session
 * and CSRF cookies kept), against the running local stack: each main page's latency beside the
 * floors measured in the same run — the console's own liveness endpoint (its HTTP stack alone) and
 * case-service's answer for one case (what the case page waits on at least). The bar:
 * p95 ≤ 300 ms per page. Arguments: {@code <officer token> [requests per page]}.
 */
public final class ConsolePagesBench {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([0-9a-f-]{36})\"");
    private static final double BAR_MS = 300;

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String console = System.getenv().getOrDefault("CONSOLE_URL", "http://127.0.0.1:8080");
        String management = System.getenv().getOrDefault("CONSOLE_MANAGEMENT_URL", "http://127.0.0.1:9180");
        String caseService = System.getenv().getOrDefault("CASE_SERVICE_URL", "http://127.0.0.1:8081");
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        // sign in as a user at the keyboard would: the page sets the CSRF cookie, the form sends it back
        get(http, console + "/sign-in");
        String csrf = cookies.getCookieStore().get(URI.create(console)).stream().filter(c -> c.getName().equals("ipcase_csrf"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie from the sign-in page"));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(console + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("user=officer-li")).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
        }
        String caseId = someCase(http, console, caseService, token);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("GET /cases (work list)", "/cases");
        pages.put("GET /cases/{id} (case page: case, evidence, audit)", "/cases/" + caseId);
        pages.put("GET /cases/new (registration form)", "/cases/new");
        pages.put("GET /mediations", "/mediations");
        pages.put("GET /credit/listings", "/credit/listings");
        pages.put("GET /inbox", "/inbox");
        pages.put("GET /statistics (three services)", "/statistics");
        pages.put("GET /public/decisions (anonymous)", "/public/decisions");
        pages.put("GET /public/blacklist?q=… (anonymous)", "/public/blacklist?q=91360400");

        HttpRequest live = HttpRequest.newBuilder(URI.create(management + "/q/health/live")).GET().build();
        HttpRequest oneCase = HttpRequest.newBuilder(URI.create(caseService + "/api/v1/cases/" + caseId))
                .header("Authorization", "Bearer " + token).GET().build();
        Map<String, List<Double>> measured = new LinkedHashMap<>();
        measured.put("floor: console GET /q/health/live", new ArrayList<>());
        measured.put("floor: case-service GET /api/v1/cases/{id}", new ArrayList<>());
        pages.keySet().forEach(name -> measured.put(name, new ArrayList<>()));
        for (int round = -20; round < requests; round++) {
            record(measured, "floor: console GET /q/health/live", http, live, round);
            record(measured, "floor: case-service GET /api/v1/cases/{id}", http, oneCase, round);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                record(measured, page.getKey(), http, HttpRequest.newBuilder(URI.create(console + page.getValue())).GET().build(), round);
            }
        }

        Latencies.line("ipcase console pages, signed in as officer-li, sequential requests, 127.0.0.1");
        Latencies.header();
        measured.forEach(Latencies::row);
        List<String> over = pages.keySet().stream().filter(name -> Latencies.percentile(measured.get(name), 0.95) > BAR_MS).toList();
        Latencies.line("pages over the bar (p95 > %.0f ms): %s", BAR_MS, over.isEmpty() ? "none" : String.join("; ", over));
    }

    private static void record(Map<String, List<Double>> measured, String name, HttpClient http, HttpRequest request, int round)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        if (round >= 0) {
            measured.get(name).add(millis);
        }
    }

    /** a case of the officer's region to open: the newest on the work list, or one registered now */
    private static String someCase(HttpClient http, String console, String caseService, String token) throws Exception {
        Matcher m = CASE_LINK.matcher(get(http, console + "/cases"));
        if (m.find()) {
            return m.group(1);
        }
        String body = """
                {"track":"ADMINISTRATIVE_PENALTY","procedure":"ORDINARY","region":"360400","source":"INSPECTION",
                 "ipRight":{"kind":"TRADEMARK","title":"庐山云雾","holder":"九江庐山云雾茶业有限公司"},
                 "respondents":[{"kind":"ORGANISATION","name":"九江某茶叶商行","uscc":"91350100M000100Y43"}],
                 "handlingOfficers":["officer-li","officer-sun"]}""";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(caseService + "/api/v1/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("could not register a case to open: " + created.statusCode() + " " + created.body());
        }
        return id.group(1);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
