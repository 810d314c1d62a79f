package io.ipcase.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What production needs beside the workloads: secrets from the secret manager (no value in the repository), every
 * database backed up, a disruption budget for every workload, and network policies that let each service reach only
 * its own database, the brokers and what it calls out to.
 */
class ProductionObjectsTest {

    @Test
    void noSecretValueIsInTheManifestsEveryOneComesFromTheSecretManager() throws IOException {
        List<JsonNode> all = ManifestsTest.base();
        assertThat(all).noneMatch(d -> d.path("kind").asText().equals("Secret"));
        List<JsonNode> external = all.stream().filter(d -> d.path("kind").asText().equals("ExternalSecret")).toList();
        assertThat(external).extracting(e -> e.path("spec").path("target").path("name").asText())
                .contains("ipcase-smtp", "ipcase-audit-signing", "ipcase-backup-store", "console-oidc");
        for (JsonNode secret : external) {
            assertThat(secret.path("spec").path("secretStoreRef").path("kind").asText()).isEqualTo("ClusterSecretStore");
            assertThat(secret.path("spec").path("secretStoreRef").path("name").asText()).isEqualTo("ipcase-secret-store");
            assertThat(secret.path("spec").path("data").size()).isPositive();
        }
    }

    @Test
    void everyDatabaseIsBackedUpToTheObjectStoreNightlyWithItsWal() throws IOException {
        List<JsonNode> all = ManifestsTest.base();
        List<JsonNode> clusters = all.stream().filter(d -> d.path("kind").asText().equals("Cluster")).toList();
        assertThat(clusters).hasSize(4);
        for (JsonNode cluster : clusters) {
            String name = cluster.path("metadata").path("name").asText();
            JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
            assertThat(store.path("destinationPath").asText()).as(name).endsWith("/" + name);
            assertThat(store.path("s3Credentials").path("secretAccessKey").path("name").asText()).isEqualTo("ipcase-backup-store");
            assertThat(ManifestsTest.secretKeys(all, "ipcase-backup-store")).contains(store.path("s3Credentials").path("accessKeyId").path("key").asText(),
                    store.path("s3Credentials").path("secretAccessKey").path("key").asText());
            assertThat(cluster.path("spec").path("backup").path("retentionPolicy").asText()).isNotBlank();
            assertThat(all).as(name + "'s scheduled backup").anyMatch(d -> d.path("kind").asText().equals("ScheduledBackup")
                    && d.path("spec").path("cluster").path("name").asText().equals(name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "case-service", "mediation-service", "credit-service", "notification-service", "console" })
    void aDrainTakesAtMostOneReplicaOfAWorkload(String workload) throws IOException {
        List<JsonNode> all = ManifestsTest.base();
        JsonNode deployment = ManifestsTest.find(all, "Deployment", workload);
        JsonNode budget = ManifestsTest.find(all, "PodDisruptionBudget", workload);
        assertThat(budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo(deployment.path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/name").asText());
        assertThat(budget.path("spec").path("maxUnavailable").asInt()).isEqualTo(1).isLessThan(deployment.path("spec").path("replicas").asInt());
    }

    /** a service's policy: its API from the console only; out to its own database (the one whose secret it reads) and the brokers' TLS listener */
    @ParameterizedTest
    @ValueSource(strings = { "case-service", "mediation-service", "credit-service", "notification-service" })
    void aServiceReachesOnlyItsOwnDatabaseAndTheBrokers(String service) throws IOException {
        List<JsonNode> all = ManifestsTest.base();
        JsonNode policy = ManifestsTest.find(all, "NetworkPolicy", service).path("spec");
        JsonNode container = ManifestsTest.find(all, "Deployment", service).at("/spec/template/spec/containers/0");
        assertThat(policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()).isEqualTo(service);
        assertThat(policy.path("policyTypes").toString()).contains("Ingress").contains("Egress");
        int api = 0;
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals("http")) {
                api = port.path("containerPort").asInt();
            }
        }
        JsonNode fromConsole = policy.path("ingress").get(0);
        assertThat(fromConsole.path("from").get(0).path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()).isEqualTo("console");
        assertThat(fromConsole.path("ports").get(0).path("port").asInt()).isEqualTo(api);
        String databaseSecret = null;
        for (JsonNode env : container.path("env")) {
            String name = env.path("valueFrom").path("secretKeyRef").path("name").asText();
            if (name.endsWith("-db-app")) {
                databaseSecret = name;
            }
        }
        String database = databaseSecret.replace("-app", "");
        List<String> databases = new ArrayList<>();
        List<String> brokers = new ArrayList<>();
        for (JsonNode rule : policy.path("egress")) {
            for (JsonNode to : rule.path("to")) {
                JsonNode labels = to.path("podSelector").path("matchLabels");
                if (labels.has("cnpg.io/cluster")) {
                    databases.add(labels.path("cnpg.io/cluster").asText());
                }
                if (labels.has("strimzi.io/cluster")) {
                    brokers.add(labels.path("strimzi.io/cluster").asText() + ":" + rule.path("ports").get(0).path("port").asInt());
                }
            }
        }
        assertThat(databases).containsExactly(database);
        JsonNode kafka = ManifestsTest.find(all, "Kafka", "ipcase");
        assertThat(brokers).containsExactly("ipcase:" + kafka.at("/spec/kafka/listeners/0/port").asInt());
    }
}
