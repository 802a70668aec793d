package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The C3 linearization that orders a class's bases ({@code __mro__}), with CPython's error
 * when none exists.
 *
 * <p>Thread safety: stateless.
 */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType type) {
        PyType[] bases = type.bases;
        if (bases.length == 0) {
            return new PyType[] {type};
        }
        if (bases.length == 1) {
            PyType[] baseMro = bases[0].mro;
            PyType[] out = new PyType[baseMro.length + 1];
            out[0] = type;
            System.arraycopy(baseMro, 0, out, 1, baseMro.length);
            return out;
        }
        checkDuplicates(bases);
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                if (!inTail(seqs, head)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw conflict(seqs);
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PyType>> seqs, PyType t) {
        for (List<PyType> seq : seqs) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkDuplicates(PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.typeError("duplicate base class %s", bases[i].name());
                }
            }
        }
    }

    private static PyException conflict(List<List<PyType>> seqs) {
        // CPython names the heads that remain, in base order, without repeats.
        List<String> names = new ArrayList<>();
        for (List<PyType> seq : seqs) {
            String n = seq.get(0).name();
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return PyErr.typeError("Cannot create a consistent method resolution order (MRO) for bases %s",
                String.join(", ", names));
    }
}
