package dev.kaa.vm.modules;

import dev.kaa.vm.internal.imports.BuiltinModules;
import dev.kaa.vm.objects.PyModule;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The modules written in Java that the interpreter has built in, by name: the C-level modules
 * written before the extension API ({@code native-ext-api}) took shape, against the VM's own
 * exposer. They move one by one to the {@code stdlib} module, onto that API, where the
 * interpreter finds them as extension modules ({@code ExtensionModules}); {@code _bisect} and
 * {@code _queue} have.
 *
 * <p>Thread safety: stateless.
 */
public final class JavaModules {
    private JavaModules() {}

    /** Makes every module here importable. */
    public static void registerAll(BuiltinModules registry) {
        for (Map.Entry<String, Supplier<PyModule>> m : MODULES) {
            registry.register(m.getKey(), m.getValue());
        }
    }

    /** Name and factory of each module. */
    private static final List<Map.Entry<String, Supplier<PyModule>>> MODULES = List.of(
            Map.entry("_typing", TypingModule::create),
            Map.entry("_contextvars", ContextVarsModule::create),
            Map.entry("_warnings", WarningsModule::create),
            // Group A (weakref, abc, thread, string, errno, time):
            Map.entry("errno", ErrnoModule::create),
            Map.entry("atexit", AtexitModule::create),
            Map.entry("faulthandler", FaulthandlerModule::create),
            Map.entry("time", TimeModule::create),
            Map.entry("_string", StringModule::create),
            Map.entry("_thread", ThreadModule::create),
            Map.entry("_abc", AbcModule::create),
            Map.entry("_weakref", WeakrefModule::create),
            // Group B (functools, collections, itertools, operator, math):
            Map.entry("math", MathModule::create),
            Map.entry("itertools", ItertoolsModule::create),
            Map.entry("_operator", OperatorModule::create),
            Map.entry("_collections", CollectionsModule::create),
            Map.entry("_functools", FunctoolsModule::create),
            // Group C (posix, _stat, _imp):
            Map.entry("posix", PosixModule::create),
            Map.entry("_imp", ImpModule::create),
            Map.entry("_stat", StatModule::create),
            Map.entry("_struct", dev.kaa.vm.modules.struct.StructModule::create),
            Map.entry("_random", dev.kaa.vm.modules.random.RandomModule::create),
            Map.entry("_sha2", dev.kaa.vm.modules.hashes.Sha2Module::create),
            Map.entry("_sre", dev.kaa.vm.modules.sre.SreModule::create),
            Map.entry("cmath", dev.kaa.vm.modules.cmath.CMathModule::create),
            Map.entry("_io", dev.kaa.vm.modules.io.IoModule::create),
            Map.entry("binascii", dev.kaa.vm.modules.binascii.BinasciiModule::create),
            Map.entry("_codecs", dev.kaa.vm.modules.codecs.CodecsModule::create),
            Map.entry("_md5", dev.kaa.vm.modules.hashes.Md5Module::create),
            Map.entry("_sha1", dev.kaa.vm.modules.hashes.Sha1Module::create),
            Map.entry("_sha3", dev.kaa.vm.modules.hashes.Sha3Module::create),
            Map.entry("_blake2", dev.kaa.vm.modules.hashes.Blake2Module::create),
            Map.entry("_hashlib", dev.kaa.vm.modules.hashlib.HashlibModule::create),
            Map.entry("marshal", MarshalModule::create),
            Map.entry("_heapq", HeapqModule::create),
            Map.entry("_interpreters", dev.kaa.vm.modules.interpreters.InterpretersModule::create),
            Map.entry("_interpqueues", dev.kaa.vm.modules.interpreters.QueuesModule::create),
            Map.entry("_opcode", OpcodeModule::create),
            Map.entry("_suggestions", SuggestionsModule::create),
            Map.entry(SysconfigData.NAME, SysconfigData::create),
            Map.entry("_sysconfig", SysconfigModule::create),
            Map.entry("_tokenize", dev.kaa.vm.modules.tokenize.TokenizeModule::create),
            Map.entry("gc", dev.kaa.vm.modules.gc.GcModule::create),
            Map.entry("pyexpat", dev.kaa.vm.modules.expat.ExpatModule::create),
            Map.entry("array", dev.kaa.vm.modules.array.ArrayModule::create),
            Map.entry("_ast", dev.kaa.vm.modules.ast.AstModule::create),
            Map.entry("zlib", dev.kaa.vm.modules.zlib.ZlibModule::create),
            Map.entry("_signal", dev.kaa.vm.modules.signal.SignalModule::create),
            Map.entry("_json", dev.kaa.vm.modules.json.JsonModule::create),
            Map.entry("_datetime", dev.kaa.vm.modules.datetime.DatetimeModule::create),
            Map.entry("_zoneinfo", dev.kaa.vm.modules.zoneinfo.ZoneInfoModule::create),
            Map.entry("unicodedata", dev.kaa.vm.modules.unicodedata.UnicodeDataModule::create),
            Map.entry("_socket", dev.kaa.vm.modules.socket.SocketModule::create),
            Map.entry("select", dev.kaa.vm.modules.select.SelectModule::create),
            Map.entry("_posixsubprocess", PosixSubprocess::create),
            Map.entry("_kaa", KaaModule::create));
}
