package io.ipcase.credit.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipcase.kit.messaging.KafkaClientSettings;
import io.quarkus.runtime.StartupEvent;

/**
 * The credit platform's topics keep what it needs to rebuild the blacklist: the snapshot topic is
 * compacted (every subject's latest entry, for ever) and the event topic keeps its whole history.
 * Created with that configuration at startup, or set to it when they exist.
 */
@Singleton
public class FeedTopics {

    void ensure(@Observes StartupEvent startup, KafkaClientSettings kafka,
            @ConfigProperty(name = "ipcase.feed.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "ipcase.feed.replicas") Optional<Short> replicas) throws InterruptedException, ExecutionException {
        // every kafka.* setting, as the channels have them (SASL, TLS), not only the bootstrap servers
        try (Admin admin = Admin.create(kafka.admin())) {
            ensure(admin, CreditFeed.SNAPSHOT_TOPIC, partitions, replicas, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            ensure(admin, CreditFeed.TOPIC, partitions, replicas, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        }
    }

    private static void ensure(Admin admin, String name, int partitions, Optional<Short> replicas, Map<String, String> config)
            throws InterruptedException, ExecutionException {
        try {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(partitions), replicas).configs(config))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, name);
            admin.incrementalAlterConfigs(Map.of(topic, config.entrySet().stream()
                    .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET)).toList()))
                    .all().get();
        }
    }
}
