package io.ipcase.notification.support;

import io.ipcase.infra.IpcaseTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs on the shared real PostgreSQL, Kafka and SMTP server (one start per JVM). */
@QuarkusTestResource(value = IpcaseTestResource.class, initArgs = { @ResourceArg(name = "database", value = "notification_service"),
        @ResourceArg(name = "smtp", value = "true") })
public final class TestInfra {
    private TestInfra() {
    }
}
