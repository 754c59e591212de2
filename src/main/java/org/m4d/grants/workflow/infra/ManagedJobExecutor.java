package org.m4d.grants.workflow.infra;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;

/**
 * The engine's job executor, its acquisition thread and its job threads from the container's
 * managed thread factory, so that timers and async steps run with the application's context (CDI, JNDI, class loader) and join
 * JTA transactions like any request does.
 */
final class ManagedJobExecutor extends ThreadPoolJobExecutor {

    private final ThreadFactory threadFactory;

    /**
     * {@code owner} names this node on the jobs it locks (ACT_RU_JOB.LOCK_OWNER_); {@code lockTime} is how long
     * such a lock holds: when the node dies mid-job, another node runs the job once it has passed.
     */
    ManagedJobExecutor(ThreadFactory threadFactory, int threads, String owner, Duration lockTime) {
        this.threadFactory = threadFactory;
        setThreadPoolExecutor(new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 3), threadFactory));
        setMaxJobsPerAcquisition(threads * 2);
        setLockOwner(owner);
        setLockTimeInMillis(Math.toIntExact(lockTime.toMillis()));
        setWaitTimeInMillis(1000);
        setMaxWait(10_000);
    }

    /**
     * Camunda starts a plain thread here, which inherits the invocation context of the thread that
     * started the engine; a managed thread has one of its own, in which its transactions enlist.
     */
    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.setName(getName());
            jobAcquisitionThread.start();
        }
    }

    @Override
    protected void stopExecutingJobs() {
        super.stopExecutingJobs();
        threadPoolExecutor.shutdown();
        try {
            threadPoolExecutor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
