package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Fn;
import dev.kaa.vm.objects.HasDict;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.Instances;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyMemberDescr;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;

/**
 * The inline cache of one {@code LOAD_ATTR} or {@code STORE_ATTR} instruction, after CPython's
 * specialised attribute instructions: what the generic attribute protocol found for an owner's
 * type, kept while that type's {@link PyType#version() version tag} is unchanged. A hit skips the
 * MRO lookup, the descriptor classification and, for methods, the bound method. A site keeps up
 * to {@link #WAYS} entries, one per owner type, linked from the first ({@link #next}), as a
 * polymorphic call site does: a scheduler calling {@code task.run()} on four task classes hits.
 *
 * <p>Only types whose {@code __getattribute__} (or {@code __setattr__}) is {@code object}'s and
 * that have no {@code __getattr__} are cached, as only their protocol is known here; modules
 * are cached by their dictionary's entry. Anything else is {@link #GENERIC}: the full protocol.
 *
 * <p>Thread safety: GIL-guarded; a cache is filled in place by the thread that misses.
 */
final class AttrCache {
    /** The full attribute protocol, every time (a type the cache does not understand). */
    static final int GENERIC = 0;
    /** A data descriptor of the type: {@code get.call(descr, owner, type)} (property, getset). */
    static final int DATA = 1;
    /** A {@code __slots__} member: the owner's slot value at {@link #index}. */
    static final int SLOT = 2;
    /** The instance dictionary first, then the type's non-data descriptor or plain value (may be absent). */
    static final int DICT_THEN_TYPE = 3;
    /** Method form: a method descriptor of the type, unshadowed by the instance dictionary. */
    static final int METHOD = 4;
    /** A module's global: entry {@link #index} of the module's dictionary while its keys are unchanged. */
    static final int MODULE = 5;

    private static final Object OBJECT_GETATTRIBUTE = PyType.OBJECT.dict().getItem(PyStr.intern("__getattribute__"));
    private static final Object OBJECT_SETATTR = PyType.OBJECT.dict().getItem(PyStr.intern("__setattr__"));

    PyType type;
    int version;
    /** The type of {@link #descr} and its version tag: a descriptor's class may change under it. */
    private PyType descrType;
    private int descrVersion;
    /** Fills so far, counted on a site's first entry: a site that sees type after type stops filling. */
    private int fills;
    /** The site's next entry, for another owner type. */
    AttrCache next;
    /** Entries a site keeps at most. */
    static final int WAYS = 4;
    int kind;
    Object descr;
    Fn.Ternary get;
    int index;
    /** For {@link #METHOD} and {@link #DICT_THEN_TYPE}: whether instances may have a dictionary to consult. */
    boolean hasDict;
    /** For {@link #MODULE}: the module and its dictionary's keys version. */
    Object module;
    PyDict dict;
    int keysVersion;


    /** True when the cache was filled for {@code t} and is still valid. */
    boolean hits(PyType t) {
        return t == type && t.version() == version && (descrType == null || descrType.version() == descrVersion);
    }

    /**
     * True once the site (this being its first entry) has been filled for many owners: it then
     * keeps the full protocol rather than refilling at every miss, as CPython de-specialises.
     */
    boolean megamorphic() {
        return fills > 32;
    }

    /** The entry of this site that hits {@code t}, or null. */
    AttrCache find(PyType t) {
        for (AttrCache c = this; c != null; c = c.next) {
            if (c.hits(t)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The entry to fill for a type none hits: a new one while the site has fewer than
     * {@link #WAYS}, else the last, reused. Counts the fill on this, the site's first entry.
     */
    AttrCache entryToFill() {
        fills++;
        AttrCache c = this;
        int n = 1;
        while (c.next != null) {
            c = c.next;
            n++;
        }
        if (n < WAYS) {
            c.next = new AttrCache();
            return c.next;
        }
        return c;
    }

    private void start(PyType t) {
        type = t;
        version = t.version();
        descr = null;
        descrType = null;
        get = null;
        module = null;
        dict = null;
        kind = GENERIC;
    }

    private void describe(Object d, PyType dt) {
        descr = d;
        descrType = dt;
        descrVersion = dt.version();
    }

    /** Fills this cache for loading {@code name} from {@code owner} (method form or not). */
    void fillLoad(Object owner, PyType t, PyStr name, boolean method) {
        start(t);
        if (owner instanceof PyModule m && t == PyModule.TYPE) {
            PyDict d = m.dict();
            int e = d.entryOf(name);
            if (e >= 0) {
                kind = MODULE;
                module = m;
                dict = d;
                keysVersion = d.keysVersion();
                index = e;
            }
            return;
        }
        if (owner instanceof PyType || t.slot(Slot.__getattr__) != null
                || t.lookup(PyStr.intern("__getattribute__")) != OBJECT_GETATTRIBUTE) {
            return;
        }
        Object d = t.lookup(name);
        hasDict = Instances.mayHaveDict(owner);
        if (d != null) {
            PyType dt = Abstract.typeOf(d);
            Fn.Ternary g = dt.ternary(Slot.__get__);
            if (g != null && dt.isDataDescriptorType()) {
                if (d instanceof PyMemberDescr md && md.slotIndex() >= 0 && Instances.mayHaveSlots(owner)) {
                    kind = SLOT;
                    index = md.slotIndex();
                } else {
                    kind = DATA;
                    describe(d, dt);
                    get = g;
                }
                return;
            }
            if (method && dt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
                kind = METHOD;
                describe(d, dt);
                return;
            }
            describe(d, dt);
            get = g;
        }
        kind = DICT_THEN_TYPE;
    }

    /**
     * The value of the attribute from a hit, or null when the cached answer does not settle it
     * (an absent attribute, a shadowing instance value): the caller then runs the full protocol.
     */
    Object load(Object owner, PyType t, PyStr name) {
        switch (kind) {
            case DATA:
                return get.call(descr, owner, t);
            case SLOT:
                return Instances.slotsOf(owner)[index];
            case DICT_THEN_TYPE: {
                if (hasDict) {
                    PyDict d = Instances.dictOf(owner);
                    if (d != null) {
                        Object v = d.getItem(name);
                        if (v != null) {
                            return v;
                        }
                    }
                }
                if (get != null) {
                    return get.call(descr, owner, t);
                }
                return descr;
            }
            default:
                return null;
        }
    }

    /** For {@link #METHOD}: true when the instance dictionary does not shadow the method. */
    boolean methodUnshadowed(Object owner, PyStr name) {
        if (!hasDict) {
            return true;
        }
        PyDict d = Instances.dictOf(owner);
        return d == null || d.getItem(name) == null;
    }

    /** For {@link #MODULE}: the global's value, or null when the module or its keys changed. */
    Object moduleValue(Object owner) {
        if (owner != module || dict.keysVersion() != keysVersion) {
            return null;
        }
        return dict.valueAt(index);
    }

    // ---- STORE_ATTR ----------------------------------------------------------------------------

    /** Stores go to the instance dictionary (no data descriptor in the type). */
    static final int STORE_DICT = 6;
    /** Stores go to a {@code __slots__} member's slot. */
    static final int STORE_SLOT = 7;

    /** Fills this cache for storing {@code name} on {@code owner}. */
    void fillStore(Object owner, PyType t, PyStr name) {
        start(t);
        if (owner instanceof PyType || t.lookup(PyStr.intern("__setattr__")) != OBJECT_SETATTR) {
            return;
        }
        Object d = t.lookup(name);
        if (d != null) {
            PyType dt = Abstract.typeOf(d);
            if (dt.isDataDescriptorType()) {
                if (d instanceof PyMemberDescr md && md.slotIndex() >= 0 && Instances.mayHaveSlots(owner)) {
                    kind = STORE_SLOT;
                    index = md.slotIndex();
                }
                return;
            }
            // A non-data descriptor's class could become a data descriptor: watch its version.
            describe(d, dt);
        }
        if (Instances.dictOf(owner) != null) {
            kind = STORE_DICT;
        }
    }

    /** Stores {@code value} from a hit; false when the cached answer does not apply (no dictionary). */
    boolean store(Object owner, PyStr name, Object value) {
        if (kind == STORE_DICT) {
            PyDict d = Instances.dictOf(owner);
            if (d == null) {
                return false;
            }
            d.setItem(name, value);
            return true;
        }
        if (kind == STORE_SLOT) {
            Instances.slotsOf(owner)[index] = value;
            return true;
        }
        return false;
    }
}
