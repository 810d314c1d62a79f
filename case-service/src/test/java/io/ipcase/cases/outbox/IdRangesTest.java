package io.ipcase.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.ipcase.kit.outbox.IdRanges;

/** The outbox batch's id list, as its Kafka transaction records it in the pseudo consumer group's offset metadata. */
class IdRangesTest {

    @Test
    void consecutiveIdsAreWrittenAsRangesAndReadBackExactly() {
        IdRanges ranges = new IdRanges();
        for (long id : new long[] { 100, 101, 102, 150, 152, 153, 9_000_000_001L }) {
            assertThat(ranges.add(id, 4096)).isTrue();
        }
        assertThat(ranges).hasToString("100-102,150,152-153,9000000001");
        assertThat(ranges.length()).isEqualTo(ranges.toString().length());
        assertThat(IdRanges.parse(ranges.toString())).containsExactly(100L, 101L, 102L, 150L, 152L, 153L, 9_000_000_001L);
        assertThat(IdRanges.parse("")).isEmpty();
    }

    @Test
    void anIdThatWouldMakeTheTextTooLongIsRefusedAndTheTextStaysWithinTheLimit() {
        IdRanges ranges = new IdRanges();
        List<Long> added = new ArrayList<>();
        long id = 1_000_000;
        while (true) {
            id += ThreadLocalRandom.current().nextInt(1, 4);
            if (!ranges.add(id, 4096)) {
                break;
            }
            added.add(id);
            assertThat(ranges.length()).isEqualTo(ranges.toString().length()).isLessThanOrEqualTo(4096);
        }
        assertThat(ranges.length()).isGreaterThan(4096 - 16);
        assertThat(IdRanges.parse(ranges.toString())).isEqualTo(added);
    }

    @Test
    void idsOutOfOrderAndUnreadableTextAreRefused() {
        IdRanges ranges = new IdRanges();
        ranges.add(5, 100);
        assertThatThrownBy(() -> ranges.add(5, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdRanges.parse("1-x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdRanges.parse("9-3")).isInstanceOf(IllegalArgumentException.class);
    }
}
