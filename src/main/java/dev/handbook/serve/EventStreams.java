package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server-sent event streams through which open pages hear that the site was rebuilt: at most
 * {@link ServerLimits#EVENT_STREAMS}, each written by the thread that answered it. A stream gets a
 * comment line every {@link ServerLimits#HEARTBEAT}, and the write that fails on a page that has
 * gone ends the exchange by an exception, which is how the JDK server lets go of a connection.
 */
final class EventStreams {

    private static final byte[] CONNECTED = bytes(": connected\n\n");
    private static final byte[] HEARTBEAT = bytes(": heartbeat\n\n");
    private static final byte[] RELOAD = bytes("event: reload\ndata: reload\n\n");
    private static final byte[] CLOSE = new byte[0];
    /**
     * Messages waiting for one stream: a sweep adds two heartbeats only to an empty inbox, so a
     * full one holds a reload, and a reload that finds no room has one coming anyway.
     */
    private static final int INBOX = 8;
    /** How long a new page waits for a stream that has gone to notice it, when every slot is taken. */
    private static final long SLOT_WAIT_MILLIS = 250;
    /** After a wait that freed nothing, new streams are refused at once for this long. */
    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Semaphore slots = new Semaphore(ServerLimits.EVENT_STREAMS);
    private final Set<BlockingQueue<byte[]>> inboxes = ConcurrentHashMap.newKeySet();
    private final Watchdog watchdog;
    private final AtomicLong fruitlessSweep = new AtomicLong(System.nanoTime() - SWEEP_INTERVAL_NANOS);

    EventStreams(Watchdog watchdog) {
        this.watchdog = watchdog;
    }

    /** Answers a request for the stream, and keeps answering until the page goes or the preview stops. */
    void serve(HttpExchange exchange) throws IOException {
        if (!takeSlot()) {
            Reply.text(503, "too many open pages are listening for reloads; close some")
                    .send(exchange);
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Content-Security-Policy", SiteFiles.LOCKED_DOWN);
            if (exchange.getRequestMethod().equals("HEAD")) {
                Reply.sendHeadersOnly(exchange, 200, 0);
                return;
            }
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody());
        } finally {
            slots.release();
        }
    }

    /** Tells every open page to reload; a stream already behind on its messages has one coming anyway. */
    void reload() {
        inboxes.forEach(inbox -> inbox.offer(RELOAD));
    }

    /** Ends every stream: each writes nothing more and lets its exchange go. */
    void close() {
        inboxes.forEach(inbox -> inbox.offer(CLOSE));
    }

    private void stream(OutputStream body) throws IOException {
        BlockingQueue<byte[]> inbox = new ArrayBlockingQueue<>(INBOX);
        write(body, CONNECTED);
        inboxes.add(inbox);
        try {
            while (true) {
                watchdog.extend(ServerLimits.HEARTBEAT.plus(ServerLimits.EVENT_WRITE_TIME));
                byte[] message = inbox.poll(ServerLimits.HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                if (message == CLOSE) {
                    return;
                }
                if (message == null) {
                    // twice: the first write to a page that has gone brings back its reset, the second fails
                    write(body, HEARTBEAT);
                    write(body, HEARTBEAT);
                } else {
                    write(body, message);
                }
            }
        } catch (InterruptedException e) {
            throw new IOException("the event stream was stopped", e);
        } finally {
            inboxes.remove(inbox);
        }
    }

    private void write(OutputStream body, byte[] message) throws IOException {
        watchdog.extend(ServerLimits.EVENT_WRITE_TIME);
        body.write(message);
        body.flush();
    }

    /**
     * A free slot, or, when all are taken, one that a page which has gone frees: every stream is
     * written to twice at once, since the first write to a closed connection is the one that
     * brings back its reset and only the second fails. A sweep that freed nothing is not repeated
     * for a second, so that a flood of new streams costs the threads little.
     */
    private boolean takeSlot() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (System.nanoTime() - fruitlessSweep.get() < SWEEP_INTERVAL_NANOS) {
            return false;
        }
        inboxes.forEach(inbox -> {
            if (inbox.isEmpty()) { // a stream with messages waiting writes soon anyway
                inbox.offer(HEARTBEAT);
                inbox.offer(HEARTBEAT);
            }
        });
        try {
            if (slots.tryAcquire(SLOT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
            fruitlessSweep.set(System.nanoTime());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
