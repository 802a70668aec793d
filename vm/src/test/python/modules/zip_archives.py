# Modules imported from ZIP archives on sys.path, through zipimport. (Archives and folders run
# as programs, `kaa app.zip`, are LauncherTest's: a corpus program has no kaa command to start.)
import os
import sys
import tempfile
import zipfile

root = tempfile.mkdtemp()
lib = os.path.join(root, 'lib.zip')
with zipfile.ZipFile(lib, 'w') as z:
    z.writestr('zmod.py', 'X = 42\ndef where(): return __name__\n')
    z.writestr('zpkg/__init__.py', 'Y = "package"\n')
    z.writestr('zpkg/sub.py', 'from . import Y\nZ = Y + " sub"\n')
    z.writestr('data.txt', 'not a module')

sys.path.insert(0, lib)
import zmod
import zpkg.sub
print(zmod.X, zmod.where(), zpkg.sub.Z)
print(type(zmod.__loader__).__name__, zmod.__file__ == os.path.join(lib, 'zmod.py'))
print(zpkg.__path__ == [os.path.join(lib, 'zpkg')], zmod.__spec__.origin == zmod.__file__)
print(sorted(k[len(root):] for k in sys.path_importer_cache if k.startswith(root)))

import zipimport
z = zipimport.zipimporter(lib)
print(z.is_package('zpkg'), z.is_package('zmod'), repr(z.get_source('zmod')))
print(z.get_data(os.path.join(lib, 'data.txt')))
try:
    import zmissing
except ImportError as e:
    print(type(e).__name__, e)
try:
    zipimport.zipimporter(os.path.join(root, 'nothere.zip'))
except zipimport.ZipImportError as e:
    print('ZipImportError', str(e).replace(root, 'ROOT'))
