package io.ipcase.credit.service;

import jakarta.validation.constraints.Size;

/**
 * The body of a listing action: the subject's {@code statement} to object or apply for repair;
 * the credit officer's {@code reason} to list, dismiss, grant or refuse repair.
 */
public record ListingCommand(@Size(max = 2000) String reason, @Size(max = 4000) String statement) {

    public static final ListingCommand EMPTY = new ListingCommand(null, null);
}
