package io.ipcase.console.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.jwt.build.Jwt;

/**
 * The local stack's sign-in: pick one of the local users, get a token signed with the local key —
 * the same tokens {@code deploy/local/token.sh} mints, which the services of the local stack trust.
 * Production signs in through the identity provider instead ({@code ipcase.console.sign-in=oidc});
 * with the prod profile the console refuses to start with local sign-in.
 */
@ApplicationScoped
public class LocalSignIn {

    /** a local user: id, roles and region (null for roles without one) */
    public record LocalUser(String id, List<String> roles, String region) {

        public String firstRole() {
            return roles.get(0);
        }
    }

    private final boolean enabled;
    private final Optional<String> keyFile;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final List<LocalUser> users;
    private volatile PrivateKey key;

    public LocalSignIn(@ConfigProperty(name = "ipcase.console.sign-in") String mode,
            @ConfigProperty(name = "ipcase.console.local.key-file") Optional<String> keyFile,
            @ConfigProperty(name = "ipcase.console.local.issuer", defaultValue = "ipcase-local") String issuer,
            @ConfigProperty(name = "ipcase.console.local.audience", defaultValue = "ipcase") String audience,
            @ConfigProperty(name = "ipcase.console.local.lifetime", defaultValue = "8h") Duration lifetime,
            @ConfigProperty(name = "ipcase.console.local.users") Optional<List<String>> users) {
        this.enabled = "local".equals(mode);
        this.keyFile = keyFile;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.users = users.map(LocalSignIn::parse).orElse(List.of());
    }

    void refuseInProduction(@Observes StartupEvent started) {
        if (enabled && ConfigUtils.isProfileActive("prod")) {
            throw new IllegalStateException("local sign-in is for the local stack only: production signs in through the identity "
                    + "provider (ipcase.console.sign-in=oidc, quarkus.oidc.*)");
        }
        if (enabled && keyFile.isEmpty()) {
            throw new IllegalStateException("local sign-in needs the local signing key: set ipcase.console.local.key-file");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public List<LocalUser> users() {
        return enabled ? users : List.of();
    }

    public Optional<LocalUser> user(String id) {
        return users().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** a token for the local user, as the local identity provider would issue it */
    public String token(LocalUser user) {
        if (!enabled) {
            throw new IllegalStateException("local sign-in is off");
        }
        var claims = Jwt.issuer(issuer).subject(user.id()).upn(user.id()).claim("name", user.id()).audience(audience)
                .groups(new LinkedHashSet<>(user.roles())).expiresIn(lifetime);
        if (user.region() != null) {
            claims.claim("region", user.region());
        }
        return claims.jws().keyId("ipcase-local").sign(privateKey());
    }

    private PrivateKey privateKey() {
        if (key == null) {
            try {
                String pem = Files.readString(Path.of(keyFile.orElseThrow()), StandardCharsets.US_ASCII);
                byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the local signing key " + keyFile.orElse(""), e);
            }
        }
        return key;
    }

    /** {@code user:role+role:region} entries; the region may be empty */
    static List<LocalUser> parse(List<String> entries) {
        List<LocalUser> users = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split(":", -1);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("a local user is user:role[+role][:region], not " + entry);
            }
            Set<String> roles = new LinkedHashSet<>(List.of(parts[1].split("\\+")));
            String region = parts.length > 2 && !parts[2].isBlank() ? parts[2] : null;
            users.add(new LocalUser(parts[0], List.copyOf(roles), region));
        }
        return List.copyOf(users);
    }
}
