package io.ipcase.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Commit-to-topic latency of case-service's outbox under light load, with the broker's own
 * produce-to-consume latency measured in the same run as the baseline.
 * <p>
 * Against the running local stack (deploy/local/run.sh); arguments: {@code <token> [requests] [rate/s]}.
 * Every loop is bounded in count and time and talks to 127.0.0.1 only.
 */
public final class OutboxLatencyBench {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int ratePerSecond = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String kafka = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092");
        String service = System.getenv().getOrDefault("CASE_SERVICE_URL", "http://127.0.0.1:8081");
        String body = Files.readString(Path.of("deploy/local/examples/penalty-case.json"), StandardCharsets.UTF_8);

        List<Double> baseline = brokerBaseline(kafka, requests, ratePerSecond);

        Map<String, Long> received = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer(kafka, "ipcase.case.events")) {
                long stopAt = System.nanoTime() + Duration.ofSeconds(requests / ratePerSecond + 60).toNanos();
                while (reading.get() && System.nanoTime() < stopAt) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                        received.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        });
        reader.start();
        Thread.sleep(2000); // let the consumer join its partitions before the first request

        HttpClient http = HttpClient.newHttpClient();
        Map<String, Long> committed = new ConcurrentHashMap<>();
        List<Double> requestMillis = Collections.synchronizedList(new ArrayList<>());
        long interval = 1_000_000_000L / ratePerSecond;
        long next = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long done = System.nanoTime();
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
            }
            Matcher id = ID.matcher(response.body());
            if (id.find()) {
                committed.put(id.group(1), done);
            }
            requestMillis.add((done - start) / 1e6);
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !received.keySet().containsAll(committed.keySet())) {
            Thread.sleep(50);
        }
        reading.set(false);
        reader.join();

        List<Double> outbox = new ArrayList<>();
        committed.forEach((id, at) -> {
            Long seen = received.get(id);
            if (seen != null) {
                // the response is sent after the commit, so this slightly understates the delay
                outbox.add(Math.max(0, (seen - at) / 1e6));
            }
        });
        Latencies.line("ipcase outbox latency, %d requests at %d/s (light load), 127.0.0.1", requests, ratePerSecond);
        Latencies.header();
        Latencies.row("baseline: Kafka produce → consume (acks=all)", baseline);
        Latencies.row("case-service POST /api/v1/cases (request)", requestMillis);
        Latencies.row("case-service commit → event consumed (outbox)", outbox);
        Latencies.line("events missing after 30 s: %d", committed.size() - outbox.size());
    }

    private static List<Double> brokerBaseline(String kafka, int count, int ratePerSecond) throws Exception {
        String topic = "ipcase.bench.baseline";
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = consumer(kafka, topic)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", "{}")).get();
            consumer.poll(Duration.ofSeconds(3));
            long interval = 1_000_000_000L / ratePerSecond / 4;
            for (int i = 0; i < count; i++) {
                String key = UUID.randomUUID().toString();
                sent.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, "{\"n\":" + i + "}"));
                long until = System.nanoTime() + interval;
                while (System.nanoTime() < until) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(1))) {
                        Long at = sent.remove(record.key());
                        if (at != null) {
                            latencies.add((System.nanoTime() - at) / 1e6);
                        }
                    }
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!sent.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    Long at = sent.remove(record.key());
                    if (at != null) {
                        latencies.add((System.nanoTime() - at) / 1e6);
                    }
                }
            }
        }
        return latencies;
    }

    private static KafkaConsumer<String, String> consumer(String kafka, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        // the outbox publishes in transactions: committed events only
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

}
