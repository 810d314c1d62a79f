package io.ipcase.kit.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of outbox row ids written compactly as ascending ranges, {@code 100-150,152}: what a Kafka
 * transaction of the relay records as the offset metadata of its lane's pseudo consumer group.
 * Built by adding ids in ascending order while the text stays within a length limit.
 */
public final class IdRanges {

    private final List<long[]> ranges = new ArrayList<>();
    private int length;

    /** The length of the text, {@link #toString()}, so far. */
    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * Adds an id greater than every id added so far, unless the text would then be longer than
     * {@code limit}.
     * @return false when it was not added (too long)
     */
    public boolean add(long id, int limit) {
        long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && id <= last[1]) {
            throw new IllegalArgumentException("ids must be added in ascending order: " + id + " after " + last[1]);
        }
        int grown;
        if (last != null && id == last[1] + 1) {
            // "a" becomes "a-id"; "a-b" becomes "a-id"
            grown = last[0] == last[1] ? length + 1 + digits(id) : length - digits(last[1]) + digits(id);
        } else {
            grown = length + (last == null ? 0 : 1) + digits(id);
        }
        if (grown > limit) {
            return false;
        }
        if (last != null && id == last[1] + 1) {
            last[1] = id;
        } else {
            ranges.add(new long[] { id, id });
        }
        length = grown;
        return true;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(length);
        for (long[] range : ranges) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(range[0]);
            if (range[1] != range[0]) {
                text.append('-').append(range[1]);
            }
        }
        return text.toString();
    }

    /**
     * The ids a text written by {@link #toString()} lists.
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static List<Long> parse(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        try {
            for (String part : text.split(",")) {
                int dash = part.indexOf('-', 1);
                long from = Long.parseLong(part.substring(0, dash < 0 ? part.length() : dash).trim());
                long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1).trim());
                if (to < from || to - from > 1_000_000) {
                    throw new IllegalArgumentException("not an id range: " + part);
                }
                for (long id = from; id <= to; id++) {
                    ids.add(id);
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a list of id ranges: " + text, e);
        }
        return ids;
    }

    private static int digits(long id) {
        return Long.toString(id).length();
    }
}
