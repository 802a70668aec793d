# sys.path_hooks with a hook written in Python: the path entry finder it returns is cached in
# sys.path_importer_cache and asked for modules (find_spec with a loader, namespace portions).
import sys
import importlib.machinery


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.VALUE = len(module.__name__)


class Finder:
    def __init__(self, path):
        self.path = path
        self.asked = []

    def find_spec(self, name, target=None):
        self.asked.append(name)
        if name.startswith("magic_"):
            return importlib.machinery.ModuleSpec(name, Loader())
        if name == "portion":
            spec = importlib.machinery.ModuleSpec(name, None)
            spec.submodule_search_locations = [self.path + "/portion"]
            return spec
        return None


def hook(path):
    if path.startswith("magic:"):
        return Finder(path)
    raise ImportError("not a magic path")


print(type(sys.path_hooks).__name__, len(sys.path_hooks) >= 1, type(sys.path_importer_cache).__name__)
sys.path_hooks.insert(0, hook)
sys.path.append("magic:one")
import magic_alpha
print(magic_alpha.VALUE, magic_alpha.__spec__.name, type(magic_alpha.__loader__).__name__)
finder = sys.path_importer_cache["magic:one"]
print(type(finder).__name__, finder.path, finder.asked)
import portion
print(list(portion.__path__))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, "no_such_module_here" in finder.asked)
sys.path_importer_cache["magic:one"] = None
try:
    import magic_beta
except ModuleNotFoundError as e:
    print("after None in the cache:", e)
del sys.path_importer_cache["magic:one"]
import magic_beta
print(magic_beta.VALUE)
sys.path_hooks.remove(hook)
