package dev.handbook.render.map;

/** Adjacency lists packed into two arrays: the entries of node v sit at positions start(v) to end(v) - 1. */
final class Adjacency {

    private final int[] start;
    private final int[] entries;

    private Adjacency(int[] start, int[] entries) {
        this.start = start;
        this.entries = entries;
    }

    /** Groups values[i] under keys[i], keeping the order of i within each group. */
    static Adjacency of(int nodes, int[] keys, int[] values) {
        int[] start = new int[nodes + 1];
        for (int key : keys) {
            start[key + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        int[] next = start.clone();
        int[] entries = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            entries[next[keys[i]]++] = values[i];
        }
        return new Adjacency(start, entries);
    }

    int start(int node) {
        return start[node];
    }

    int end(int node) {
        return start[node + 1];
    }

    int at(int position) {
        return entries[position];
    }
}
