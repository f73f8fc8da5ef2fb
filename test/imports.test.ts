// No import cycles in src/: each module can be read, tested and loaded after the ones it imports.
// Counted: every static import and re-export between our files, `import type` included (a cycle of types is
// still two modules that cannot be understood one without the other). Not counted: import(), which the CLI uses
// on purpose to load a module only when it is needed (a problem to explain, a format asked for).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';


/** Each src/ file's static imports of other src/ files, as paths from the checkout. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  for (const file of files.map((f) => join('src', f).split('\\').join('/')).sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, false);
    const targets = new Set<string>();
    for (const statement of source.statements) {
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      targets.add(relative(root, join(root, dirname(file), specifier.text)).split('\\').join('/').replace(/\.js$/, '.ts'));
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** One cycle in each group of modules that import one another (Tarjan's strongly connected components), named from its first file. */
function cycles(graph: Map<string, string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || graph.get(v)!.includes(v)) groups.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  // The shortest way from the group's first file back to it, by imports inside the group.
  return groups
    .map((group) => {
      const start = group[0]!;
      const from = new Map<string, string>();
      const queue = [start];
      for (let i = 0; i < queue.length && !from.has(start); i++) {
        for (const w of graph.get(queue[i]!)!) {
          if (!group.includes(w) || from.has(w)) continue;
          from.set(w, queue[i]!);
          queue.push(w);
        }
      }
      const path = [start];
      for (let at = from.get(start)!; at !== start; at = from.get(at)!) path.unshift(at);
      return [start, ...path].join(' → ');
    })
    .sort();
}

describe('imports in src/', () => {
  it('form no cycle', () => {
    expect(cycles(importGraph(ROOT))).toEqual([]);
  });

  it('are all seen by the check (it reads each file and finds its imports)', () => {
    const graph = importGraph(ROOT);
    expect(graph.get('src/main.ts')!.length).toBeGreaterThan(0);
    expect([...graph.values()].flat().filter((f) => !graph.has(f))).toEqual([]);
  });

  it('finds a cycle and names its files in order', () => {
    const graph = new Map([
      ['src/a.ts', ['src/b.ts']],
      ['src/b.ts', ['src/c.ts']],
      ['src/c.ts', ['src/a.ts', 'src/d.ts']],
      ['src/d.ts', []],
      ['src/e.ts', ['src/e.ts']],
    ]);
    expect(cycles(graph)).toEqual(['src/a.ts → src/b.ts → src/c.ts → src/a.ts', 'src/e.ts → src/e.ts']);
  });
});
