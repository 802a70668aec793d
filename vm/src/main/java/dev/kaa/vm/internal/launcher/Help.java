package dev.kaa.vm.internal.launcher;

/** The text {@code kaa -h} prints after the usage line: CPython's options, as Kaa takes them. */
final class Help {
    private Help() {}

    static final String TEXT = """
            Options (and corresponding environment variables):
            -b     : issue warnings about str(bytes_instance) and comparing bytes with str (-bb: errors)
            -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
            -c cmd : program passed in as string (terminates option list)
            -d     : accepted for compatibility; Kaa has no parser debug output
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script; forces a prompt even
                     if stdin does not appear to be a terminal; also PYTHONINSPECT=x
            -I     : isolate Python from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list)
            -O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
            -OO    : do -O changes and also discard docstrings
            -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
            -S     : don't imply 'import site' on initialization
            -u     : force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x
            -v     : verbose (trace import statements); also PYTHONVERBOSE=x
            -V     : print the Python version number and exit (also --version); -VV adds Kaa's
            -W arg : warning control; arg is action:message:category:module:lineno
                     also PYTHONWARNINGS=arg
            -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
            -X opt : set implementation-specific option (stored in sys._xoptions);
                     Kaa's own options are named -X kaa.<name>
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;
}
