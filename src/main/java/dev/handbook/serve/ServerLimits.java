package dev.handbook.serve;

import java.time.Duration;

/**
 * How much of the machine the preview server may hold, whoever connects to it. The JDK's server
 * reads a request on the thread that answers it, so the threads bound the requests in progress;
 * its own settings (system properties read once, when its first server is made) bound the
 * connections and the time a request may take to arrive.
 */
final class ServerLimits {

    /** Threads answering requests; each open event stream holds one of them. */
    static final int THREADS = 80;
    /** Open event streams (a page each); more are refused with 503. */
    static final int EVENT_STREAMS = 64;
    /** Requests read and waiting for a thread; more are closed at once. */
    static final int WAITING = 256;
    /** Connections the system may hold for the server before it takes them (a flood of new ones waits there). */
    static final int BACKLOG = 256;
    /** Connections the server keeps open at once, idle ones included; more are closed at once. */
    static final int CONNECTIONS = 256;
    /** From the first byte of a request to its last header. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(10);
    /** From the first byte of a request to the last byte of its answer (event streams excepted). */
    static final Duration EXCHANGE_TIME = Duration.ofSeconds(30);
    /** One write to an event stream. */
    static final Duration EVENT_WRITE_TIME = Duration.ofSeconds(10);
    /** How often an event stream gets a comment line, which is how a page that has gone is noticed. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private ServerLimits() {}

    /**
     * Sets the JDK server's limits, unless the user set them already: they take effect only if no
     * JDK server was made in this JVM before, which holds for the command line and Maven.
     */
    static void applyToJdkServer() {
        setUnlessSet("jdk.httpserver.maxConnections", Integer.toString(CONNECTIONS));
        setUnlessSet("sun.net.httpserver.maxReqTime", Long.toString(REQUEST_TIME.toSeconds()));
        setUnlessSet("sun.net.httpserver.maxReqHeaders", "100");
        setUnlessSet("sun.net.httpserver.maxReqHeaderSize", Integer.toString(64 * 1024));
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
