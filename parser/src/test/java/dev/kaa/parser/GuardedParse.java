package dev.kaa.parser;

import dev.kaa.parser.ast.Mod;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs Kaa's parser on one input at a time in a worker thread with a big stack, under a time limit,
 * and sorts what happens: a tree (with whatever the caller computes from it), a
 * {@link PySyntaxError}, another throwable (a crash: a bug whatever the input), or no answer in
 * time. A worker that does not answer is abandoned (daemon threads) and a fresh one takes over,
 * so one runaway input cannot stall the rest.
 *
 * <p>The worker's stack is large on purpose: CPython refuses deep nesting with its own errors
 * (200 nested parentheses, "too complex" for long unary chains), and a parser that relies on the
 * JVM's default stack to reach those limits should be found out by the fuzz test, which uses
 * {@link #DEFAULT_STACK}; the Lib test gives more room so as to test results, not stack sizes.
 *
 * <p>Thread safety: confined to the thread that made it.
 */
final class GuardedParse implements AutoCloseable {

    /** The JVM's usual thread stack size (0: the platform default). */
    static final long DEFAULT_STACK = 0;

    /** What one parse came to. */
    sealed interface Outcome<T> {
        record Parsed<T>(T value, long nanos) implements Outcome<T> {}
        record Rejected<T>(PySyntaxError error) implements Outcome<T> {}
        record Crashed<T>(Throwable error) implements Outcome<T> {}
        record TimedOut<T>() implements Outcome<T> {}
    }

    private final PythonParser parser;
    private final long stackSize;
    private ExecutorService worker;

    GuardedParse(PythonParser parser, long stackSize) {
        this.parser = parser;
        this.stackSize = stackSize;
        this.worker = newWorker();
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "kaa-parse", stackSize);
            t.setDaemon(true);
            return t;
        });
    }

    /** Parses {@code source} in {@code mode} and applies {@code then} to the tree, within {@code limitMillis}. */
    <T> Outcome<T> parse(byte[] source, String filename, ParseMode mode, Function<Mod, T> then, long limitMillis) {
        return call(() -> parser.parse(source, filename, mode), then, limitMillis);
    }

    /** Parses text {@code source} in {@code mode} and applies {@code then} to the tree, within {@code limitMillis}. */
    <T> Outcome<T> parse(String source, String filename, ParseMode mode, Function<Mod, T> then, long limitMillis) {
        return call(() -> parser.parse(source, filename, mode), then, limitMillis);
    }

    private <T> Outcome<T> call(Callable<Mod> parse, Function<Mod, T> then, long limitMillis) {
        Future<Outcome<T>> f = worker.submit(() -> {
            long start = System.nanoTime();
            Mod tree = parse.call();
            long nanos = System.nanoTime() - start;
            return new Outcome.Parsed<>(then.apply(tree), nanos);
        });
        try {
            return f.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof PySyntaxError se ? new Outcome.Rejected<>(se) : new Outcome.Crashed<>(cause);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome.TimedOut<>();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override public void close() {
        worker.shutdownNow();
    }
}
