package io.ipcase.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a command causes elsewhere, awaited as it happens: an event on a topic (read as a plain consumer reads it,
 * committed records only) or a mail arriving at the SMTP server. An effect is awaited before the command that causes it
 * is sent, so one that comes before the command's answer is not missed. Also the broker's own floor: a record produced
 * here and read back by the same reader.
 */
final class Effects implements AutoCloseable {

    /** the topic of the broker's floor, nothing of ipcase's */
    static final String BASELINE = "ipcase.bench.baseline";
    private static final String BASELINE_TYPE = "bench.baseline";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<String, CompletableFuture<Void>> events = new ConcurrentHashMap<>();
    /** by recipient: one awaited mail each (the harness gives every flow its own address) */
    private final Map<String, Awaited> mails = new ConcurrentHashMap<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final List<Thread> readers = new ArrayList<>();
    private final KafkaProducer<String, String> producer;

    Effects(Stack stack, List<String> topics) throws Exception {
        List<String> read = new ArrayList<>(topics);
        read.add(BASELINE);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        // the floor's topic exists before the reader is placed at its end
        producer.send(new ProducerRecord<>(BASELINE, "warm-up", "{}")).get();
        KafkaConsumer<String, String> consumer = consumer(stack.kafka);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : read) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // placed now: what is produced from here on is read
        readers.add(thread("effects-topics", () -> {
            try (consumer) {
                while (open.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                        Header type = r.headers().lastHeader("ce_type");
                        CompletableFuture<Void> awaited = events.remove(eventKey(r.topic(), r.key(),
                                type == null ? "" : new String(type.value(), StandardCharsets.UTF_8)));
                        if (awaited != null) {
                            awaited.complete(null);
                        }
                    }
                }
            }
        }));
        HttpClient http = HttpClient.newHttpClient();
        String arrivals = stack.mailbox + "/arrivals?since=";
        int[] seen = { count(http, arrivals + 0) };
        readers.add(thread("effects-mail", () -> {
            while (open.get()) {
                String body = http.send(HttpRequest.newBuilder(URI.create(arrivals + seen[0])).build(), HttpResponse.BodyHandlers.ofString()).body();
                for (String line : body.lines().toList()) {
                    seen[0]++;
                    String[] mail = line.split("\t", 2);
                    Awaited awaited = mails.get(mail[0]);
                    if (awaited != null && mail.length == 2 && mail[1].startsWith(awaited.subjectStart()) && mails.remove(mail[0], awaited)) {
                        awaited.done().complete(null);
                    }
                }
            }
        }));
    }

    /** an event of {@code type} with {@code key} on {@code topic}, from now on */
    CompletableFuture<Void> event(String topic, String key, String type) {
        return events.computeIfAbsent(eventKey(topic, key, type), k -> new CompletableFuture<>()).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** a mail to {@code recipient} whose subject starts with {@code subjectStart}, from now on */
    CompletableFuture<Void> mail(String recipient, String subjectStart) {
        return mails.computeIfAbsent(recipient, k -> new Awaited(subjectStart, new CompletableFuture<>())).done()
                .orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private record Awaited(String subjectStart, CompletableFuture<Void> done) {
    }

    /** the broker's floor for one record: produced (acks=all) and read back by the reader of the effects */
    CompletableFuture<Boolean> roundTrip() {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Void> back = event(BASELINE, key, BASELINE_TYPE);
        ProducerRecord<String, String> record = new ProducerRecord<>(BASELINE, key, "{}");
        record.headers().add("ce_type", BASELINE_TYPE.getBytes(StandardCharsets.UTF_8));
        producer.send(record);
        return back.thenApply(v -> true);
    }

    private static String eventKey(String topic, String key, String type) {
        return topic + "\n" + key + "\n" + type;
    }

    private static int count(HttpClient http, String url) throws Exception {
        return (int) http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body().lines().count();
    }

    private static KafkaConsumer<String, String> consumer(String kafka) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // the outbox publishes in transactions: committed events only, as a consumer of the contract reads them
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private interface Loop {
        void run() throws Exception;
    }

    private Thread thread(String name, Loop loop) {
        Thread t = new Thread(() -> {
            try {
                loop.run();
            } catch (Exception e) {
                if (open.get()) {
                    Latencies.line("%s stopped: %s", name, e);
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void close() throws InterruptedException {
        open.set(false);
        for (Thread t : readers) {
            t.join(TimeUnit.SECONDS.toMillis(3));
        }
        producer.close(Duration.ofSeconds(3));
    }
}
