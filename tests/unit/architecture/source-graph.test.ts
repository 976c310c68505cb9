/**
 * The source tree's shape: no import cycles, and no file over 250 lines
 * (lib/, components/, entrypoints/). Imports are read as text (static,
 * dynamic and re-exports) and resolved like the build resolves them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const DIRS = ['lib', 'components', 'entrypoints'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Static imports and re-exports (`import type` / `export type` vanish at run time: not edges), side-effect and dynamic imports. */
const STATIC = /^\s*(?:import|export)\s+(type\s+)?[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const OTHER = /^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;

function specifiers(text: string): string[] {
  const found = [...text.matchAll(STATIC)].filter((m) => !m[1]).map((m) => m[2]!);
  for (const m of text.matchAll(OTHER)) found.push((m[1] ?? m[2])!);
  return found;
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? join(dirname(from), spec) : undefined;
  if (base === undefined) return undefined;
  for (const suffix of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = normalize(base + suffix);
    if (existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile() && /\.tsx?$/.test(path)) return path;
  }
  return undefined;
}

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of DIRS.flatMap(sources)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = specifiers(text)
      .map((spec) => resolve(file, spec))
      .filter((t) => t !== undefined);
    edges.set(file, [...new Set(targets)]);
  }
  return edges;
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself). */
function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return found;
}

describe('the source tree', () => {
  it('has no import cycles', () => {
    const edges = graph();
    expect(edges.size).toBeGreaterThan(100);
    expect(cycles(edges)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(edges)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('keeps every file at 250 lines or fewer', () => {
    const long = DIRS.flatMap(sources)
      .map((file) => ({ file: relative(ROOT, join(ROOT, file)), lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 251);
    expect(long).toEqual([]);
  });
});
