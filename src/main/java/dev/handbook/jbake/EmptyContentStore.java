package dev.handbook.jbake;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store for a handbook's bake: empty, and without the embedded OrientDB database
 * behind it. A handbook keeps its pages out of JBake's database (our crawler hands them straight
 * to our renderer), yet starting the database cost about a second of CPU in every build, as much
 * as rendering a thousand pages.
 * <p>
 * The oven still calls the store as it always does: it is started and closed (nothing to do),
 * asked for the content it has not rendered (none), and told to check its schema. That last
 * call is final in JBake and asks the database whether its classes exist, so the store holds a
 * stand-in database that answers exactly that question ("yes") and refuses every other.
 */
public final class EmptyContentStore extends ContentStore {

    private static final String SESSION = "com.orientechnologies.orient.core.db.ODatabaseSession";
    private static final String METADATA = "com.orientechnologies.orient.core.metadata.OMetadata";
    private static final String SCHEMA = "com.orientechnologies.orient.core.metadata.schema.OSchema";

    public EmptyContentStore() {
        super("memory", "handbook");
        try {
            Field db = ContentStore.class.getDeclaredField("db");
            db.setAccessible(true);
            db.set(
                    this,
                    standIn(
                            SESSION,
                            "getMetadata",
                            standIn(METADATA, "getSchema", standIn(SCHEMA, "existsClass", true))));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JBake's content store is not the one handbook was built for", e);
        }
    }

    /** An object of the named interface whose one method returns the given answer; any other call fails. */
    private static Object standIn(String interfaceName, String method, Object answer) throws ClassNotFoundException {
        Class<?> type = Class.forName(interfaceName, false, ContentStore.class.getClassLoader());
        InvocationHandler handler = (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                return answer;
            }
            return objectMethod(proxy, called, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object objectMethod(Object proxy, Method called, Object[] args) {
        return switch (called.getName()) {
            case "toString" -> "handbook's stand-in for JBake's database";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default ->
                throw new UnsupportedOperationException(
                        "a handbook keeps no content in JBake's database: " + called.getName());
        };
    }

    @Override
    public void startup() {
        // nothing to start
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // nothing cached
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return new DocumentList<>();
    }

    @Override
    public long getPublishedCount(String docType) {
        return 0;
    }

    @Override
    public void close() {
        // nothing open
    }

    @Override
    public void shutdown() {
        // nothing running
    }
}
