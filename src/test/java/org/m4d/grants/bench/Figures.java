package org.m4d.grants.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies per step and the totals of one benchmark run. */
final class Figures {

    final String name;
    final Map<String, List<Long>> nanosByStep = new ConcurrentHashMap<>();
    final List<String> stepOrder = Collections.synchronizedList(new ArrayList<>());
    int lifecycles;
    double seconds;
    long statements;
    long commits;
    long rollbacks;
    double idleCommitsPerSecond;

    Figures(String name) {
        this.name = name;
    }

    void record(String step, long nanos) {
        nanosByStep.computeIfAbsent(step, s -> {
            stepOrder.add(s);
            return Collections.synchronizedList(new ArrayList<>());
        }).add(nanos);
    }

    long userSteps() {
        return nanosByStep.values().stream().mapToLong(List::size).sum();
    }

    double lifecyclesPerSecond() {
        return lifecycles / seconds;
    }

    double stepsPerSecond() {
        return userSteps() / seconds;
    }

    double statementsPerLifecycle() {
        return (double) statements / lifecycles;
    }

    double commitsPerLifecycle() {
        return (double) commits / lifecycles;
    }

    double rollbacksPerLifecycle() {
        return (double) rollbacks / lifecycles;
    }

    double commitsPerUserStep() {
        return (double) commits / userSteps();
    }

    double transactionsPerUserStep() {
        return (double) (commits + rollbacks) / userSteps();
    }

    static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    Map<String, double[]> percentiles() {
        Map<String, double[]> result = new LinkedHashMap<>();
        synchronized (stepOrder) {
            for (String step : stepOrder) {
                List<Long> nanos = nanosByStep.get(step);
                result.put(step, new double[] {percentile(nanos, 0.5), percentile(nanos, 0.95)});
            }
        }
        return result;
    }
}
