package io.ipcase.credit.support;

import io.ipcase.infra.IpcaseTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs on the shared real PostgreSQL and Kafka (one start per JVM). */
@QuarkusTestResource(value = IpcaseTestResource.class, initArgs = @ResourceArg(name = "database", value = "credit_service"))
public final class TestInfra {
    private TestInfra() {
    }
}
