package dev.handbook.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmptyContentStoreTest {

    @Test
    void theOvensCallsAreAnsweredWithoutADatabase() {
        EmptyContentStore store = new EmptyContentStore();
        store.startup();
        store.updateSchema(); // final in JBake: goes to the stand-in database
        store.updateAndClearCacheIfNeeded(true, null);
        assertTrue(store.getUnrenderedContent().isEmpty());
        assertTrue(store.getAllContent("post").isEmpty());
        assertEquals(0, store.getPublishedCount("post"));
        store.close();
        store.shutdown();
    }

    @Test
    void anyOtherUseOfTheDatabaseFailsLoudly() {
        EmptyContentStore store = new EmptyContentStore();
        RuntimeException e = assertThrows(RuntimeException.class, () -> store.getDocumentCount("post"));
        assertTrue(String.valueOf(e.getMessage()).contains("keeps no content"), e.toString());
    }
}
