async def g():
    async with a as b:  # type: int
        pass
    async for x in y:  # type: int
        pass
