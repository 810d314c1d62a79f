package io.ipcase.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.EventSender;

/** Sends the other services' published examples, with the test's facts put in. */
public final class Upstream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Upstream() {
    }

    /** @param type e.g. {@code ipcase.case.accepted.v1}; the producer is read from it */
    public static ObjectNode example(String type) {
        try {
            return (ObjectNode) JSON.readTree(EventContract.exampleOf(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UUID send(String type, String key, ObjectNode data) {
        return send(UUID.randomUUID(), type, key, data);
    }

    public static UUID send(UUID eventId, String type, String key, ObjectNode data) {
        String topic = "ipcase." + type.split("\\.")[1] + ".events";
        EventSender.send(topic, key, eventId, type, "/ipcase/" + type.split("\\.")[1] + "-service", data.toString());
        return eventId;
    }

    /** the example with a fresh case id and the parties' e-mail addresses made unique to the test */
    public static ObjectNode caseExample(String type, UUID caseId, String tag, Consumer<ObjectNode> change) {
        ObjectNode data = example(type);
        data.put("caseId", caseId.toString());
        if (data.withArray("complainants").isEmpty()) {
            // a penalty case may have none (an inspection); the tests want someone on each side
            data.withArray("complainants").addObject().put("kind", "ORGANISATION").put("name", "九江某茶业有限公司")
                    .put("subjectId", "91360400MA35F8K2XD").put("uscc", "91360400MA35F8K2XD");
        }
        for (String list : new String[] { "complainants", "respondents" }) {
            data.withArray(list).forEach(p -> ((ObjectNode) p).put("email", list + "-" + tag + "@example.cn"));
        }
        change.accept(data);
        return data;
    }
}
