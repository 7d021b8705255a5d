package dev.handbook.scaffold;

/** A page that cannot be created as asked: it exists already, the name or level is unusable, the disk refused. */
public final class ScaffoldException extends Exception {

    public ScaffoldException(String message) {
        super(message);
    }
}
