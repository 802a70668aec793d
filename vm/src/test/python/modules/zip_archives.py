# Modules imported from ZIP archives on sys.path (zipimport), and archives and folders run as
# programs: `python app.zip`, `python DIR` run their __main__ module with the archive first on
# sys.path.
import os
import subprocess
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

# An archive and a folder run as programs.
app = os.path.join(root, 'app.zip')
with zipfile.ZipFile(app, 'w') as z:
    z.writestr('__main__.py', 'import sys\nprint("app", __name__, sys.argv[1:], sys.path[0].endswith("app.zip"))\n')
folder = os.path.join(root, 'appdir')
os.mkdir(folder)
with open(os.path.join(folder, '__main__.py'), 'w') as f:
    f.write('import sys\nprint("dir", __name__, __spec__.name, sys.argv[1:])\n')
for target in (app, folder):
    r = subprocess.run([sys.executable, target, 'a', 'b'], capture_output=True, text=True)
    print(r.returncode, r.stdout.strip())
empty = os.path.join(root, 'empty')
os.mkdir(empty)
r = subprocess.run([sys.executable, empty], capture_output=True, text=True)
print(r.returncode, r.stderr.strip().replace(root, 'ROOT').split(': ', 1)[1])
