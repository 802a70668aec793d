/**
 * The standard library's built-in modules written in Java against the extension API, as
 * CPython writes them in C. They are extension modules like any user's: the virtual machine
 * finds them as {@link dev.kaa.ext.ExtensionModule} services.
 */
module dev.kaa.stdlib {
    requires dev.kaa.ext;
    requires dev.kaa.compiler;

    provides dev.kaa.ext.ExtensionModule with
            dev.kaa.stdlib.asyncio.AsyncioModule,
            dev.kaa.stdlib.bisect.BisectModule,
            dev.kaa.stdlib.bz2.Bz2Module,
            dev.kaa.stdlib.cjk.CodecsCnModule,
            dev.kaa.stdlib.cjk.CodecsHkModule,
            dev.kaa.stdlib.cjk.CodecsIso2022Module,
            dev.kaa.stdlib.cjk.CodecsJpModule,
            dev.kaa.stdlib.cjk.CodecsKrModule,
            dev.kaa.stdlib.cjk.CodecsTwModule,
            dev.kaa.stdlib.cjk.MultibytecodecModule,
            dev.kaa.stdlib.curses.CursesModule,
            dev.kaa.stdlib.curses.PanelModule,
            dev.kaa.stdlib.csv.CsvModule,
            dev.kaa.stdlib.ctypes.CtypesModule,
            dev.kaa.stdlib.fcntl.FcntlModule,
            dev.kaa.stdlib.locale.LocaleModule,
            dev.kaa.stdlib.lsprof.LsprofModule,
            dev.kaa.stdlib.lzma.LzmaModule,
            dev.kaa.stdlib.mmap.MmapModule,
            dev.kaa.stdlib.multiprocessing.MultiprocessingModule,
            dev.kaa.stdlib.pickle.PickleModule,
            dev.kaa.stdlib.posixshmem.PosixShmemModule,
            dev.kaa.stdlib.queue.QueueModule,
            dev.kaa.stdlib.resource.ResourceModule,
            dev.kaa.stdlib.sqlite3.Sqlite3Module,
            dev.kaa.stdlib.ssl.SslModule,
            dev.kaa.stdlib.statistics.StatisticsModule,
            dev.kaa.stdlib.symtable.SymtableModule,
            dev.kaa.stdlib.readline.ReadlineModule,
            dev.kaa.stdlib.syslog.SyslogModule,
            dev.kaa.stdlib.termios.TermiosModule,
            dev.kaa.stdlib.users.GrpModule,
            dev.kaa.stdlib.users.PwdModule,
            dev.kaa.stdlib.uuid.UuidModule;
}
