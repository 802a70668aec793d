package dev.kaa.vm.internal.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's command line, read the way {@code python} reads it: single-letter options that may
 * be bundled ({@code -Bc CODE}, {@code -cCODE}), {@code -X}/{@code -W} with their values,
 * and the first of {@code -c}, {@code -m}, a file or {@code -} ending the options.
 *
 * <p>Thread safety: confined.
 */
final class CommandLine {
    /** What to run. */
    enum Kind { COMMAND, MODULE, FILE, STDIN, HELP, VERSION }

    Kind kind = Kind.STDIN;
    /** The code of {@code -c}, the module of {@code -m}, the file name. */
    String target;
    /** The arguments after the target: {@code sys.argv[1:]}. */
    List<String> rest = List.of();
    boolean inspect, unbuffered, dontWriteBytecode, ignoreEnvironment, isolated, noSite, noUserSite, safePath,
            quiet, skipFirstLine;
    int optimize, verbose, bytesWarning, versionCount;
    final Map<String, Object> xoptions = new LinkedHashMap<>();
    final List<String> warnOptions = new ArrayList<>();
    /** A usage error's message, or null. */
    String error;
    /** The full help was asked for. */
    String helpKind;

    static CommandLine parse(List<String> args) {
        CommandLine c = new CommandLine();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> {
                        c.kind = Kind.HELP;
                        c.helpKind = a;
                        return c;
                    }
                    case "--version" -> {
                        c.kind = Kind.VERSION;
                        c.versionCount++;
                        i++;
                        continue;
                    }
                    case "--check-hash-based-pycs" -> {
                        if (i + 1 >= args.size()) {
                            c.error = "Argument expected for the --check-hash-based-pycs option";
                            return c;
                        }
                        i += 2;
                        continue;
                    }
                    default -> {
                        c.error = "unknown option " + a;
                        return c;
                    }
                }
            }
            int j = 1;
            while (j < a.length()) {
                char o = a.charAt(j++);
                switch (o) {
                    case 'c', 'm' -> {
                        String value;
                        if (j < a.length()) {
                            value = a.substring(j);
                        } else if (i + 1 < args.size()) {
                            value = args.get(++i);
                        } else {
                            c.error = "Argument expected for the -" + o + " option";
                            return c;
                        }
                        c.kind = o == 'c' ? Kind.COMMAND : Kind.MODULE;
                        c.target = value;
                        c.rest = List.copyOf(args.subList(i + 1, args.size()));
                        return c;
                    }
                    case 'X', 'W' -> {
                        String value;
                        if (j < a.length()) {
                            value = a.substring(j);
                        } else if (i + 1 < args.size()) {
                            value = args.get(++i);
                        } else {
                            c.error = "Argument expected for the -" + o + " option";
                            return c;
                        }
                        if (o == 'X') {
                            int eq = value.indexOf('=');
                            c.xoptions.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? Boolean.TRUE : value.substring(eq + 1));
                        } else {
                            c.warnOptions.add(value);
                        }
                        j = a.length();
                    }
                    case 'i' -> c.inspect = true;
                    case 'u' -> c.unbuffered = true;
                    case 'B' -> c.dontWriteBytecode = true;
                    case 'E' -> c.ignoreEnvironment = true;
                    case 'I' -> {
                        c.isolated = true;
                        c.ignoreEnvironment = true;
                        c.noUserSite = true;
                        c.safePath = true;
                    }
                    case 'S' -> c.noSite = true;
                    case 's' -> c.noUserSite = true;
                    case 'P' -> c.safePath = true;
                    case 'q' -> c.quiet = true;
                    case 'v' -> c.verbose++;
                    case 'O' -> c.optimize++;
                    case 'b' -> c.bytesWarning++;
                    case 'd' -> { }
                    case 'x' -> c.skipFirstLine = true;
                    case 'V' -> {
                        c.kind = Kind.VERSION;
                        c.versionCount++;
                    }
                    case 'h', '?' -> {
                        c.kind = Kind.HELP;
                        c.helpKind = "-h";
                        return c;
                    }
                    default -> {
                        c.error = "Unknown option: -" + o;
                        return c;
                    }
                }
            }
            i++;
        }
        if (c.kind == Kind.VERSION) {
            return c;
        }
        if (i < args.size()) {
            String a = args.get(i);
            c.kind = a.equals("-") ? Kind.STDIN : Kind.FILE;
            c.target = a;
            c.rest = List.copyOf(args.subList(i + 1, args.size()));
        }
        return c;
    }
}
