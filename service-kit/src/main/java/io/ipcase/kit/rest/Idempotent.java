package io.ipcase.kit.rest;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A state-changing REST method that honours the {@code Idempotency-Key} header: the same caller
 * sending the same key with the same request gets the first answer again and nothing changes
 * twice; the same key with another request is a 422. See {@link IdempotencyKeys}.
 */
@InterceptorBinding
@Target({ METHOD, TYPE })
@Retention(RUNTIME)
public @interface Idempotent {
}
