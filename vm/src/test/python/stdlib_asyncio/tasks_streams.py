# asyncio: tasks, gather, queues, TaskGroup errors, timeouts and cancellation, events and
# semaphores, executors, async generators, and an echo server over loopback TCP streams.
import asyncio


async def worker(name, q, out):
    while (item := await q.get()) is not None:
        out.append((name, item * item))
        q.task_done()
    q.task_done()


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    print(await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(5))))
    q, out = asyncio.Queue(), []
    workers = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    for i in range(9):
        q.put_nowait(i)
    for _ in workers:
        q.put_nowait(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(v for _, v in out), all(w.done() for w in workers))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(1))
            tg.create_task(fails(2))
    except* ValueError as eg:
        print("TaskGroup:", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out")
    task = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))
    ev, sem, order = asyncio.Event(), asyncio.Semaphore(2), []
    async def guarded(i):
        async with sem:
            await ev.wait()
            order.append(i)
    gs = [asyncio.create_task(guarded(i)) for i in range(4)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*gs)
    print("semaphore", sorted(order), sem.locked())
    loop = asyncio.get_running_loop()
    print("executor", await loop.run_in_executor(None, sum, range(100)))
    print("agen", [i async for i in ticker(4)])
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port)
    for word in ("hello", "kaa"):
        writer.write(word.encode() + b"\n")
        await writer.drain()
        print("echo", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("served", host)


asyncio.run(main())
