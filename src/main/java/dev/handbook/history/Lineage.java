package dev.handbook.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One page while the history is walked: where it is now, its blob, and its points so far. */
final class Lineage {

    String path;
    String blob;
    LocalDate lastCommit;
    LocalDate removed;
    final List<LevelPoint> points = new ArrayList<>();

    Lineage(String path, String blob, LocalDate lastCommit) {
        this.path = path;
        this.blob = blob;
        this.lastCommit = lastCommit;
    }

    /** Records the levels of a commit when they start the timeline or differ from the last point. */
    void judged(LocalDate day, String commit, boolean product, String declared, String earned) {
        if (points.isEmpty() && !product) {
            return;
        }
        LevelPoint last = points.isEmpty() ? null : points.get(points.size() - 1);
        if (last == null || !last.sameLevels(declared, earned)) {
            points.add(new LevelPoint(day, commit, declared, earned));
        }
    }

    PageHistory snapshot() {
        return new PageHistory(path, points, lastCommit, removed);
    }
}
