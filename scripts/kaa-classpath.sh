# Sourced by the scripts in this folder: sets JAVA and KAA_CP (the class path holding Kaa's
# bytecode, parser and compiler classes and the compiler's test classes, among them
# dev.kaa.compiler.CompileDriver and ParseCompileBench). Builds them first with Maven unless
# KAA_NO_BUILD=1; KAA_CLASSPATH overrides the class path altogether.
kaa_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -n "${KAA_CLASSPATH:-}" ]; then
    KAA_CP="$KAA_CLASSPATH"
else
    if [ "${KAA_NO_BUILD:-0}" != 1 ]; then
        # flock serialises Maven runs on machines shared by several builds; skip it where absent.
        lock=(); command -v flock >/dev/null && lock=(flock /tmp/kaa-mvn.lock)
        (cd "$kaa_root" && "${lock[@]}" mvn -o -q -pl compiler -am test-compile -DskipTests >&2) \
            || { echo "build failed (set KAA_NO_BUILD=1 to use the classes already built)" >&2; exit 2; }
    fi
    KAA_CP="$kaa_root/bytecode/target/classes:$kaa_root/parser/target/classes:$kaa_root/compiler/target/classes:$kaa_root/compiler/target/test-classes"
fi
