package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A client that stops halfway loses its connection, not a thread of the preview. */
class WatchdogTest {

    @Test
    void workBlockedOnASocketPastItsLimitIsEndedAndTheNextWorkIsNot() throws Exception {
        try (Watchdog watchdog = new Watchdog();
                ServerSocketChannel listener =
                        ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                SocketChannel accepted = listener.accept()) {
            AtomicReference<Exception> failure = new AtomicReference<>();
            long start = System.nanoTime();
            // the client never writes: without the limit this read waits for good
            watchdog.run(Duration.ofMillis(300), () -> {
                try {
                    accepted.read(ByteBuffer.allocate(16));
                } catch (IOException e) {
                    failure.set(e);
                }
            });
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertInstanceOf(ClosedByInterruptException.class, failure.get());
            assertTrue(millis >= 300 && millis < 3000, millis + " ms");
            assertFalse(accepted.isOpen());
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is not left for the thread's next work");
            watchdog.run(Duration.ofSeconds(5), () -> {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    failure.set(e);
                }
            });
            assertInstanceOf(ClosedByInterruptException.class, failure.get());
        }
    }
}
