package dev.kaa.threading.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.threading.GlobalLock;
import dev.kaa.threading.GlobalLockProvider;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SwitchingGilTest {
    /** An interpreter's side of the lock: a drop-request flag its "check points" poll. */
    private static final class Breaker implements GlobalLock.Hooks {
        final AtomicBoolean drop = new AtomicBoolean();
        final AtomicInteger requests = new AtomicInteger();

        @Override public void requestDrop() {
            requests.incrementAndGet();
            drop.set(true);
        }

        @Override public void clearDropRequest() {
            drop.set(false);
        }
    }

    @Test
    void theHolderIsTheCallingThreadUntilItReleases() {
        GlobalLock gil = new SwitchingGil(new Breaker());
        assertFalse(gil.isHeldByCurrentThread());
        gil.acquire();
        assertTrue(gil.isHeldByCurrentThread());
        assertThrows(IllegalStateException.class, gil::acquire);
        gil.release();
        assertFalse(gil.isHeldByCurrentThread());
        assertThrows(IllegalStateException.class, gil::release);
    }

    @Test
    void aWaiterAsksTheHolderToLetGoAndGetsTheLockAtItsNextCheckPoint() throws Exception {
        Breaker breaker = new Breaker();
        GlobalLock gil = new SwitchingGil(breaker);
        gil.setSwitchInterval(TimeUnit.MILLISECONDS.toNanos(1));
        gil.acquire();
        AtomicInteger waiterRuns = new AtomicInteger();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread waiter = Thread.ofPlatform().start(() -> {
            waiting.countDown();
            gil.acquire();
            waiterRuns.incrementAndGet();
            gil.release();
        });
        waiting.await();
        long switchesBefore = gil.switches();
        // The holder "runs Python": it polls the breaker, as the interpreter's check points do.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!breaker.drop.get()) {
            assertTrue(System.nanoTime() < deadline, "no drop request came");
            Thread.onSpinWait();
        }
        gil.yieldToWaiters();
        // Forced switching: the holder got the lock back only after the waiter had held it.
        assertEquals(1, waiterRuns.get());
        assertTrue(gil.isHeldByCurrentThread());
        assertFalse(breaker.drop.get(), "the request is withdrawn once the waiter has the lock");
        assertTrue(breaker.requests.get() >= 1);
        assertTrue(gil.switches() >= switchesBefore + 2, "to the waiter and back");
        gil.release();
        waiter.join();
    }

    @Test
    void yieldingWithNobodyWaitingKeepsTheLock() {
        Breaker breaker = new Breaker();
        GlobalLock gil = new SwitchingGil(breaker);
        gil.acquire();
        long switches = gil.switches();
        gil.yieldToWaiters();
        assertTrue(gil.isHeldByCurrentThread());
        assertEquals(switches, gil.switches());
        gil.release();
    }

    @Test
    void threadsThatIncrementUnderTheLockLoseNoUpdates() throws Exception {
        Breaker breaker = new Breaker();
        GlobalLock gil = new SwitchingGil(breaker);
        gil.setSwitchInterval(TimeUnit.MICROSECONDS.toNanos(50));
        int[] counter = {0};
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                gil.acquire();
                for (int i = 0; i < 100_000; i++) {
                    counter[0]++; // a plain field: only the lock makes this safe
                    if ((i & 63) == 0 && breaker.drop.get()) {
                        gil.yieldToWaiters();
                    }
                }
                gil.release();
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(400_000, counter[0]);
    }

    @Test
    void theSwitchIntervalIsPositive() {
        GlobalLock gil = new SwitchingGil(new Breaker());
        assertEquals(TimeUnit.MILLISECONDS.toNanos(5), gil.switchInterval());
        gil.setSwitchInterval(10_000);
        assertEquals(10_000, gil.switchInterval());
        assertThrows(IllegalArgumentException.class, () -> gil.setSwitchInterval(0));
    }

    @Test
    void providersAreFoundByName() {
        assertInstanceOf(SwitchingGilProvider.class, GlobalLockProvider.named("gil"));
        assertThrows(IllegalArgumentException.class, () -> GlobalLockProvider.named("no-such-lock"));
    }
}
