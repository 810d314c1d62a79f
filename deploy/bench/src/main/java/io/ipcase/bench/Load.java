package io.ipcase.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The two ways the harness loads a target.
 * <ul>
 * <li>{@link #closed}: a fixed number of connections, each sending its next request when the last is answered, for a fixed
 * time: the most the target does at that concurrency (throughput), the way every floor and figure is compared.</li>
 * <li>{@link #open}: requests sent at a constant arrival rate whatever the answers do, each latency counted from the moment
 * the request was due to be sent, not from when it went out: a stalled target shows as the wait of every request behind
 * the stall (no coordinated omission).</li>
 * </ul>
 * Latencies go into HdrHistograms in microseconds (1 µs to 1 min, 3 significant digits).
 */
final class Load {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    /** what one run of a load measured */
    record Result(String name, double perSecond, Histogram latency, long ok, long failed, String firstFailure) {

        double p50Millis() {
            return latency.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return latency.getValueAtPercentile(99) / 1000.0;
        }

        double maxMillis() {
            return latency.getMaxValue() / 1000.0;
        }
    }

    /** one request of a closed loop: true when the answer is the one expected */
    interface Call {
        boolean call() throws Exception;
    }

    /** one request of an open loop, sent without waiting: completes true when the answer is the one expected */
    interface AsyncCall {
        CompletableFuture<Boolean> start();
    }

    private Load() {
    }

    /** {@code connections} loops calling back to back for {@code warmUp} (not counted), then for {@code duration} */
    static Result closed(String name, int connections, Duration warmUp, Duration duration, Call call) throws InterruptedException {
        return closed(name, connections, warmUp, duration, i -> call);
    }

    /** as {@link #closed(String, int, Duration, Duration, Call)}, each connection with a call of its own (a JDBC connection, say) */
    static Result closed(String name, int connections, Duration warmUp, Duration duration, java.util.function.IntFunction<Call> calls)
            throws InterruptedException {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = new String[1];
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Call call = calls.apply(i);
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            break;
                        }
                        boolean good;
                        String why = null;
                        try {
                            good = call.call();
                        } catch (Exception e) {
                            good = false;
                            why = e.toString();
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom && answered <= end) {
                            recorder.recordValue(Math.min(MAX_MICROS, (answered - sent) / 1000));
                            (good ? ok : failed).incrementAndGet();
                            if (!good) {
                                synchronized (firstFailure) {
                                    if (firstFailure[0] == null) {
                                        firstFailure[0] = why == null ? "unexpected answer" : why;
                                    }
                                }
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await();
        Histogram latency = recorder.getIntervalHistogram();
        double seconds = duration.toNanos() / 1e9;
        return new Result(name, (ok.get() + failed.get()) / seconds, latency, ok.get(), failed.get(), firstFailure[0]);
    }

    /**
     * {@code connections} chains of requests, each sending its next when the last is answered (the HTTP loads: one event
     * loop carries every chain), for {@code warmUp} (not counted), then for {@code duration}
     */
    static Result closedAsync(String name, int connections, Duration warmUp, Duration duration, AsyncCall call) throws InterruptedException {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = new String[1];
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            new Object() {
                void next() {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        done.countDown();
                        return;
                    }
                    started(call).whenComplete((good, error) -> {
                        long answered = System.nanoTime();
                        if (sent >= measureFrom && answered <= end) {
                            recorder.recordValue(Math.min(MAX_MICROS, (answered - sent) / 1000));
                            count(ok, failed, firstFailure, good, error);
                        }
                        next();
                    });
                }
            }.next();
        }
        done.await();
        double seconds = duration.toNanos() / 1e9;
        return new Result(name, (ok.get() + failed.get()) / seconds, recorder.getIntervalHistogram(), ok.get(), failed.get(), firstFailure[0]);
    }

    /** the call sent; one that throws before sending counts as failed */
    private static CompletableFuture<Boolean> started(AsyncCall call) {
        try {
            return call.start();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void count(AtomicLong ok, AtomicLong failed, String[] firstFailure, Boolean good, Throwable error) {
        if (error == null && Boolean.TRUE.equals(good)) {
            ok.incrementAndGet();
            return;
        }
        failed.incrementAndGet();
        synchronized (firstFailure) {
            if (firstFailure[0] == null) {
                firstFailure[0] = error == null ? "unexpected answer" : error.toString();
            }
        }
    }

    /**
     * Requests at {@code ratePerSecond} for {@code duration}, each latency from its intended send time; waits up to
     * 60 s for the last answers (one still missing then counts as failed at that wait).
     */
    static Result open(String name, double ratePerSecond, Duration duration, AsyncCall call) throws InterruptedException {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = new String[1];
        long interval = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long count = (long) (duration.toNanos() / 1e9 * ratePerSecond);
        CountDownLatch answered = new CountDownLatch((int) count);
        for (long i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            started(call).whenComplete((good, error) -> {
                recorder.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - intended) / 1000));
                count(ok, failed, firstFailure, good, error);
                answered.countDown();
            });
        }
        if (!answered.await(60, TimeUnit.SECONDS)) {
            failed.addAndGet(answered.getCount());
            recorder.recordValueWithCount(MAX_MICROS, answered.getCount());
        }
        return new Result(name, ratePerSecond, recorder.getIntervalHistogram(), ok.get(), failed.get(), firstFailure[0]);
    }
}
