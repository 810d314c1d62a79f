package io.ipcase.notification.service;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a webhook may point. An admin's subscription makes this service send requests from inside
 * the network, so a target on loopback, link-local (cloud metadata), private, multicast or
 * unspecified addresses is refused unless a deployment allows internal targets
 * ({@code ipcase.webhooks.allow-internal-targets}, on for tests and the local stack). Checked when
 * the subscription is made and again before each delivery, since a name may later resolve elsewhere.
 */
@ApplicationScoped
public class WebhookTargets {

    /** resolves a host name to its addresses; the real resolver in production, a table in unit tests */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowInternal;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(@ConfigProperty(name = "ipcase.webhooks.allow-internal-targets", defaultValue = "false") boolean allowInternal) {
        this(allowInternal, InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowInternal, Resolver resolver) {
        this.allowInternal = allowInternal;
        this.resolver = resolver;
    }

    /** Why the URL cannot be a webhook target, or null when it can. */
    public String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "must be an http(s) URL";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry a user name or password";
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return "must name a host";
        }
        if (allowInternal) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(IDN.toASCII(host.startsWith("[") ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return "names a host that cannot be resolved";
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return "points inside the network (" + address.getHostAddress() + "); only public addresses may receive webhooks";
            }
        }
        return null;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 // carrier-grade NAT
                    || first == 198 && (second == 18 || second == 19) || first >= 240;
        }
        // IPv6 unique local fc00::/7 and IPv4-mapped addresses of internal IPv4 ones
        if ((b[0] & 0xfe) == 0xfc) {
            return true;
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            try {
                return internal(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return false;
    }
}
