package dev.handbook.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A git tree object's bytes and where each entry starts: {@code MODE SP NAME NUL ID(20)}, in git's
 * order (by name, a tree's name compared as if it ended in '/').
 */
record RawTree(byte[] raw, int[] starts, int count) {

    static final RawTree EMPTY = new RawTree(new byte[0], new int[0], 0);

    private static final int ID = 20;

    static RawTree of(byte[] raw) {
        int[] starts = new int[Math.max(4, raw.length / 32)];
        int count = 0;
        for (int at = 0; at < raw.length; ) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at;
            int nul = at;
            while (raw[nul] != 0) {
                nul++;
            }
            at = nul + 1 + ID;
        }
        return new RawTree(raw, starts, count);
    }

    int start(int entry) {
        return entry < count ? starts[entry] : raw.length;
    }

    /** The entry holding this byte offset. */
    int entryAt(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : -found - 2;
    }

    boolean isTree(int entry) {
        // a tree's mode is "40000": the only mode of five digits
        return raw[starts[entry] + 5] == ' ';
    }

    private int nameStart(int entry) {
        return starts[entry] + (isTree(entry) ? 6 : 7);
    }

    private int nameEnd(int entry) {
        return start(entry + 1) - ID - 1;
    }

    String name(int entry) {
        return new String(raw, nameStart(entry), nameEnd(entry) - nameStart(entry), StandardCharsets.UTF_8);
    }

    ObjectId id(int entry) {
        return ObjectId.fromRaw(raw, start(entry + 1) - ID);
    }

    boolean sameId(int entry, RawTree other, int otherEntry) {
        int at = start(entry + 1) - ID;
        int otherAt = other.start(otherEntry + 1) - ID;
        return Arrays.equals(raw, at, at + ID, other.raw, otherAt, otherAt + ID);
    }

    /** Git's order of two entries: by name bytes, a tree's name as if followed by '/'. */
    static int compare(RawTree a, int i, RawTree b, int j) {
        int ai = a.nameStart(i);
        int ae = a.nameEnd(i);
        int bi = b.nameStart(j);
        int be = b.nameEnd(j);
        while (ai < ae && bi < be) {
            int d = (a.raw[ai++] & 0xff) - (b.raw[bi++] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        int ac = ai < ae ? a.raw[ai] & 0xff : a.isTree(i) ? '/' : 0;
        int bc = bi < be ? b.raw[bi] & 0xff : b.isTree(j) ? '/' : 0;
        return ac - bc;
    }
}
