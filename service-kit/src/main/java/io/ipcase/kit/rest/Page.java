package io.ipcase.kit.rest;

import java.util.List;

/** One page of a list every service answers the same way: the items, how many there are in all, which page and its size. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), 0, page, size);
    }
}
