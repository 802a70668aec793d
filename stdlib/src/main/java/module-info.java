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
            dev.kaa.stdlib.locale.LocaleModule,
            dev.kaa.stdlib.lsprof.LsprofModule,
            dev.kaa.stdlib.pickle.PickleModule,
            dev.kaa.stdlib.queue.QueueModule,
            dev.kaa.stdlib.resource.ResourceModule,
            dev.kaa.stdlib.symtable.SymtableModule,
            dev.kaa.stdlib.termios.TermiosModule,
            dev.kaa.stdlib.users.GrpModule,
            dev.kaa.stdlib.users.PwdModule;
}
