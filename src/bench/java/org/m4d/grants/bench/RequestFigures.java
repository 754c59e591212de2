package org.m4d.grants.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response times and errors of the load's requests, by kind, as the simulation's users record them: the
 * harness reads its own figures rather than parse Gatling's HTML report, whose format is Gatling's to change.
 */
final class RequestFigures {

    /** One kind of request: how many were sent, how many failed, the response times (ms) of those answered. */
    static final class Kind {
        private final List<Integer> millis = new ArrayList<>();
        private long count;
        private long errors;

        synchronized void add(Integer ms, boolean ok) {
            count++;
            if (ms != null) {
                millis.add(ms);
            }
            if (!ok) {
                errors++;
            }
        }

        synchronized long count() {
            return count;
        }

        synchronized long errors() {
            return errors;
        }

        /** The p-th percentile (0 < p ≤ 1) of the answered requests, nearest rank. */
        synchronized double percentile(double p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            List<Integer> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)));
        }

        private synchronized void addAll(Kind other) {
            synchronized (other) {
                millis.addAll(other.millis);
                count += other.count;
                errors += other.errors;
            }
        }
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** A request's response time ({@code null} when no answer came) and whether it passed its checks. */
    void record(String kind, Integer ms, boolean ok) {
        Kind k;
        synchronized (this) {
            k = kinds.computeIfAbsent(kind, name -> new Kind());
        }
        k.add(ms, ok);
    }

    synchronized Map<String, Kind> kinds() {
        return new LinkedHashMap<>(kinds);
    }

    /** All kinds taken together. */
    Kind all() {
        Kind all = new Kind();
        kinds().values().forEach(all::addAll);
        return all;
    }
}
