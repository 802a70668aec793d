import os, sys
path = os.path.join(os.path.dirname(__file__), "gone_mod.py")
with open(path, "w") as fh:
    fh.write("def boom():\n    raise RuntimeError('from a deleted file')\n")
sys.path.insert(0, os.path.dirname(__file__))
import gone_mod
os.remove(path)
import linecache; linecache.clearcache()
gone_mod.boom()
