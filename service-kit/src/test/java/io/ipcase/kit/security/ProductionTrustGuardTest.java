package io.ipcase.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionTrustGuardTest {

    @ParameterizedTest(name = "{0} / {1} / {2} -> refused: {3}")
    @CsvSource(textBlock = """
            prod,        ipcase-local,                 https://idp.example/keys,       true
            prod,        https://idp.example/realms/x, ipcase/dev-jwt/public.pem,      true
            prod,        https://idp.example/realms/x, classpath:ipcase/dev-jwt/public.pem, true
            prod,        https://idp.example/realms/x, https://idp.example/keys,       false
            local,       ipcase-local,                 ipcase/dev-jwt/public.pem,      false
            test,        ipcase-local,                 ipcase/dev-jwt/public.pem,      false
            dev,         ipcase-local,                 ipcase/dev-jwt/public.pem,      false
            """)
    void productionNeverTrustsTheLocalKeyPair(String profile, String issuer, String keyLocation, boolean refused) {
        assertEquals(refused, ProductionTrustGuard.problem(List.of(profile), issuer, keyLocation) != null);
    }
}
