/**
 * The import graph of `src/` at folder level: `src/<folder>/…` imports
 * `src/<other>/…` gives the edge folder → other. Used by the architecture test
 * (tests/unit/architecture.test.ts) and runnable on its own:
 *
 *   npx tsx scripts/import-graph.ts      # prints every edge with the files behind it, then any cycle
 *
 * Type-only imports count: a cycle of types is still a cycle a reader has to untangle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FolderGraph {
  /** folder → folders it imports, each with the files that do (relative to the repository). */
  edges: Map<string, Map<string, Set<string>>>;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

export function listTsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Relative import specifiers of a source text (static, re-exports and dynamic `import('…')`). */
export function relativeImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(IMPORT)) specs.push((m[1] ?? m[2])!);
  return specs;
}

/** The top-level folder of a path under `srcDir`; files directly in src/ count as the folder `.` */
function folderOf(srcDir: string, file: string): string | null {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0]! : '.';
}

export function folderGraph(root: string, files: Array<{ file: string; source: string }>): FolderGraph {
  const srcDir = path.join(root, 'src');
  const edges = new Map<string, Map<string, Set<string>>>();
  for (const { file, source } of files) {
    const from = folderOf(srcDir, file);
    if (!from) continue;
    for (const spec of relativeImports(source)) {
      const to = folderOf(srcDir, path.resolve(path.dirname(file), spec));
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, Set<string>>();
      edges.set(from, targets);
      const why = targets.get(to) ?? new Set<string>();
      targets.set(to, why);
      why.add(path.relative(root, file));
    }
  }
  return { edges };
}

/** Strongly connected components with more than one folder (Tarjan): each is a cycle. */
export function folderCycles(g: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const nodes = new Set<string>([...g.edges.keys(), ...[...g.edges.values()].flatMap((t) => [...t.keys()])]);
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of g.edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      for (;;) {
        const w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
        if (w === v) break;
      }
      if (scc.length > 1) cycles.push(scc.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** One line per edge inside a cycle, naming the files that create it. */
export function describeCycle(g: FolderGraph, scc: string[]): string {
  const inCycle = new Set(scc);
  const lines: string[] = [];
  for (const from of scc) {
    for (const [to, files] of g.edges.get(from) ?? []) {
      if (inCycle.has(to)) lines.push(`  ${from} → ${to}: ${[...files].sort().join(', ')}`);
    }
  }
  return `cycle between ${scc.join(', ')}:\n${lines.join('\n')}`;
}

export function srcFolderGraph(root: string): FolderGraph {
  const files = listTsFiles(path.join(root, 'src')).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
  return folderGraph(root, files);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const g = srcFolderGraph(root);
  for (const [from, targets] of [...g.edges].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [to, files] of [...targets].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`${from} → ${to}  (${[...files].sort().join(', ')})\n`);
  }
  const cycles = folderCycles(g);
  for (const c of cycles) process.stdout.write(`\n${describeCycle(g, c)}\n`);
  process.exitCode = cycles.length > 0 ? 1 : 0;
}
