package dev.handbook.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Puts a time limit on work that blocks on a socket. A thread still at it when its limit passes
 * is interrupted, and interrupting a thread blocked on a socket channel closes that channel: a
 * client that stops reading or writing halfway loses its connection instead of keeping a thread.
 */
final class Watchdog implements AutoCloseable {

    private static final long CHECK_MILLIS = 250;

    private final Map<Thread, Watch> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "handbook-preview-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    Watchdog() {
        checker.scheduleWithFixedDelay(this::interruptOverdue, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs the work on this thread within the limit, which {@link #extend} may move on. */
    void run(Duration limit, Runnable work) {
        Watch watch = new Watch(Thread.currentThread(), deadline(limit));
        watched.put(watch.thread, watch);
        try {
            work.run();
        } finally {
            watched.remove(watch.thread);
            watch.finish();
        }
    }

    /** The work on this thread now has {@code limit} from now; outside {@link #run}, nothing happens. */
    void extend(Duration limit) {
        Watch watch = watched.get(Thread.currentThread());
        if (watch != null) {
            watch.deadline = deadline(limit);
        }
    }

    private static long deadline(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }

    private void interruptOverdue() {
        long now = System.nanoTime();
        watched.values().forEach(watch -> watch.interruptIfOverdue(now));
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }

    private static final class Watch {
        private final Thread thread;
        private volatile long deadline;
        private boolean finished;
        private boolean interrupted;

        Watch(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        synchronized void interruptIfOverdue(long now) {
            if (!finished && !interrupted && now - deadline > 0) {
                interrupted = true;
                thread.interrupt();
            }
        }

        /** No interrupt of this watch can reach the thread's next piece of work. */
        synchronized void finish() {
            finished = true;
            if (interrupted) {
                Thread.interrupted();
            }
        }
    }
}
