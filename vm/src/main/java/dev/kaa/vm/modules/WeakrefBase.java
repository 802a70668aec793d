package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Exceptions;

/**
 * What a weak reference and a weak proxy share: the JVM reference to the referent and the
 * callback to call once the referent is gone.
 *
 * <p>Thread safety: the callback field is read and cleared under the object's lock; the
 * referent is read through the JVM's reference, which is thread-safe.
 */
public abstract class WeakrefBase extends PyObject {
    /** The JVM's reference; null only while a subclass instance is being made. */
    Weakrefs.Ref ref;
    /** The callback, or null when there is none (any more). */
    Object callback;

    /** Binds this new weak reference to {@code referent} and records it. */
    final void bind(Object referent, Object callback) {
        this.callback = callback == null || callback == dev.kaa.vm.objects.PyNone.NONE ? null : callback;
        this.ref = new Weakrefs.Ref(referent, this, this.callback != null);
        Weakrefs.register(referent, this);
    }

    /** The referent, or null once it is gone. */
    public final Object referentOrNull() {
        return ref == null ? null : ref.get();
    }

    /** The referent, or {@code ReferenceError} once it is gone (what a proxy forwards to). */
    final Object referent() {
        Object o = referentOrNull();
        if (o == null) {
            throw PyErr.format(Exceptions.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    /** True for the shared reference {@code ref(o)} and {@code proxy(o)} give back again. */
    final boolean isBasic() {
        return callback == null && ref != null && !ref.queuedForCallback() && exactType();
    }

    abstract boolean exactType();

    /** Called (on a Python thread) once the collector has reclaimed the referent. */
    final void died() {
        Object cb;
        synchronized (this) {
            cb = callback;
            callback = null;
        }
        if (cb != null) {
            try {
                Abstract.call(cb, this);
            } catch (PyException e) {
                Weakrefs.writeUnraisable(e, cb);
            }
        }
    }

    String referentDescription(Object o) {
        PyType t = Abstract.typeOf(o);
        String s = "to '" + t.messageName() + "' at " + Abstract.idHex(o);
        Object name = null;
        try {
            name = Abstract.lookupAttr(o, dev.kaa.vm.objects.PyStr.intern("__name__"));
        } catch (PyException e) {
            name = null;
        }
        if (name instanceof dev.kaa.vm.objects.PyStr n) {
            s += " (" + n + ")";
        }
        return s;
    }
}
