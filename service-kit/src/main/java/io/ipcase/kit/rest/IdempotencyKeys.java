package io.ipcase.kit.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code Idempotency-Key} for every state-changing POST (IETF draft "The Idempotency-Key HTTP
 * header field"). The key, the request's fingerprint and the answer are written in the same
 * transaction as the change itself, so a retry after a lost response — or after a crash — finds
 * either nothing (and the change is made now) or the committed answer (and it is replayed, with
 * {@code Idempotent-Replayed: true}). A refused request stores nothing: it can be corrected and
 * sent again with the same key. Keys are the caller's own and are kept for a day.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final String KEY_GRAMMAR = "[A-Za-z0-9._:\\-]{1,200}";

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    HttpServerRequest request;
    @Inject
    SecurityIdentity identity;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!key.matches(KEY_GRAMMAR)) {
            throw ProblemException.badRequest(HEADER, "is 1 to 200 letters, digits and . _ : - (a UUID is best)");
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String operation = request.method().name() + " " + request.path();
        String fingerprint = fingerprint(operation, invocation.getParameters());
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
            int claimed = entityManager.createNativeQuery("""
                    insert into idempotency_key (caller, idempotency_key, operation, request_hash)
                    values (:caller, :key, :operation, :hash) on conflict do nothing
                    """).setParameter("caller", caller).setParameter("key", key).setParameter("operation", operation)
                    .setParameter("hash", fingerprint).executeUpdate();
            if (claimed == 0) {
                return replay(caller, key, operation, fingerprint);
            }
            Object answer = invocation.proceed();
            record(caller, key, answer);
            return answer;
            });
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Response replay(String caller, String key, String operation, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select operation, request_hash, status, location, etag, body from idempotency_key
                where caller = :caller and idempotency_key = :key
                """).setParameter("caller", caller).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !fingerprint.equals(row[1])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was used for another request; use a new key for a new request");
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[2]).intValue()).header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            answer.header("Location", row[3]);
        }
        if (row[4] != null) {
            answer.header("ETag", row[4]);
        }
        if (row[5] != null) {
            answer.entity(row[5]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private void record(String caller, String key, Object answer) throws JsonProcessingException {
        int status = 200;
        String location = null;
        String etag = null;
        Object entity = answer;
        if (answer instanceof Response response) {
            status = response.getStatus();
            location = response.getLocation() == null ? null : response.getLocation().toString();
            EntityTag tag = response.getEntityTag();
            etag = tag == null ? null : tag.toString();
            entity = response.getEntity();
        } else if (answer == null) {
            status = 204;
        }
        entityManager.createNativeQuery("""
                update idempotency_key set status = :status, location = :location, etag = :etag, body = :body
                where caller = :caller and idempotency_key = :key
                """).setParameter("status", status).setParameter("location", location).setParameter("etag", etag)
                .setParameter("body", entity == null ? null : json.writeValueAsString(entity))
                .setParameter("caller", caller).setParameter("key", key).executeUpdate();
    }

    /** the operation and every argument the method received (body, path values, If-Match), as JSON; framework objects left out */
    private String fingerprint(String operation, Object[] parameters) throws JsonProcessingException, NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder(operation);
        for (Object parameter : parameters) {
            String type = parameter == null ? "" : parameter.getClass().getName();
            boolean framework = type.startsWith("jakarta.") || type.startsWith("io.vertx.") || type.startsWith("org.jboss.")
                    || type.startsWith("io.quarkus.");
            text.append('\n').append(framework ? type : json.writeValueAsString(parameter));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Forgets answers older than {@code ipcase.idempotency.retention} (a day): a retry comes within minutes. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Expiry {

        @Inject
        EntityManager entityManager;
        @ConfigProperty(name = "ipcase.idempotency.retention", defaultValue = "P1D")
        Duration retention;

        @Scheduled(every = "1h", delayed = "5m")
        void forgetOldKeys() {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from idempotency_key where created_at < :before")
                    .setParameter("before", Instant.now().minus(retention)).executeUpdate());
        }
    }
}
