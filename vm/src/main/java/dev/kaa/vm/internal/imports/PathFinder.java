package dev.kaa.vm.internal.imports;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycFormatException;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.bytecode.pyc.SourceHash;
import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.Compiling;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds modules on {@code sys.path} (or a package's {@code __path__}) as CPython's
 * {@code PathFinder} and {@code FileFinder} do: a package folder with {@code __init__.py}, a
 * {@code .py} file, a sourceless {@code .pyc}, and folders without {@code __init__.py} that
 * together make a namespace package. Source is compiled once and cached as
 * {@code __pycache__/NAME.kaa-313.pyc}, checked by the source's mtime and size (or hash, for a
 * hash-based file), and rewritten whole or not at all.
 *
 * <p>Some path entries are virtual: the standard library's entry names a folder inside Kaa's
 * jar, mapped here to its read-only file system.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PathFinder extends PyObject implements JavaFinder {
    public static final PyType TYPE = PyType.builtin("PathFinder", PathFinder.class, MethodHandles.lookup(), 0);

    private static final String CACHE_TAG = "kaa-313";

    private final Runtime rt;
    private final boolean dontWriteBytecode;
    private final int optimize;
    /**
     * Whether {@code zipimport} (and the {@code importlib} it needs) is being imported to read an
     * archive on the path: while it is, archive entries are passed over, not remembered as
     * finderless.
     */
    private boolean loadingZipimport;
    /** Path-entry strings with a file system of their own (the standard library in the jar). */
    private final Map<String, Path> virtualEntries;

    public PathFinder(Runtime rt, boolean dontWriteBytecode, int optimize, Map<String, Path> virtualEntries) {
        this.rt = rt;
        this.dontWriteBytecode = dontWriteBytecode;
        this.optimize = optimize;
        this.virtualEntries = Map.copyOf(virtualEntries);
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The directory a path entry names, or null when it names none. */
    Path directory(String entry) {
        Path v = virtualEntries.get(entry);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, Path> e : virtualEntries.entrySet()) {
            if (entry.startsWith(e.getKey() + "/")) {
                return e.getValue().resolve(entry.substring(e.getKey().length() + 1));
            }
        }
        Path p = entry.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(entry);
        return Files.isDirectory(p) ? p : null;
    }

    /**
     * The finder of a path entry that names a ZIP archive or a folder inside one
     * ({@code lib.zip}, {@code lib.zip/pkg}): {@code zipimport.zipimporter(entry)}, imported when
     * the first such entry is met (CPython imports it at start-up and puts it first in
     * {@code sys.path_hooks}; Kaa's one hook stands for both). Null when the entry is no archive,
     * or {@code zipimporter} refuses it (a file that is not a ZIP archive).
     */
    Object archiveFinder(String entry) {
        if (!insideFile(entry)) {
            return null;
        }
        Object zipimport = rt.modules.getItem(PyStr.of("zipimport"));
        if (zipimport == null) {
            if (loadingZipimport) {
                return null;
            }
            loadingZipimport = true;
            try {
                zipimport = rt.services.importName(dev.kaa.vm.internal.eval.ThreadState.current(), "zipimport", null,
                        PyNone.NONE, 0);
            } finally {
                loadingZipimport = false;
            }
        }
        try {
            return Abstract.call(Abstract.getAttr(zipimport, PyStr.intern("zipimporter")), PyStr.of(entry));
        } catch (PyException e) {
            if (e.matches(Exceptions.ImportError)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether the path {@code entry}, or the nearest of its parents that exists, is a regular file. */
    private static boolean insideFile(String entry) {
        if (entry.isEmpty()) {
            return false;
        }
        try {
            for (Path q = Path.of(entry); q != null; q = q.getParent()) {
                if (Files.exists(q)) {
                    return Files.isRegularFile(q);
                }
            }
        } catch (java.nio.file.InvalidPathException | SecurityException e) {
            return false;
        }
        return false;
    }

    /**
     * Where a module was found: its file (source or sourceless), path entry, and kind; or the
     * spec a path-entry finder written in Python gave ({@code spec} not null, the rest empty).
     */
    record Location(Path file, String entry, boolean isPackage, boolean sourceless, List<String> portions, Object spec) {
        Location(Path file, String entry, boolean isPackage, boolean sourceless, List<String> portions) {
            this(file, entry, isPackage, sourceless, portions, null);
        }
    }

    /** The hook this finder's directories are claimed by; put first in {@code sys.path_hooks}. */
    public PyObject pathHook() {
        return new FileFinder.Hook(this);
    }

    /**
     * The path-entry finder of {@code entry}, as importlib's {@code PathFinder._path_importer_cache}
     * finds it: from {@code sys.path_importer_cache}, else from the first of {@code sys.path_hooks}
     * that accepts the entry (remembered, None when none does). A {@link FileFinder} means this
     * class searches the entry itself.
     */
    private Object entryFinder(String entry) {
        Object cacheObj = rt.sys.dict().getItem(PyStr.intern("path_importer_cache"));
        PyDict cache = cacheObj instanceof PyDict d ? d : null;
        PyStr key = PyStr.of(entry);
        if (cache != null) {
            Object f = cache.getItem(key);
            if (f != null) {
                return f;
            }
        }
        Object finder = PyNone.NONE;
        Object hooks = rt.sys.dict().getItem(PyStr.intern("path_hooks"));
        if (hooks instanceof PyList list) {
            for (Object hook : list.toArray()) {
                if (hook instanceof FileFinder.Hook) {
                    // Kaa's own hook, without building a Python call.
                    if (directory(entry) != null) {
                        finder = new FileFinder(entry);
                        break;
                    }
                    if (loadingZipimport && insideFile(entry)) {
                        // zipimport itself is being found: this entry's finder is not known yet.
                        return PyNone.NONE;
                    }
                    Object archive = archiveFinder(entry);
                    if (archive != null) {
                        finder = archive;
                        break;
                    }
                    continue;
                }
                try {
                    finder = Abstract.call(hook, key);
                    break;
                } catch (PyException e) {
                    if (!e.matches(Exceptions.ImportError)) {
                        throw e;
                    }
                }
            }
        }
        if (cache != null) {
            cache.setItem(key, finder);
        }
        return finder;
    }

    /** Finds {@code name} without running it; null when no entry has it. */
    Location locate(String name, Object searchPath) {
        Object entries = searchPath != null ? searchPath : rt.sys.dict().getItem(PyStr.intern("path"));
        if (entries == null) {
            throw PyErr.importError("sys.path must be a list of directory names");
        }
        String tail = name.substring(name.lastIndexOf('.') + 1);
        List<String> portions = new ArrayList<>();
        for (Object e : snapshot(entries)) {
            if (!(e instanceof PyStr s)) {
                continue;
            }
            Object finder = entryFinder(s.value());
            if (!(finder instanceof FileFinder)) {
                if (finder == PyNone.NONE) {
                    continue;
                }
                Object spec = PythonFinders.entrySpec(finder, name);
                if (spec == null) {
                    continue;
                }
                List<String> found = PythonFinders.namespacePortions(spec);
                if (found == null) {
                    return new Location(null, null, false, false, null, spec);
                }
                portions.addAll(found);
                continue;
            }
            Path dir = directory(s.value());
            if (dir == null) {
                continue;
            }
            Path pkg = dir.resolve(tail);
            if (Files.isDirectory(pkg)) {
                Path init = pkg.resolve("__init__.py");
                if (Files.isRegularFile(init)) {
                    return new Location(init, pathString(s.value(), tail), true, false, null);
                }
                Path initPyc = pkg.resolve("__init__.pyc");
                if (Files.isRegularFile(initPyc)) {
                    return new Location(initPyc, pathString(s.value(), tail), true, true, null);
                }
            }
            Path py = dir.resolve(tail + ".py");
            if (Files.isRegularFile(py)) {
                return new Location(py, s.value(), false, false, null);
            }
            Path pyc = dir.resolve(tail + ".pyc");
            if (Files.isRegularFile(pyc)) {
                return new Location(pyc, s.value(), false, true, null);
            }
            if (Files.isDirectory(pkg)) {
                portions.add(pathString(s.value(), tail));
            }
        }
        if (!portions.isEmpty()) {
            return new Location(null, null, true, false, portions);
        }
        return null;
    }

    @Override public Object load(Importer importer, String name, Object searchPath) {
        Location loc = locate(name, searchPath);
        if (loc == null) {
            return null;
        }
        if (loc.spec() != null) {
            return PythonFinders.loadSpec(rt, name, loc.spec());
        }
        if (loc.portions() != null) {
            return namespacePackage(name, loc.portions());
        }
        if (loc.sourceless()) {
            return execSourceless(name, loc.file(), loc.entry(), loc.isPackage());
        }
        return exec(name, loc.file(), loc.entry(), loc.isPackage());
    }

    /** The Python-visible file name of a located module. */
    String fileName(Location loc) {
        String base = loc.file().getFileName().toString();
        if (loc.entry().isEmpty()) {
            return loc.file().toAbsolutePath().toString();
        }
        return loc.entry() + (loc.entry().endsWith("/") ? "" : "/") + base;
    }

    /** The code of a located module (compiled or from its cache). */
    PyCode codeOf(Location loc) {
        String file = fileName(loc);
        if (loc.sourceless()) {
            try {
                return PyCode.withFilename(PycFile.read(loc.file()).code(), file);
            } catch (PycFormatException e) {
                throw PyErr.importError("bad magic number in %s: %s", file, e.getMessage());
            } catch (IOException e) {
                throw PyErr.importError("cannot read %s: %s", file, e.getMessage());
            }
        }
        return loadCode(loc.file(), cachePath(loc.file()), file);
    }

    private static List<Object> snapshot(Object entries) {
        List<Object> out = new ArrayList<>();
        Abstract.forEach(entries, out::add);
        return out;
    }

    private static String pathString(String entry, String tail) {
        return entry.isEmpty() ? tail : entry + "/" + tail;
    }

    private Object exec(String name, Path source, String entry, boolean isPackage) {
        String file = isPackage ? entry + "/__init__.py" : entry + "/" + source.getFileName();
        if (entry.isEmpty()) {
            file = source.toAbsolutePath().toString();
        }
        Path cache = cachePath(source);
        String cached = cacheString(file);
        PyCode code = loadCode(source, cache, file);
        return run(name, code, file, cached, isPackage ? entry : null, isPackage);
    }

    private Object execSourceless(String name, Path pyc, String entry, boolean isPackage) {
        String file = isPackage ? entry + "/__init__.pyc" : entry + "/" + pyc.getFileName();
        try {
            PycFile pf = PycFile.read(pyc);
            return run(name, PyCode.withFilename(pf.code(), file), file, file, isPackage ? entry : null, isPackage);
        } catch (PycFormatException e) {
            throw PyErr.importError("bad magic number in %R: %s", PyStr.of(name), e.getMessage());
        } catch (IOException e) {
            throw PyErr.importError("cannot read %s: %s", file, e.getMessage());
        }
    }

    Path cachePath(Path source) {
        String base = source.getFileName().toString();
        base = base.substring(0, base.length() - 3);
        String opt = optimize == 0 ? "" : ".opt-" + optimize;
        String name = base + "." + CACHE_TAG + opt + ".pyc";
        String prefix = pycachePrefix();
        if (prefix != null && source.getFileSystem() == FileSystems.getDefault()) {
            return prefixed(prefix, source.toAbsolutePath().getParent().toString()).resolve(name);
        }
        return source.resolveSibling("__pycache__").resolve(name);
    }

    private String cacheString(String file) {
        int slash = file.lastIndexOf('/');
        String dir = slash < 0 ? "" : file.substring(0, slash + 1);
        String base = file.substring(slash + 1, file.length() - 3);
        String opt = optimize == 0 ? "" : ".opt-" + optimize;
        String name = base + "." + CACHE_TAG + opt + ".pyc";
        String prefix = pycachePrefix();
        if (prefix != null && !virtualEntries.containsKey(dir.isEmpty() ? "" : dir.substring(0, dir.length() - 1))) {
            Path parent = Path.of(dir.isEmpty() ? "" : dir).toAbsolutePath().normalize();
            return prefixed(prefix, parent.toString()).resolve(name).toString();
        }
        return dir + "__pycache__/" + base + "." + CACHE_TAG + opt + ".pyc";
    }

    /**
     * {@code sys.pycache_prefix}, read at each use as importlib does: caches then go to a mirror of
     * the source's absolute folder under it, rather than to {@code __pycache__}.
     */
    private String pycachePrefix() {
        Object v = rt.sys.dict().getItem(PyStr.intern("pycache_prefix"));
        return v instanceof PyStr s && !s.value().isEmpty() ? s.value() : null;
    }

    private static Path prefixed(String prefix, String absoluteFolder) {
        return Path.of(prefix, absoluteFolder.startsWith("/") ? absoluteFolder.substring(1) : absoluteFolder);
    }

    /** The code of {@code source}: from its cache when that is fresh, else compiled (and cached). */
    PyCode loadCode(Path source, Path cache, String file) {
        byte[] data;
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(source, BasicFileAttributes.class);
            data = Files.readAllBytes(source);
        } catch (IOException e) {
            throw PyErr.importError("cannot read %s: %s", file, e.getMessage());
        }
        long mtime = attrs.lastModifiedTime().toMillis() / 1000;
        CodeObject code = readCache(cache, data, mtime);
        if (code == null) {
            code = Compiling.compileToCodeObject(data, file, optimize);
            if (!dontWriteBytecode && !sysDontWriteBytecode()) {
                writeCache(cache, PycHeader.timestamp(mtime, data.length), code);
            }
        }
        return PyCode.withFilename(code, file);
    }

    private boolean sysDontWriteBytecode() {
        Object v = rt.sys.dict().getItem(PyStr.intern("dont_write_bytecode"));
        return v != null && Abstract.isTrue(v);
    }

    private static CodeObject readCache(Path cache, byte[] source, long mtime) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try {
            PycFile pf = PycFile.read(cache);
            PycHeader h = pf.header();
            if (h.isHashBased()) {
                if (h.checkSource() && !Arrays.equals(h.sourceHash(), SourceHash.of(source))) {
                    return null;
                }
            } else if ((h.mtime() & 0xFFFFFFFFL) != (mtime & 0xFFFFFFFFL)
                    || (h.sourceSize() & 0xFFFFFFFFL) != (source.length & 0xFFFFFFFFL)) {
                return null;
            }
            return pf.code();
        } catch (IOException | RuntimeException e) {
            // A bad or unreadable cache is ignored and rewritten, as CPython does.
            return null;
        }
    }

    private static void writeCache(Path cache, PycHeader header, CodeObject code) {
        try {
            Files.createDirectories(cache.getParent());
            PycFile.write(cache, header, code);
        } catch (IOException | UnsupportedOperationException e) {
            // A read-only folder just goes without a cache, as in CPython.
        }
    }

    private Object run(String name, PyCode code, String file, String cached, String packagePath, boolean isPackage) {
        PyModule m = new PyModule(name);
        m.put("__file__", PyStr.of(file));
        m.put("__cached__", PyStr.of(cached));
        String parent = isPackage ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        m.put("__package__", PyStr.of(parent));
        if (isPackage) {
            m.put("__path__", new PyList(new Object[] {PyStr.of(packagePath)}));
        }
        m.put("__loader__", this);
        m.put("__spec__", spec(name, file, cached, isPackage ? m.dict().getItem(PyStr.intern("__path__")) : null, parent));
        m.put("__builtins__", rt.builtinsModule);
        return execModule(rt, name, m, code);
    }

    private Object spec(String name, String origin, String cached, Object searchLocations, String parent) {
        return new PySimpleNamespace().with("name", PyStr.of(name)).with("loader", this)
                .with("origin", origin == null ? PyNone.NONE : PyStr.of(origin))
                .with("submodule_search_locations", searchLocations == null ? PyNone.NONE : searchLocations)
                .with("cached", cached == null ? PyNone.NONE : PyStr.of(cached))
                .with("parent", PyStr.of(parent)).with("has_location", PyBool.of(origin != null))
                .with("_initializing", PyBool.FALSE).with("_uninitialized_submodules", new PyList());
    }

    private static final PyStr SPEC = PyStr.intern("__spec__"), INITIALIZING = PyStr.intern("_initializing");

    private Object namespacePackage(String name, List<String> portions) {
        PyModule m = new PyModule(name);
        PyList path = new PyList();
        for (String p : portions) {
            path.append(PyStr.of(p));
        }
        m.put("__path__", path);
        m.put("__file__", PyNone.NONE);
        m.put("__package__", PyStr.of(name));
        m.put("__loader__", this);
        m.put("__spec__", spec(name, null, null, path, name));
        rt.modules.setItem(PyStr.of(name), m);
        return m;
    }

    /** Runs {@code code} as module {@code m}, registered in {@code sys.modules} while it runs. */
    static Object execModule(Runtime rt, String name, PyModule m, PyCode code) {
        PyStr key = PyStr.of(name);
        rt.modules.setItem(key, m);
        // While the code runs, the spec says so: a missing attribute is then reported as a
        // likely circular import, as importlib's loading does.
        Object spec = m.dict().getItem(SPEC);
        boolean marked = spec instanceof PySimpleNamespace;
        if (marked) {
            Abstract.setAttr(spec, INITIALIZING, PyBool.TRUE);
        }
        try {
            Eval.run(ThreadState.current(), new PyFrame(code, m.dict(), rt.builtins, m.dict(), null));
        } catch (RuntimeException e) {
            rt.modules.delItem(key);
            throw e;
        } finally {
            if (marked) {
                Abstract.setAttr(spec, INITIALIZING, PyBool.FALSE);
            }
        }
        Object result = rt.modules.getItem(key);
        if (result == null) {
            throw PyErr.importError("Loaded module %s not found in sys.modules", name);
        }
        return result;
    }

    /**
     * {@code find_spec(name, path=None, target=None)}, for importlib's machinery
     * ({@code importlib.import_module}, {@code reload}, {@code util.find_spec}): the spec of a
     * module this finder would load, with this finder as its loader and the location as its
     * {@code loader_state}; None when it finds nothing. Kaa's own imports do not come this way.
     */
    @PyMethod
    Object find_spec(Object name, @Opt Object path, @Opt Object target) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("find_spec() argument 'name' must be str, not %T", name);
        }
        Location loc = locate(s.value(), path == null || path == PyNone.NONE ? null : path);
        return loc == null ? PyNone.NONE : specOf(s.value(), loc);
    }

    /** The module spec of a located module, as {@code find_spec} gives it. */
    Object specOf(String n, Location loc) {
        if (loc.spec() != null) {
            return loc.spec();
        }
        if (loc.portions() != null) {
            Object spec = ModuleSpecs.make(rt, n, PyNone.NONE, null, null, true);
            PyList locations = new PyList();
            for (String p : loc.portions()) {
                locations.append(PyStr.of(p));
            }
            Abstract.setAttr(spec, PyStr.intern("submodule_search_locations"), locations);
            return spec;
        }
        String file = fileName(loc);
        Object spec = ModuleSpecs.make(rt, n, this, file, new LocationState(loc), loc.isPackage());
        if (loc.isPackage()) {
            Abstract.setAttr(spec, PyStr.intern("submodule_search_locations"),
                    new PyList(new Object[] {PyStr.of(loc.entry())}));
        }
        if (!loc.sourceless()) {
            ModuleSpecs.setCached(spec, cacheString(file));
        }
        return spec;
    }

    /** {@code create_module(spec)}: None, for the default module object. */
    @PyMethod
    Object create_module(Object spec) {
        return PyNone.NONE;
    }

    /**
     * {@code exec_module(module)}: runs the module's code (from its cache when fresh) in its
     * namespace, as a path-based loader does; the location is the spec's {@code loader_state}.
     */
    @PyMethod
    void exec_module(Object module) {
        Object spec = Abstract.getAttr(module, PyStr.intern("__spec__"));
        Object state = Abstract.lookupAttr(spec, PyStr.intern("loader_state"));
        if (!(state instanceof LocationState)) {
            // A spec made elsewhere (importlib.util.spec_from_loader, say): find the module again.
            // Searched where the module's package is: for a package, spec.parent is the package
            // itself, so the dotted name says where to look.
            Object name = Abstract.getAttr(spec, PyStr.intern("name"));
            String dotted = Abstract.str(name).value();
            int dot = dotted.lastIndexOf('.');
            Object found = find_spec(name, dot > 0 ? parentPath(dotted.substring(0, dot)) : null, null);
            state = found == PyNone.NONE ? null : Abstract.lookupAttr(found, PyStr.intern("loader_state"));
            if (!(state instanceof LocationState)) {
                throw PyErr.importError("cannot find the source of %s", Abstract.str(name).value());
            }
        }
        Location loc = ((LocationState) state).location;
        if (loc.file() == null) {
            return;
        }
        PyCode code = codeOf(loc);
        PyDict d = (PyDict) Abstract.getAttr(module, PyStr.intern("__dict__"));
        if (d.getItem(PyStr.intern("__builtins__")) == null) {
            d.setItem(PyStr.intern("__builtins__"), rt.builtinsModule);
        }
        Eval.run(ThreadState.current(), new PyFrame(code, d, rt.builtins, d, null));
    }

    /** The search path of a dotted name's parent package (null for a top-level name). */
    private Object parentPathOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : parentPath(name.substring(0, dot));
    }

    private Object parentPath(String parent) {
        Object m = rt.modules.getItem(PyStr.of(parent));
        return m == null ? null : Abstract.lookupAttr(m, PyStr.intern("__path__"));
    }

    /** {@code is_package(name)}. */
    @PyMethod
    Object is_package(Object name) {
        Location loc = name instanceof PyStr s ? locate(s.value(), null) : null;
        if (loc == null) {
            throw PyErr.importError("cannot find module %R", name);
        }
        return PyBool.of(loc.isPackage());
    }

    /**
     * What {@code loader_state} holds in the specs this finder makes: where the module was
     * found. Opaque to Python.
     */
    static final class LocationState extends PyObject {
        static final PyType TYPE = PyType.builtin("kaa.ModuleLocation", LocationState.class, MethodHandles.lookup(), 0);

        final Location location;

        LocationState(Location location) {
            this.location = location;
        }

        @Override public PyType type() {
            return TYPE;
        }
    }

    @PyMethod
    Object get_data(Object path) {
        if (!(path instanceof PyStr s)) {
            throw PyErr.typeError("get_data() argument must be str, not %T", path);
        }
        Path p = resolveFile(s.value());
        try {
            return new dev.kaa.vm.objects.PyBytes(Files.readAllBytes(p));
        } catch (IOException e) {
            throw PyErr.format(Exceptions.OSError, "%s", e.getMessage());
        }
    }

    /**
     * {@code get_source(fullname)}: the module's source text, None for a sourceless module;
     * found through {@code sys.modules} when it is loaded, else located as an import would.
     */
    @PyMethod
    Object get_source(Object name) {
        Object m = rt.modules.getItem(name);
        Object file = m == null ? null : Abstract.lookupAttr(m, PyStr.intern("__file__"));
        if (m == null && name instanceof PyStr s) {
            Location loc = locate(s.value(), parentPathOf(s.value()));
            if (loc == null) {
                throw PyErr.importError("cannot find module %R", name);
            }
            file = loc.file() == null || loc.sourceless() ? null : PyStr.of(fileName(loc));
        }
        if (!(file instanceof PyStr f) || !f.value().endsWith(".py")) {
            return PyNone.NONE;
        }
        try {
            return PyStr.of(Files.readString(resolveFile(f.value())));
        } catch (IOException e) {
            throw PyErr.importError("source not available through get_data()");
        }
    }

    /** The text of a source file inside a virtual entry (for tracebacks), or null. */
    public String readSource(String path) {
        for (String entry : virtualEntries.keySet()) {
            if (path.startsWith(entry + "/")) {
                try {
                    return Files.readString(resolveFile(path));
                } catch (IOException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The file a Python-visible path names, through the virtual entries. */
    Path resolveFile(String path) {
        for (Map.Entry<String, Path> e : virtualEntries.entrySet()) {
            if (path.startsWith(e.getKey() + "/")) {
                return e.getValue().resolve(path.substring(e.getKey().length() + 1));
            }
        }
        return Path.of(path);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<class '_frozen_importlib_external.PathFinder'>");
    }
}
