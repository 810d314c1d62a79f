package io.ipcase.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Credit-check latency (the read path procurement and bidding systems hit), with the same
 * service's liveness endpoint in the same run as the baseline: the HTTP stack without security,
 * database or payload. One subject, and bulk checks of 1,000 subjects.
 * <p>
 * Against the running local stack; arguments: {@code <credit-platform token> [requests]}.
 * Subject ids are random valid ones, so most are not listed: the cost of a check is the query,
 * not the size of the answer.
 */
public final class CreditCheckBench {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String service = System.getenv().getOrDefault("CREDIT_SERVICE_URL", "http://127.0.0.1:8083");
        HttpClient http = HttpClient.newHttpClient();

        // the packaged service answers health on its management port (run.sh: 9183)
        String management = System.getenv().getOrDefault("CREDIT_MANAGEMENT_URL", "http://127.0.0.1:9183");
        HttpRequest live = HttpRequest.newBuilder(URI.create(management + "/q/health/live")).GET().build();
        timed(http, live, 50);
        List<Double> baseline = timed(http, live, requests);

        List<Double> single = new ArrayList<>();
        for (int i = 0; i < requests + 50; i++) {
            HttpRequest check = HttpRequest.newBuilder(URI.create(service + "/api/v1/credit-checks/" + uscc()))
                    .header("Authorization", "Bearer " + token).GET().build();
            List<Double> one = timed(http, check, 1);
            if (i >= 50) {
                single.addAll(one);
            }
        }

        List<Double> bulk = new ArrayList<>();
        int bulkRequests = Math.max(20, requests / 10);
        for (int i = 0; i < bulkRequests + 5; i++) {
            StringBuilder body = new StringBuilder("{\"subjectIds\":[");
            for (int j = 0; j < 1000; j++) {
                body.append(j == 0 ? "" : ",").append('"').append(uscc()).append('"');
            }
            body.append("]}");
            HttpRequest check = HttpRequest.newBuilder(URI.create(service + "/api/v1/credit-checks"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            List<Double> one = timed(http, check, 1);
            if (i >= 5) {
                bulk.addAll(one);
            }
        }

        Latencies.line("ipcase credit checks, sequential requests, 127.0.0.1");
        Latencies.header();
        Latencies.row("baseline: GET /q/health/live (same service)", baseline);
        Latencies.row("GET /api/v1/credit-checks/{id}", single);
        Latencies.row("POST /api/v1/credit-checks (1,000 ids)", bulk);
    }

    private static List<Double> timed(HttpClient http, HttpRequest request, int times) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        return millis;
    }

    /** a random valid USCC (GB 32100 check character) */
    private static String uscc() {
        StringBuilder code = new StringBuilder("91360400");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
