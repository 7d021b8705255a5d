package dev.handbook.jbake;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jbake.app.ContentStore;

/**
 * JBake's content store, started in the background as soon as a build begins: JBake's oven needs
 * its embedded database running even though a handbook keeps its pages out of it, and starting
 * it takes about a second that can overlap with parsing and validation instead of following them.
 */
public final class WarmContentStore extends ContentStore {

    private final CompletableFuture<Void> started;

    /** OrientDB reports its start-up through java.util.logging; our users need none of it. */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    public WarmContentStore() {
        super("memory", "handbook-" + UUID.randomUUID());
        ORIENT_LOG.setLevel(java.util.logging.Level.SEVERE);
        // The store lives in memory for one bake and nobody logs in to it: hashing its throwaway
        // admin password with 65,536 rounds of PBKDF2 was more than half of its start-up time.
        // (OrientDB reads these once, when its configuration class loads: before the first start.)
        System.setProperty("security.userPasswordDefaultAlgorithm", "SHA-256");
        System.setProperty("security.userPasswordSaltIterations", "1");
        started = CompletableFuture.runAsync(super::startup);
    }

    /** The oven calls this first; by then the database is usually up. */
    @Override
    public void startup() {
        started.join();
    }

    /** For a build that ends before baking: stop the database once it has started. */
    public void discard() {
        started.whenComplete((done, failure) -> close());
    }
}
