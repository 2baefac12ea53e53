"""Modules in import cycles: the strongly connected components of the import graph of backend, datachat and
sql_safety (every import counts, function-level ones too). ``lint-imports`` forbids cycles between datachat's
packages; this prints what is left inside packages.

    .venv/bin/python bench/import_cycles.py [-v]
"""

import sys

import grimp


def components(graph: grimp.ImportGraph) -> list[list[str]]:
    """The cycles of ``graph``: its strongly connected components of more than one module (Tarjan)."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:  # iterative, so deep graphs cannot exhaust the recursion limit
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for module in edges:
        if module not in index:
            visit(module)
    return sorted(found, key=lambda c: (-len(c), c))


def main() -> None:
    graph = grimp.build_graph("backend", "datachat", "sql_safety", include_external_packages=False)
    cycles = components(graph)
    print(f"modules in import cycles: {sum(len(c) for c in cycles)} in {len(cycles)} cycle(s)")
    for cycle in cycles:
        print(f"  {len(cycle)}: {', '.join(cycle)}")
        if "-v" in sys.argv:
            members = set(cycle)
            for module in cycle:
                for imported in sorted(graph.find_modules_directly_imported_by(module) & members):
                    lines = sorted({d["line_number"] for d in graph.get_import_details(importer=module,
                                                                                      imported=imported)})
                    print(f"      {module} -> {imported} (line {', '.join(map(str, lines))})")


if __name__ == "__main__":
    main()
