package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code atexit}, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class AtexitModuleTest {
    @Test
    void atexitBasic() {
        String source = """
                import atexit
                def f(*a, **k): print("f", a, k)
                class Bad:
                    def __call__(self): 1/0
                    def __repr__(self): return "<Bad>"
                bad = Bad()
                print(atexit.register(f, 1, x=2) is f, atexit._ncallbacks())
                atexit.register(bad); atexit.register(f, 9)
                atexit.register(lambda: print("last registered runs first"))
                print(atexit._ncallbacks())
                atexit.unregister(f); print(atexit._ncallbacks())
                atexit.register(f, "again")
                try: atexit.register(3)
                except TypeError as e: print(e)
                try: atexit.register()
                except TypeError as e: print(e)
                print(sorted(n for n in dir(atexit) if not n.startswith("__")))
                import sys
                sys.unraisablehook = lambda u: print("unraisable:", u.err_msg, u.exc_type.__name__, u.exc_value, u.object)
                atexit._run_exitfuncs()
                print(atexit._ncallbacks())
                atexit.register(print, "b"); atexit._clear(); print(atexit._ncallbacks()); atexit._run_exitfuncs()
                """;
        String expected = """
                True 1
                4
                4
                the first argument must be callable
                register() takes at least 1 argument (0 given)
                ['_clear', '_ncallbacks', '_run_exitfuncs', 'register', 'unregister']
                f ('again',) {}
                last registered runs first
                unraisable: Exception ignored in atexit callback <Bad> ZeroDivisionError division by zero None
                0
                0
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "atexit_basic.py"));
    }
}
