/* global process, console, URL */
// The import graph of src/: which folder imports which, and module cycles. `npm run lint` runs it:
// folders depend in one direction (the order below), and no module imports itself through others.
// Reads each file's imports with TypeScript's own parser (no regular expression over a file), resolves
// relative ones, and finds cycles with Tarjan's algorithm (linear in the graph). A type-only import is
// erased when compiled: it counts for the folder rule, not for cycles.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The folder checked: the project's src/, or another given as the first argument (the rule's own tests).
const SRC = path.resolve(process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '../../src'));
const ROOT = path.dirname(SRC);

/**
 * Folders from the bottom up: a folder may import only folders before it in this list (and itself).
 * The domain knows nothing; the port is the contract every door and layout share; the layout writes
 * templates through the port; the readers read them back; the doors (files, Excel, CLI, pane) come last,
 * and the pane sees Excel only through the composition root (src/taskpane/index.tsx).
 */
export const LAYERS = [
  'messages',
  'budget',
  'port',
  'layout',
  'workbook',
  'xlsx',
  'addin',
  'excel',
  'taskpane',
  'cli',
  'sandbox',
];
/** Files allowed to reach above their folder's place: where a door is wired to its implementation. */
export const COMPOSITION_ROOTS = ['src/taskpane/index.tsx'];

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolve(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** The modules a file imports: every import for the folder rule; those that stay at run time for cycles. */
function importsOf(file) {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const all = [];
  const runtime = [];
  const add = (spec, typeOnly) => {
    const target = resolve(file, spec);
    if (!target) return;
    all.push(target);
    if (!typeOnly) runtime.push(target);
  };
  for (const st of source.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const named =
        clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      // `import type`, or every name imported as a type: erased when compiled, no cycle at run time.
      const typeOnly = Boolean(
        clause &&
        (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly))),
      );
      add(st.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      add(st.moduleSpecifier.text, st.isTypeOnly);
    }
  }
  // import('...') anywhere: a chunk loaded later, a dependency all the same.
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      add(node.arguments[0].text, false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { all: [...new Set(all)], runtime: [...new Set(runtime)] };
}

export function importGraph() {
  const graph = new Map();
  const runtime = new Map();
  for (const file of filesUnder(SRC)) {
    const deps = importsOf(file);
    graph.set(file, deps.all);
    runtime.set(file, deps.runtime);
  }
  return { graph, runtime };
}

const folderOf = (file) => path.relative(SRC, file).split(path.sep)[0];
const rel = (file) => path.relative(ROOT, file);

export function folderProblems(graph) {
  const out = [];
  for (const [file, deps] of graph) {
    if (COMPOSITION_ROOTS.includes(rel(file))) continue;
    const from = folderOf(file);
    const rank = LAYERS.indexOf(from);
    for (const d of deps) {
      const to = folderOf(d);
      if (to === from) continue;
      const target = LAYERS.indexOf(to);
      if (rank < 0 || target < 0)
        out.push(
          `${rel(file)} imports ${rel(d)}: the folder "${rank < 0 ? from : to}" has no place in LAYERS (scripts/lint/moduleGraph.mjs)`,
        );
      else if (target > rank)
        out.push(
          `${rel(file)} imports ${rel(d)}: "${from}" may not depend on "${to}" (folders depend in the order ${LAYERS.join(' < ')})`,
        );
    }
  }
  return out;
}

/** Strongly connected components of more than one module (or a module importing itself). */
export function cycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const found = [];
  const visit = (v) => {
    // An explicit stack: a deep chain of imports must not overflow the call stack.
    const work = [[v, 0]];
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    while (work.length) {
      const top = work[work.length - 1];
      const [node, i] = top;
      const deps = graph.get(node) ?? [];
      if (i < deps.length) {
        top[1]++;
        const w = deps[i];
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index++);
          stack.push(w);
          on.add(w);
          work.push([w, 0]);
        } else if (on.has(w)) low.set(node, Math.min(low.get(node), idx.get(w)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === idx.get(node)) {
        const comp = [];
        let w;
        do {
          w = stack.pop();
          on.delete(w);
          comp.push(w);
        } while (w !== node);
        if (comp.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(comp.map(rel).sort());
      }
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { graph, runtime } = importGraph();
  const problems = [...folderProblems(graph), ...cycles(runtime).map((c) => `a cycle of imports: ${c.join(' -> ')}`)];
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s) in the import graph of src/.`);
    process.exit(1);
  }
  console.log(`import graph of src/: ${graph.size} modules, folders in one direction, no cycles`);
}
