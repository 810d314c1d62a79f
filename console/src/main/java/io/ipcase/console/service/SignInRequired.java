package io.ipcase.console.service;

/** A page needs a signed-in user and there is none (or the services no longer accept the token). */
public final class SignInRequired extends RuntimeException {

    public SignInRequired() {
        super("sign-in required", null, false, false);
    }
}
