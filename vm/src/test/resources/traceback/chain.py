class StorageError(Exception):
    pass

def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise StorageError("could not load") from e

def save():
    try:
        load()
    except StorageError:
        1 / 0

save()
