# asyncio_tasks [N]: an event loop runs N producer/consumer rounds over asyncio.Queue, gathers
# thousands of small coroutines, ping-pongs two tasks through Events, uses a TaskGroup and
# timeouts, and echoes messages through loopback TCP streams (start_server/open_connection).
# Measures coroutine switching, the event loop's scheduling (call_soon, futures, callbacks),
# the selector and non-blocking sockets.
import asyncio
import sys


async def produce(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consume(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def ping_pong(rounds):
    a, b = asyncio.Event(), asyncio.Event()
    count = 0

    async def ping():
        nonlocal count
        for _ in range(rounds):
            a.set()
            await b.wait()
            b.clear()
            count += 1

    async def pong():
        for _ in range(rounds):
            await a.wait()
            a.clear()
            b.set()

    await asyncio.gather(ping(), pong())
    return count


async def echo_server(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def streams(messages):
    server = await asyncio.start_server(echo_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    received = 0
    for i in range(messages):
        writer.write(f"message {i}\n".encode())
        await writer.drain()
        received += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    return received


async def main(n):
    q = asyncio.Queue(maxsize=64)
    _, total = await asyncio.gather(produce(q, n), consume(q))
    squares = await asyncio.gather(*(square(i) for i in range(n // 4)))
    pongs = await ping_pong(n // 10)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i)) for i in range(n // 10)]
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        timed_out = True
    echoed = await streams(n // 20)
    print("queue", total, "gather", sum(squares), "ping-pong", pongs)
    print("taskgroup", sum(t.result() for t in tasks), "timeout", timed_out, "echoed", echoed)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000))
