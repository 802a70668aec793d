package dev.kaa.vm.objects;

import dev.kaa.bytecode.CodeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments to a Python function's parameters in its frame's locals, with
 * CPython's error messages ({@code initialize_locals} in {@code ceval.c}).
 *
 * <p>Thread safety: stateless.
 */
final class ArgBinding {
    private ArgBinding() {}

    static void bind(PyFunction fn, Object[] locals, Object[] args, int from, int total, String[] kwnames) {
        PyCode co = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = total - nkw;
        int argcount = co.argcount;
        int kwonly = co.kwonlyargcount;
        boolean varargs = co.hasFlag(CodeObject.CO_VARARGS);
        boolean varkw = co.hasFlag(CodeObject.CO_VARKEYWORDS);
        int starIndex = argcount + kwonly;
        int kwIndex = starIndex + (varargs ? 1 : 0);
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[kwIndex] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, from, locals, 0, n);
        if (varargs) {
            Object[] extra = new Object[Math.max(0, npos - argcount)];
            System.arraycopy(args, from + n, extra, 0, extra.length);
            locals[starIndex] = PyTuple.of(extra);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, args, from, total, kwnames, locals);
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            Object value = args[from + npos + k];
            int at = -1;
            for (int i = co.posonlyargcount; i < argcount + kwonly; i++) {
                if (co.localsplusNames[i].value.equals(kw)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(kw), value);
                    continue;
                }
                for (int i = 0; i < co.posonlyargcount; i++) {
                    if (co.localsplusNames[i].value.equals(kw)) {
                        if (posonlyAsKw == null) {
                            posonlyAsKw = new ArrayList<>();
                        }
                        posonlyAsKw.add(kw);
                        at = -2;
                        break;
                    }
                }
                if (at == -2) {
                    continue;
                }
                throw unexpectedKeyword(fn, kw);
            }
            if (locals[at] != null) {
                throw PyErr.typeError("%s() got multiple values for argument '%s'", fn.qualname, kw);
            }
            locals[at] = value;
        }
        if (posonlyAsKw != null) {
            throw PyErr.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    fn.qualname, String.join(", ", posonlyAsKw));
        }
        fillDefaults(fn, locals, npos);
    }

    /** 3.13 suggests the nearest parameter name ("Did you mean 'b'?"). */
    private static PyException unexpectedKeyword(PyFunction fn, String kw) {
        PyCode co = fn.code;
        List<Object> candidates = new ArrayList<>();
        for (int i = co.posonlyargcount; i < co.argcount + co.kwonlyargcount; i++) {
            candidates.add(co.localsplusNames[i]);
        }
        String suggestion = TracebackSuggestions.closest(candidates, kw);
        if (suggestion != null) {
            return PyErr.typeError("%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", fn.qualname, kw,
                    suggestion);
        }
        return PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, kw);
    }

    private static void fillDefaults(PyFunction fn, Object[] locals, int npos) {
        PyCode co = fn.code;
        int argcount = co.argcount;
        if (npos < argcount) {
            int ndefs = fn.defaults == null ? 0 : fn.defaults.size();
            int firstDefault = argcount - ndefs;
            List<String> missing = new ArrayList<>();
            for (int i = npos; i < argcount; i++) {
                if (locals[i] == null) {
                    if (i >= firstDefault) {
                        locals[i] = fn.defaults.get(i - firstDefault);
                    } else {
                        missing.add(co.localsplusNames[i].value);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(fn, missing, "positional");
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < argcount + co.kwonlyargcount; i++) {
                if (locals[i] == null) {
                    Object d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(co.localsplusNames[i]);
                    if (d != null) {
                        locals[i] = d;
                    } else {
                        missing.add(co.localsplusNames[i].value);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(fn, missing, "keyword-only");
            }
        }
    }

    private static PyException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError("%s() missing %d required %s argument%s: %s", fn.qualname, n, kind,
                n == 1 ? "" : "s", sb);
    }

    private static PyException tooManyPositional(PyFunction fn, int given, Object[] args, int from, int total,
            String[] kwnames, Object[] locals) {
        PyCode co = fn.code;
        int argcount = co.argcount;
        int ndefs = fn.defaults == null ? 0 : fn.defaults.size();
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String kw : kwnames) {
                for (int i = argcount; i < argcount + co.kwonlyargcount; i++) {
                    if (co.localsplusNames[i].value.equals(kw)) {
                        kwonlyGiven++;
                    }
                }
            }
        }
        String takes;
        if (ndefs > 0) {
            takes = "from " + (argcount - ndefs) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        String givenText = given + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given";
        if (kwonlyGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        }
        return PyErr.typeError("%s() takes %s but %s", fn.qualname, takes, givenText);
    }
}
