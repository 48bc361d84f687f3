package dev.threatmodel.check;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work of a check started on a daemon thread of its own, so that it runs while the model loads; the check later takes
 * its result, or waits for it to end before returning, so that no thread of a check outlives it.
 */
final class BackgroundTask<T> {

    private final FutureTask<T> task;

    private BackgroundTask(FutureTask<T> task) {
        this.task = task;
    }

    static <T> BackgroundTask<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundTask<>(task);
    }

    /**
     * The work's result, once it is done. Whatever the work threw is thrown here as it was (an error too), and an
     * {@link InterruptedException} when this thread is interrupted while it waits.
     */
    T join() throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception thrown) {
                throw thrown;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits until the work has ended, whatever its outcome: for a caller that no longer needs the result. */
    void await() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the caller reports its own outcome; this one is not needed
        }
    }
}
