package io.ipcase.infra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic's events from the beginning, CloudEvents headers and JSON data, the way an
 * outside consumer sees them. Usage: {@code TopicTail <topic> [--follow]}; without --follow it
 * stops once nothing new has arrived for two seconds.
 */
public final class TopicTail {

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: TopicTail <topic> [--follow]");
            System.exit(2);
        }
        boolean follow = args.length > 1 && args[1].equals("--follow");
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "topic-tail-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // the outbox publishes in transactions: committed events only
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(args[0]));
            Instant lastSeen = Instant.now();
            while (follow || Duration.between(lastSeen, Instant.now()).toMillis() < 2000) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    lastSeen = Instant.now();
                    StringBuilder line = new StringBuilder();
                    line.append("partition ").append(record.partition()).append(" offset ").append(record.offset())
                            .append(" key ").append(record.key()).append('\n');
                    for (Header header : record.headers()) {
                        line.append("  ").append(header.key()).append(": ").append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
                    }
                    line.append("  data: ").append(record.value()).append('\n');
                    System.out.println(line);
                }
            }
        }
    }
}
