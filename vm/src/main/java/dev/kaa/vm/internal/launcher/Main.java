package dev.kaa.vm.internal.launcher;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import dev.kaa.vm.internal.eval.Jit;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code kaa} command: CPython's command line, environment, exit statuses and messages
 * ({@code ../shared/reference/cpython-cli.md}). The modules {@code ast}, {@code py_compile}
 * and {@code dis} are still answered by Java commands of the launcher until the interpreter
 * runs CPython's own modules of those names.
 *
 * <p>Thread safety: confined to the main thread.
 */
public final class Main {
    /** What {@code -V} prints: the language version Kaa implements. */
    static final String VERSION = "Python 3.13.0";

    private final InputStream in;
    private final OutputStream out;
    private final OutputStream err;
    private final PrintStream errText;
    private final Map<String, String> env;
    private final String executable;
    /** True when the streams are the process's own (so the terminal decides colours). */
    private boolean processStreams;

    Main(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, String executable) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.errText = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.env = env;
        this.executable = executable;
    }

    public static void main(String[] args) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        String exe = System.getProperty("kaa.executable", "kaa");
        int status;
        try {
            Main m = new Main(System.in, out, err, System.getenv(), exe);
            m.processStreams = true;
            status = m.run(Arrays.asList(args));
        } catch (RuntimeException | Error e) {
            // An internal bug (a class that fails to load among them): Python users see
            // SystemError with the Java cause, never a Java trace; an enabled faulthandler adds
            // the Python tracebacks.
            new PrintStream(err, true, StandardCharsets.UTF_8).println("SystemError: Kaa internal error: " + e);
            dev.kaa.vm.modules.FaulthandlerModule.fatalError("Kaa internal error: " + e);
            status = 1;
        }
        System.exit(status);
    }

    private String usage() {
        return "usage: " + executable + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    /** Runs the command line and returns the exit status. */
    int run(List<String> args) {
        CommandLine c = CommandLine.parse(args);
        if (c.error != null) {
            errText.print(c.error + "\n" + usage() + "Try `python -h' for more information.\n");
            return 2;
        }
        PrintStream outText = new PrintStream(out, true, StandardCharsets.UTF_8);
        switch (c.kind) {
            case HELP -> {
                outText.print(usage());
                outText.print(Help.TEXT);
                return 0;
            }
            case VERSION -> {
                outText.println(c.versionCount > 1 ? VERSION + " (Kaa 0.1.0, Java " + System.getProperty("java.version") + ")"
                        : VERSION);
                return 0;
            }
            default -> { }
        }
        if (c.kind == CommandLine.Kind.MODULE) {
            switch (c.target) {
                case "ast" -> {
                    return new AstCommand(in, outText, errText).run(c.rest);
                }
                case "py_compile" -> {
                    return new PyCompileCommand(in, outText, errText).run(c.rest);
                }
                case "dis" -> {
                    return new DisCommand(in, outText, errText).run(c.rest);
                }
                default -> { }
            }
        }
        return runPython(c);
    }

    private String envVar(CommandLine c, String name) {
        if (c.ignoreEnvironment) {
            return null;
        }
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    private int runPython(CommandLine c) {
        // -X gil / PYTHON_GIL: Kaa has no free-threaded mode yet, so "0" is refused as CPython's
        // default build refuses it (a fatal configuration error, status 1).
        Object xGil = c.xoptions.get("gil");
        String gil = xGil instanceof String s ? s : envVar(c, "PYTHON_GIL");
        if (gil != null && !gil.equals("1")) {
            errText.print("Fatal Python error: config_read_gil: " + (gil.equals("0")
                    ? "Disabling the GIL is not supported by this build"
                    : "PYTHON_GIL / -X gil must be \"0\" or \"1\"") + "\nPython runtime state: preinitialized\n\n");
            return 1;
        }
        List<String> argv = new ArrayList<>();
        List<String> path = new ArrayList<>();
        Path scriptFile = null;
        boolean packaged = false;
        String cwd = Path.of("").toAbsolutePath().toString();
        switch (c.kind) {
            case COMMAND -> {
                argv.add("-c");
                if (!c.safePath) {
                    path.add("");
                }
            }
            case MODULE -> {
                argv.add("-m");
                if (!c.safePath) {
                    path.add(cwd);
                }
            }
            case FILE -> {
                argv.add(c.target);
                scriptFile = Path.of(c.target);
                Path absolute = scriptFile.toAbsolutePath().normalize();
                if (!Files.exists(scriptFile)) {
                    errText.print(executable + ": can't open file '" + absolute + "': [Errno 2] No such file or directory\n");
                    return 2;
                }
                if (Files.isDirectory(scriptFile) || isZipArchive(scriptFile)) {
                    // A folder or ZIP archive with a __main__ module: it is sys.path[0].
                    String entry = scriptFile.isAbsolute() ? c.target : cwd + "/" + c.target;
                    path.add(java.nio.file.Path.of(entry).normalize() + (c.target.endsWith("/") ? "/" : ""));
                    packaged = true;
                } else if (!c.safePath) {
                    try {
                        path.add(absolute.toRealPath().getParent().toString());
                    } catch (java.io.IOException e) {
                        path.add(absolute.getParent().toString());
                    }
                }
            }
            default -> {
                argv.add(c.kind == CommandLine.Kind.STDIN && c.target != null ? "-" : "");
                if (!c.safePath) {
                    path.add("");
                }
            }
        }
        argv.addAll(c.rest);
        String pythonPath = envVar(c, "PYTHONPATH");
        if (pythonPath != null) {
            path.addAll(Arrays.asList(pythonPath.split(":")));
        }
        boolean dontWrite = c.dontWriteBytecode || envVar(c, "PYTHONDONTWRITEBYTECODE") != null;
        boolean unbuffered = c.unbuffered || envVar(c, "PYTHONUNBUFFERED") != null;
        boolean inspect = c.inspect || envVar(c, "PYTHONINSPECT") != null;
        int optimize = Math.max(c.optimize, parseInt(envVar(c, "PYTHONOPTIMIZE"), 0));
        int maxDigits = 4300;
        Object xDigits = c.xoptions.get("int_max_str_digits");
        String envDigits = envVar(c, "PYTHONINTMAXSTRDIGITS");
        if (xDigits instanceof String s) {
            maxDigits = parseInt(s, 4300);
        } else if (envDigits != null) {
            maxDigits = parseInt(envDigits, 4300);
        }
        // -X jit=N|off (or KAA_JIT): when code is compiled to JVM classes (see Jit).
        Object xJit = c.xoptions.get("jit");
        String jit = xJit instanceof String s ? s : envVar(c, "KAA_JIT");
        if (jit != null) {
            Jit.setThreshold(jit.equals("off") ? 0 : parseInt(jit, Jit.threshold()));
        }
        List<String> warn = new ArrayList<>();
        String envWarn = envVar(c, "PYTHONWARNINGS");
        if (envWarn != null) {
            warn.addAll(Arrays.asList(envWarn.split(",")));
        }
        warn.addAll(c.warnOptions);
        boolean interactive = c.kind == CommandLine.Kind.STDIN && System.console() != null;
        List<String> orig = new ArrayList<>();
        orig.add(executable);
        // -X pycache_prefix=PATH wins over PYTHONPYCACHEPREFIX; either is made absolute, as CPython's.
        Object xPrefix = c.xoptions.get("pycache_prefix");
        String prefix = xPrefix instanceof String s ? s : envVar(c, "PYTHONPYCACHEPREFIX");
        String pycachePrefix = prefix == null || prefix.isEmpty() ? null
                : java.nio.file.Path.of(prefix).toAbsolutePath().normalize().toString();
        Config config = new Config(argv, orig, path, executable, c.xoptions, warn, optimize, inspect, interactive,
                dontWrite, c.ignoreEnvironment, c.isolated, c.noSite, c.noUserSite, c.safePath, c.quiet, c.verbose,
                unbuffered, c.bytesWarning, c.xoptions.containsKey("dev"), maxDigits, null, pycachePrefix);
        // The kaa command's sys.std* are descriptors 0, 1 and 2 themselves (children inherit them).
        try (Interpreter interp = processStreams ? Interpreter.create(config) : Interpreter.create(config, in, out, err)) {
            installInterruptHandler(interp);
            interp.colorTracebacks(processStreams && dev.kaa.vm.objects.TracebackPrinter.canColorize(env,
                    c.ignoreEnvironment, System.console() != null && System.console().isTerminal()));
            int status = switch (c.kind) {
                case COMMAND -> interp.runSource(c.target, "<string>");
                case MODULE -> runModule(interp, c.target);
                case FILE -> packaged ? interp.runMainOf(c.target)
                        : interp.runFile(scriptFile, scriptFile.toAbsolutePath().normalize().toString());
                default -> interactive ? new Repl(interp, in, out, err, c.quiet, env).run()
                        : interp.runSource(readAll(in), "<stdin>");
            };
            if (inspect && c.kind != CommandLine.Kind.STDIN) {
                status = new Repl(interp, in, out, err, c.quiet, env).run();
            }
            return status;
        }
    }

    /**
     * Whether {@code file} ends as a ZIP archive does (its end-of-central-directory record in
     * the last 64 KiB), as a zipapp does even behind a {@code #!} line. Read from the end only,
     * so an ordinary script costs one short read.
     */
    static boolean isZipArchive(Path file) {
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65535);
            if (tail < 22) {
                return false;
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(tail);
            channel.read(buffer, size - tail);
            byte[] b = buffer.array();
            for (int i = tail - 22; i >= 0; i--) {
                if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Ctrl-C runs the Python SIGINT handler in the main thread (KeyboardInterrupt by default). */
    private static void installInterruptHandler(Interpreter interp) {
        interp.installSignalHandlers();
    }

    private int runModule(Interpreter interp, String module) {
        return interp.runModule(module);
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int parseInt(String s, int dflt) {
        if (s == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
