async def g():
    async with (a as b):  # type: int
        pass
