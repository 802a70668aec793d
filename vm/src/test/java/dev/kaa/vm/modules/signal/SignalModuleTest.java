package dev.kaa.vm.modules.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code _signal}'s Java side: the table of signals, and the way a signal recorded on another
 * thread reaches the main thread's Python handler at a check point (the eval breaker's bits).
 * CPython's behaviour for whole programs is checked by the corpus ({@code stdlib_signal}).
 */
class SignalModuleTest {
    @Test
    void table() {
        assertEquals(65, SignalNames.NSIG);
        assertEquals(31, SignalNames.values().length);
        for (SignalNames s : SignalNames.values()) {
            assertEquals(s, SignalNames.of(s.number));
            assertEquals(s.name().substring(3), s.jvmName());
        }
        assertEquals("Interrupt", SignalNames.describe(2));
        assertEquals("Real-time signal 0", SignalNames.describe(34));
        assertEquals("Real-time signal 30", SignalNames.describe(64));
        assertNull(SignalNames.describe(32));
        assertFalse(SignalNames.valid(0));
        assertFalse(SignalNames.valid(33));
        assertTrue(SignalNames.valid(64));
        assertFalse(SignalNames.valid(65));
    }

    /** A signal the JVM delivers on its own thread runs the handler in the main thread. */
    @Test
    void handlerRunsInMainThread() {
        String out = PyScripts.run("""
                import signal, threading, time
                where = []
                signal.signal(signal.SIGUSR1, lambda n, f: where.append((n, threading.current_thread().name)))
                def sender():
                    signal.raise_signal(signal.SIGUSR1)
                t = threading.Thread(target=sender, name="sender")
                t.start(); t.join()
                deadline = time.monotonic() + 5
                while not where and time.monotonic() < deadline:
                    pass
                print(where)
                signal.signal(signal.SIGUSR1, signal.SIG_DFL)
                """, "main_thread.py");
        assertEquals("[(10, 'MainThread')]\n", out);
    }

    /** interrupt_main goes through the SIGINT handler: a Python one runs, SIG_IGN drops it. */
    @Test
    void interruptMainUsesTheHandler() {
        String out = PyScripts.run("""
                import signal, _thread
                got = []
                signal.signal(signal.SIGINT, lambda n, f: got.append(n))
                _thread.interrupt_main()
                for i in range(10): pass
                print(got)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                _thread.interrupt_main()
                for i in range(10): pass
                print("ignored")
                signal.signal(signal.SIGINT, signal.default_int_handler)
                try:
                    _thread.interrupt_main()
                    for i in range(10): pass
                except KeyboardInterrupt:
                    print("KeyboardInterrupt")
                """, "interrupt_main.py");
        assertEquals("[2]\nignored\nKeyboardInterrupt\n", out);
    }
}
