package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _imp}: {@code source_hash} (SipHash-1-3), the import lock, the built-in and frozen module queries, run as Python on Kaa. The expected text is what CPython 3.13 printed for the
 * same program on Linux.
 */
class ImpModuleTest {
    @Test
    void module() {
        assertEquals(EXPECTED, WeakrefModuleTest.runPython(SOURCE, "imp_module.py"));
    }

    private static final String SOURCE = """
            import _imp
            print(_imp.source_hash(3571, b"abc"), _imp.source_hash(0,b""), _imp.source_hash(-1, b"x"), _imp.source_hash(12345, b"0123456789abcdefXYZ"))
            print(_imp.check_hash_based_pycs, _imp.is_builtin("sys"), _imp.is_builtin("posix"), _imp.is_builtin("os"), _imp.is_frozen("xx"), _imp.find_frozen("xx"), _imp.lock_held())
            _imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock(); print(_imp.lock_held())
            for f,a in [(_imp.release_lock,()),(_imp.source_hash,(1,"x")),(_imp.is_builtin,(1,)),(_imp._fix_co_filename,(1,"x")),(_imp.find_frozen,(1,)),(_imp.is_frozen,(1,)),(_imp.get_frozen_object,("zz",)),(_imp.is_frozen_package,("zz",)),(_imp.init_frozen,("zz",)), (_imp.exec_builtin, (_imp,))]:
              try: print(repr(f(*a)))
              except Exception as e: print(type(e).__name__, e)
            class S: name="nosuch"
            class T: name="posix"
            import posix, sys
            print(_imp.create_builtin(S()), type(_imp.create_builtin(T())).__name__, _imp.exec_builtin(posix))
            print(_imp.source_hash(key=1, source=b"x"))
            K = int.from_bytes((3571).to_bytes(2, "little") + b"\\r\\n", "little")
            print(_imp.source_hash(K, b"print(1)\\n"))
            """;

    private static final String EXPECTED = """
            b'\\x97=\\xc6\\x84\\x88-H#' b',S\\x0c\\x15b\\xa7\\xfb\\xd1' b'\\xbfn\\xc7"yr\\'8' b'\\xad\\xe2\\xdc\\x16\\xcb=\\xe5\\xd9'
            default -1 1 0 False None False
            True
            False
            RuntimeError not holding the import lock
            TypeError a bytes-like object is required, not 'str'
            TypeError is_builtin() argument must be str, not int
            TypeError _fix_co_filename() argument 1 must be code, not int
            TypeError find_frozen() argument 1 must be str, not int
            TypeError is_frozen() argument must be str, not int
            ImportError No such frozen object named 'zz'
            ImportError No such frozen object named 'zz'
            None
            0
            None module 0
            b'\\xec\\x8b\\xd6\\xd9\\xda\\x98V\\xa5'
            b'Z\\x90y\\x1f\\x83\\xbeF5'
            """;
}
