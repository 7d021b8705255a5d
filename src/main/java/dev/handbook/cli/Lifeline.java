package dev.handbook.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;

/**
 * Ends the relaunched JVM the moment the {@code java -jar} process that started it ends, however
 * it ends: a worker left running would go on to publish a site nobody asked for any more (and a
 * preview would keep its port). The parent hands the worker a pipe as its standard input and never
 * writes to it; when the parent exits, even by kill -9, the operating system closes the pipe and
 * the worker reads end of file.
 * <p>
 * Chosen over watching the parent's process id: that needs polling (ProcessHandle.onExit polls a
 * process that is not one's child, up to five seconds apart), and a parent killed but not yet
 * reaped by its shell still looks alive; the pipe's end arrives at once and on every system.
 * The price: the worker's standard input is not the terminal, which no command reads.
 */
final class Lifeline {

    /** Set on the worker's command line when its standard input is the pipe from its parent. */
    static final String PROPERTY = "handbook.lifeline";

    static final String STDIN = "stdin";

    private Lifeline() {}

    /** In a worker started by {@link Relaunch}: watches the pipe on a daemon thread. */
    static void watchIfRelaunched() {
        if (!STDIN.equals(System.getProperty(PROPERTY))) {
            return;
        }
        // a channel, not System.in: a thread blocked in a stream's read holds up every exit of the
        // JVM by 300 ms (it waits for threads in native code), while a channel's read ends when
        // the thread is interrupted, which the shutdown hook below does
        FileChannel pipe = new FileInputStream(FileDescriptor.in).getChannel();
        Thread watcher = new Thread(() -> awaitEnd(pipe), "parent-lifeline");
        watcher.setDaemon(true);
        watcher.start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            watcher.interrupt();
                            try {
                                watcher.join(100);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "parent-lifeline-stop"));
    }

    private static void awaitEnd(FileChannel pipe) {
        ByteBuffer ignored = ByteBuffer.allocate(64);
        try {
            while (pipe.read(ignored) >= 0) {
                ignored.clear(); // the parent never writes; anything read is ignored
            }
        } catch (ClosedByInterruptException e) {
            return; // this JVM is exiting on its own
        } catch (IOException e) {
            // a broken pipe is an ended parent too
        }
        // halt, not exit: no shutdown hook may run on into a publish; a staging folder left behind
        // is removed by the next build, and the lock dies with the process
        Runtime.getRuntime().halt(ExitCode.CONTENT_ERRORS.code);
    }
}
