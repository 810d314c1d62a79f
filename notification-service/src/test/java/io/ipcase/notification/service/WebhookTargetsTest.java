package io.ipcase.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs may receive webhooks: public http(s) addresses only, unless a deployment allows internal ones. */
class WebhookTargetsTest {

    /** a fixed table instead of DNS, so the rule is tested, not the network */
    static final Map<String, String> DNS = Map.of("hooks.example.cn", "203.0.113.10", "sneaky.example.cn", "10.0.0.7",
            "metadata.example.cn", "169.254.169.254");

    final WebhookTargets publicOnly = new WebhookTargets(false, WebhookTargetsTest::resolve);
    final WebhookTargets internalAllowed = new WebhookTargets(true, WebhookTargetsTest::resolve);

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host);
        if (!address.matches("[0-9a-fA-F.:]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] { InetAddress.getByName(address) };
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://hooks.example.cn/ipcase          | ok
            http://203.0.113.10:8080/in              | ok
            https://127.0.0.1/x                      | inside the network
            http://localhost:8080/x                  | cannot be resolved
            http://10.1.2.3/x                        | inside the network
            http://172.16.0.1/x                      | inside the network
            http://192.168.1.1/x                     | inside the network
            http://169.254.169.254/latest/meta-data  | inside the network
            http://100.64.0.1/x                      | inside the network
            http://0.0.0.0/x                         | inside the network
            http://[::1]/x                           | inside the network
            http://[fd00::1]/x                       | inside the network
            http://[::ffff:10.0.0.1]/x               | inside the network
            https://sneaky.example.cn/x              | inside the network
            https://metadata.example.cn/x            | inside the network
            ftp://hooks.example.cn/x                 | http(s) URL
            https://user:pw@hooks.example.cn/x       | user name or password
            https:///nohost                          | name a host
            https://no-such-host.invalid/x           | cannot be resolved
            """)
    void publicTargetsOnly(String url, String expected) {
        String problem = publicOnly.problem(url);
        if (expected.equals("ok")) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).contains(expected);
        }
    }

    @ParameterizedTest(name = "allowed internally: {0}")
    @CsvSource({ "http://127.0.0.1:9999/hook", "http://10.1.2.3/x" })
    void aDeploymentMayAllowInternalTargets(String url) {
        assertThat(internalAllowed.problem(url)).isNull();
    }
}
