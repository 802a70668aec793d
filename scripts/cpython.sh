# Sourced by the scripts in this folder: sets PY to a CPython 3.13 executable, found as
# dev.kaa.testkit.CPython finds it: $KAA_CPYTHON, pyenv's 3.13.x, then python3.13 on the PATH.
find_cpython() {
    if [ -n "${KAA_CPYTHON:-}" ] && [ -x "$KAA_CPYTHON" ]; then PY="$KAA_CPYTHON"; return 0; fi
    local root="${PYENV_ROOT:-$HOME/.pyenv}"
    for candidate in "$root"/versions/3.13.0/bin/python3.13 "$root"/versions/3.13.*/bin/python3.13; do
        if [ -x "$candidate" ]; then PY="$candidate"; return 0; fi
    done
    # pyenv shims answer "command not found" for versions not selected, so ask for the version.
    if command -v python3.13 >/dev/null 2>&1 && python3.13 -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then
        PY="$(command -v python3.13)"; return 0
    fi
    echo "CPython 3.13 not found: set KAA_CPYTHON=/path/to/python3.13" >&2
    return 1
}
find_cpython || exit 2
export PYTHONHASHSEED=0
unset PYTHONPATH
