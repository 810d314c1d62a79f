package io.ipcase.credit.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * The body of a listing action: the subject's {@code statement} to object or apply for repair;
 * the credit officer's {@code reason} to list, dismiss, grant or refuse repair; to announce, where the announcement was
 * published ({@code reason}) and on which day ({@code announcedOn}).
 */
public record ListingCommand(@Size(max = 2000) String reason, @Size(max = 4000) String statement, LocalDate announcedOn) {

    public static final ListingCommand EMPTY = new ListingCommand(null, null, null);

    public ListingCommand(String reason, String statement) {
        this(reason, statement, null);
    }
}
