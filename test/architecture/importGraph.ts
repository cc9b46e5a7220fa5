import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

/** Module path (relative to the root, with "/") → the modules of the same tree it imports. */
export type ImportGraph = Map<string, Set<string>>;

/**
 * Every .ts module under `root` and its relative imports, type-only ones included: a cycle
 * through types is still two modules that cannot be understood one without the other.
 */
export function readImportGraph(root: string): ImportGraph {
	const graph: ImportGraph = new Map();
	for (const file of listTsFiles(root)) {
		const imports = new Set<string>();
		const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
		for (const { fileName } of importedFiles) {
			if (!fileName.startsWith(".")) continue;
			const target = resolveModule(resolve(dirname(file), fileName));
			if (target !== undefined && target.startsWith(resolve(root))) imports.add(toKey(root, target));
		}
		graph.set(toKey(root, file), imports);
	}
	return graph;
}

/** The graph of folders: an edge when a module of one folder imports a module of another. */
export function folderGraph(graph: ImportGraph, folderOf: (module: string) => string | undefined): ImportGraph {
	const folders: ImportGraph = new Map();
	for (const [module, imports] of graph) {
		const from = folderOf(module);
		if (from === undefined) continue;
		const edges = folders.get(from) ?? new Set<string>();
		folders.set(from, edges);
		for (const target of imports) {
			const to = folderOf(target);
			if (to !== undefined && to !== from) edges.add(to);
		}
	}
	return folders;
}

/** One example cycle (first node repeated at the end) per strongly connected group of nodes. */
export function findCycles(graph: ImportGraph): string[][] {
	return stronglyConnected(graph)
		.filter((group) => group.length > 1 || graph.get(group[0] ?? "")?.has(group[0] ?? ""))
		.map((group) => exampleCycle(graph, new Set(group)));
}

export function listTsFiles(folder: string): string[] {
	return readdirSync(folder).sort().flatMap((name) => {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) return listTsFiles(full);
		return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [full] : [];
	});
}

function resolveModule(base: string): string | undefined {
	return [`${base}.ts`, join(base, "index.ts"), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function toKey(root: string, file: string): string {
	return relative(root, file).split("\\").join("/");
}

/** Tarjan's algorithm, iterative so a deep graph cannot overflow the stack. */
function stronglyConnected(graph: ImportGraph): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const groups: string[][] = [];
	let counter = 0;
	for (const start of graph.keys()) {
		if (index.has(start)) continue;
		const work: { node: string; edges: Iterator<string> }[] = [];
		const visit = (node: string) => {
			index.set(node, counter);
			low.set(node, counter++);
			stack.push(node);
			onStack.add(node);
			work.push({ node, edges: (graph.get(node) ?? new Set<string>()).values() });
		};
		visit(start);
		while (work.length > 0) {
			const frame = work[work.length - 1] as { node: string; edges: Iterator<string> };
			const next = frame.edges.next();
			if (!next.done) {
				if (!index.has(next.value)) visit(next.value);
				else if (onStack.has(next.value)) low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(next.value) ?? 0));
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
			if (low.get(frame.node) === index.get(frame.node)) groups.push(popGroup(stack, onStack, frame.node));
		}
	}
	return groups;
}

function popGroup(stack: string[], onStack: Set<string>, root: string): string[] {
	const group: string[] = [];
	let node: string | undefined;
	do {
		node = stack.pop();
		if (node === undefined) break;
		onStack.delete(node);
		group.push(node);
	} while (node !== root);
	return group.sort();
}

/** A shortest way from the group's first node back to itself, staying inside the group. */
function exampleCycle(graph: ImportGraph, group: Set<string>): string[] {
	const start = [...group].sort()[0] ?? "";
	const previous = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.shift() as string;
		for (const next of graph.get(node) ?? []) {
			if (!group.has(next)) continue;
			if (next === start) return [...pathTo(previous, node, start), start];
			if (!previous.has(next)) {
				previous.set(next, node);
				queue.push(next);
			}
		}
	}
	return [start];
}

function pathTo(previous: Map<string, string>, node: string, start: string): string[] {
	const path = [node];
	while (path[0] !== start) path.unshift(previous.get(path[0] ?? "") ?? start);
	return path;
}
