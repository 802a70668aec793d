from collections import deque
graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": ["G"], "G": [],
}
def bfs(start, goal):
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal:
            return path
        for n in graph[path[-1]]:
            if n not in seen:
                seen.add(n)
                q.append(path + [n])
def dfs(node, visited=None):
    visited = visited if visited is not None else []
    visited.append(node)
    for n in graph[node]:
        if n not in visited:
            dfs(n, visited)
    return visited
def topo():
    indeg = {k: 0 for k in graph}
    for vs in graph.values():
        for v in vs:
            indeg[v] += 1
    q = deque(sorted(k for k, d in indeg.items() if d == 0))
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for v in graph[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return out
print(bfs("A", "G"), dfs("A"), topo())
import heapq
weighted = {"a": {"b": 4, "c": 1}, "b": {"d": 1}, "c": {"b": 2, "d": 5}, "d": {}}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in weighted[u].items():
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                heapq.heappush(pq, (d + w, v))
    return dict(sorted(dist.items()))
print(dijkstra("a"))
