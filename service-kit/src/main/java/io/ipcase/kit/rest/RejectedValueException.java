package io.ipcase.kit.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value that is well formed but not acceptable; its message says why, and Jackson adds the field's path. */
public class RejectedValueException extends JsonMappingException {

    private final String reason;

    private RejectedValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public static RejectedValueException of(JsonParser parser, String reason) {
        return new RejectedValueException(parser, reason);
    }

    public String reason() {
        return reason;
    }
}
