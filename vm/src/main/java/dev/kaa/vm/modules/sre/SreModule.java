package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sre}: the regular expression engine under the {@code re} package. {@code re._compiler}
 * turns a pattern into a list of code words (see {@link SreOp}); {@link #compile} wraps them in a
 * {@link PatternObject} whose methods run {@link SreEngine}.
 *
 * <p>Thread safety: stateless.
 */
public final class SreModule {
    private SreModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        m.put("MAGIC", PyInt.of(SreOp.MAGIC));
        m.put("CODESIZE", PyInt.of(4));
        m.put("MAXREPEAT", PyInt.of(SreOp.MAXREPEAT));
        m.put("MAXGROUPS", PyInt.of(SreOp.MAXGROUPS));
        m.put("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        Exposer.functions(SreModule.class, MethodHandles.lookup(), "_sre", m).forEach(m::put);
        return m;
    }

    @PyMethod
    static Object getcodesize() {
        return PyInt.of(4);
    }

    @PyMethod
    static boolean ascii_iscased(int character) {
        return SreChars.asciiIsCased(character);
    }

    @PyMethod
    static boolean unicode_iscased(int character) {
        return SreChars.uniIsCased(character);
    }

    @PyMethod
    static int ascii_tolower(int character) {
        return SreChars.asciiLower(character);
    }

    @PyMethod
    static int unicode_tolower(int character) {
        return SreChars.uniLower(character);
    }

    @PyMethod(positionalOnly = 0)
    static Object compile(Object pattern, int flags, Object code, long groups, Object groupindex,
            Object indexgroup) {
        if (!(code instanceof PyList list)) {
            throw PyErr.typeError("compile() argument 'code' must be list, not %T", code);
        }
        if (!(groupindex instanceof PyDict gi)) {
            throw PyErr.typeError("compile() argument 'groupindex' must be dict, not %T", groupindex);
        }
        if (!(indexgroup instanceof PyTuple ig)) {
            throw PyErr.typeError("compile() argument 'indexgroup' must be tuple, not %T", indexgroup);
        }
        int n = list.size();
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            long w = Abstract.asLong(list.get(i));
            if (w < 0 || w > 0xFFFFFFFFL) {
                throw PyErr.overflowError("regular expression code size limit exceeded");
            }
            words[i] = (int) w;
        }
        if (groups < 0 || groups > SreOp.MAXGROUPS) {
            throw PyErr.runtimeError("invalid SRE code");
        }
        SreProgram program = new SreProgram(words, (int) groups);
        return new PatternObject(pattern, flags, program, gi.copy(), ig);
    }

    @PyMethod
    static Object template(Object pattern, Object template) {
        return TemplateObject.of(template);
    }
}
