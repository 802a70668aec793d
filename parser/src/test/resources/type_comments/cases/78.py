x = yield # type: int
