package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Splitting exception groups: {@code split}/{@code subgroup} of {@code BaseExceptionGroup}, and
 * the two operations the interpreter needs for {@code except*} ({@code CHECK_EG_MATCH} and
 * {@code CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR}).
 *
 * <p>A part of a group is made by the group's own {@code derive()} and gets the original's
 * traceback, cause, context and a copy of its notes, as CPython's {@code exceptiongroup_subset}.
 *
 * <p>Thread safety: stateless.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** The outcome of a split: the matching part and the rest, each null when empty. */
    public record Split(PyBaseException match, PyBaseException rest) {}

    /**
     * The matcher for a {@code split}/{@code subgroup} condition: an exception type, a tuple of
     * them, or a callable other than a class.
     */
    static Predicate<PyBaseException> matcher(Object condition) {
        if (!(condition instanceof PyType) && Abstract.typeOf(condition).slot(Slot.__call__) != null) {
            return e -> Abstract.isTrue(Abstract.call(condition, e));
        }
        if (isExceptionClass(condition)) {
            PyType t = (PyType) condition;
            return e -> e.type().isSubtypeOf(t);
        }
        if (condition.getClass() == PyTuple.class) {
            PyTuple types = (PyTuple) condition;
            for (Object o : types.items()) {
                if (!isExceptionClass(o)) {
                    throw badCondition();
                }
            }
            return e -> {
                for (Object o : types.items()) {
                    if (e.type().isSubtypeOf((PyType) o)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw badCondition();
    }

    private static boolean isExceptionClass(Object o) {
        return o instanceof PyType t && t.isSubtypeOf(Exceptions.BaseException);
    }

    private static PyException badCondition() {
        return PyErr.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    /** Splits {@code exc} by {@code matches}; without {@code withRest} only the match is computed. */
    public static Split split(PyBaseException exc, Predicate<PyBaseException> matches, boolean withRest) {
        if (matches.test(exc)) {
            return new Split(exc, null);
        }
        if (!(exc instanceof ExcBaseExceptionGroup g)) {
            return new Split(null, withRest ? exc : null);
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object o : g.exceptions.items()) {
            Split s = split((PyBaseException) o, matches, withRest);
            if (s.match != null) {
                matched.add(s.match);
            }
            if (s.rest != null) {
                rest.add(s.rest);
            }
        }
        return new Split(subset(g, matched), withRest ? subset(g, rest) : null);
    }

    /** {@code orig.derive(excs)} with orig's traceback, chaining and notes; null for no exceptions. */
    private static PyBaseException subset(ExcBaseExceptionGroup orig, List<Object> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object made = Abstract.callMethod(orig, "derive", new PyList(excs.toArray()));
        if (!(made instanceof ExcBaseExceptionGroup eg)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.setTraceback(orig.traceback());
        eg.setContext(orig.context());
        eg.setCause(orig.cause());
        Object notes = Abstract.lookupAttr(orig, PyStr.intern("__notes__"));
        if (notes != null && ExcBaseExceptionGroup.isSequence(notes)) {
            List<Object> copy = new ArrayList<>();
            Abstract.forEach(notes, copy::add);
            Abstract.setAttr(eg, PyStr.intern("__notes__"), new PyList(copy.toArray()));
        }
        return eg;
    }

    /**
     * {@code CHECK_EG_MATCH}: splits the raised {@code exc} by the {@code except*} clause's
     * {@code matchType}. Returns {rest, match} as the instruction pushes them, null standing for
     * None. A naked exception that matches is wrapped in {@code ExceptionGroup("", (exc,))},
     * which has no traceback (as in CPython 3.13.0: the member keeps its own); a group is split
     * with its own {@code split} method.
     */
    public static PyBaseException[] exceptStarMatch(PyBaseException exc, Object matchType) {
        checkExceptStarType(matchType);
        if (matcher(matchType).test(exc)) {
            if (exc instanceof ExcBaseExceptionGroup) {
                return new PyBaseException[] {null, exc};
            }
            PyBaseException wrapped = (PyBaseException) Abstract.call(Exceptions.BaseExceptionGroup, PyStr.EMPTY,
                    PyTuple.of(exc));
            return new PyBaseException[] {null, wrapped};
        }
        if (exc instanceof ExcBaseExceptionGroup) {
            Object pair = Abstract.callMethod(exc, "split", matchType);
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("%s.split must return a 2-tuple, got %T", exc.type().name(), pair);
            }
            return new PyBaseException[] {noneToNull(t.get(1)), noneToNull(t.get(0))};
        }
        return new PyBaseException[] {exc, null};
    }

    private static PyBaseException noneToNull(Object o) {
        return o instanceof PyBaseException e ? e : null;
    }

    /** The checks {@code except*} makes on its type (CPython's {@code _PyEval_CheckExceptStarTypeValid}). */
    private static void checkExceptStarType(Object matchType) {
        if (matchType instanceof PyTuple t) {
            for (Object o : t.items()) {
                checkExceptStarType(o);
            }
            return;
        }
        if (!isExceptionClass(matchType)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (((PyType) matchType).isSubtypeOf(Exceptions.BaseExceptionGroup)) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * {@code INTRINSIC_PREP_RERAISE_STAR}: what leaves a {@code try}/{@code except*} statement,
     * given the original exception {@code orig} and the list {@code raised} of what each clause
     * raised or re-raised (None entries for clauses that finished). Re-raised parts are kept as
     * a subgroup of the original (same structure, same tracebacks); new exceptions are added
     * beside them in a new {@code ExceptionGroup("", ...)}. Returns null when nothing is left.
     */
    public static PyBaseException prepReraiseStar(PyBaseException orig, List<Object> raised) {
        List<PyBaseException> live = new ArrayList<>();
        for (Object o : raised) {
            if (o instanceof PyBaseException e) {
                live.add(e);
            }
        }
        if (live.isEmpty()) {
            return null;
        }
        if (!(orig instanceof ExcBaseExceptionGroup)) {
            // A naked exception: at most one clause ran, and what it raised is the answer.
            return live.get(0);
        }
        Map<PyBaseException, Boolean> reraisedLeaves = new IdentityHashMap<>();
        List<Object> raisedHere = new ArrayList<>();
        for (PyBaseException e : live) {
            if (isSameExceptionMetadata(e, orig)) {
                collectLeaves(e, reraisedLeaves);
            } else {
                raisedHere.add(e);
            }
        }
        PyBaseException reraised = reraisedLeaves.isEmpty() ? null
                : split(orig, leaf -> reraisedLeaves.containsKey(leaf), false).match();
        if (raisedHere.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            raisedHere.add(reraised);
        }
        if (raisedHere.size() == 1) {
            return (PyBaseException) raisedHere.get(0);
        }
        return (PyBaseException) Abstract.call(Exceptions.BaseExceptionGroup, PyStr.EMPTY,
                new PyList(raisedHere.toArray()));
    }

    /**
     * True when {@code e} is (a part of) {@code orig} re-raised: same traceback and chaining.
     * (Notes are not compared: a split part carries a copy of the original's.)
     */
    private static boolean isSameExceptionMetadata(PyBaseException e, PyBaseException orig) {
        return e.traceback() == orig.traceback() && e.cause() == orig.cause() && e.context() == orig.context();
    }

    private static void collectLeaves(PyBaseException e, Map<PyBaseException, Boolean> into) {
        if (e instanceof ExcBaseExceptionGroup g) {
            for (Object o : g.exceptions.items()) {
                collectLeaves((PyBaseException) o, into);
            }
        } else {
            into.put(e, Boolean.TRUE);
        }
    }
}
