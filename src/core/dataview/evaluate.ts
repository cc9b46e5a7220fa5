import type { BinaryOp, Expr } from "./ast";
import { fail, type Env } from "./env";
import { functionCaller, literalContains } from "./functions";
import { indexInto } from "./indexing";
import { resolveDateShorthand } from "./literals";
import { applyBinary } from "./operators";
import { compareValue, isObject, isTruthy, objectValue, typeOf, type FunctionValue, type Value } from "./values";

export { indexInto } from "./indexing";

/** An expression made ready to run: one closure per node, the node's choices made once. */
export type Compiled = (data: ReadonlyMap<string, Value>, env: Env) => Value;

/**
 * Evaluates an expression against one row's data, as Dataview's `Context.evaluate`
 * (`src/expression/context.ts`). A missing field is null, never an error; errors are thrown as
 * `EvaluationError` and cost the row, not the query.
 */
export function evaluate(expr: Expr, data: ReadonlyMap<string, Value>, env: Env): Value {
	return compile(expr)(data, env);
}

/**
 * A query evaluates each of its expressions once per row, 10,000 times over a large vault:
 * walking the tree each time (a switch per node, a function looked up by name per call, the
 * arguments copied) was half of a query's time. Compiled once per parsed node and kept as long
 * as the parsed query lives, the same tree gives the same values and the same errors.
 */
const compiled = new WeakMap<Expr, Compiled>();

export function compile(expr: Expr): Compiled {
	let result = compiled.get(expr);
	if (result === undefined) {
		result = compileNode(expr);
		compiled.set(expr, result);
	}
	return result;
}

function compileNode(expr: Expr): Compiled {
	switch (expr.type) {
		case "literal": {
			const value = expr.value;
			return () => value;
		}
		case "dateShorthand": {
			const name = expr.name;
			return (_data, env) => resolveDateShorthand(name, env.today, env.now);
		}
		case "variable":
			return variable(expr.name);
		case "negated": {
			const child = compile(expr.child);
			return (data, env) => !isTruthy(child(data, env));
		}
		case "binary":
			return binary(expr.op, compile(expr.left), compile(expr.right));
		case "list": {
			const values = expr.values.map(compile);
			return (data, env) => values.map((value) => value(data, env));
		}
		case "index":
			return index(expr.object, expr.index);
		case "call":
			return call(expr.name, expr.args);
		case "apply": {
			const callee = compile(expr.callee);
			const args = expr.args.map(compile);
			return (data, env) => {
				const target = callee(data, env);
				const values = args.map((arg) => arg(data, env));
				if (typeOf(target) === "string") fail(`Unrecognized function name '${target as string}'`);
				if (typeOf(target) !== "function") fail(`Cannot call type '${typeOf(target)}' as a function`);
				return (target as FunctionValue).call(values);
			};
		}
		case "lambda":
			return lambda(expr.params, compile(expr.body));
		case "object": {
			const entries = expr.entries.map(([key, value]) => [key, compile(value)] as const);
			return (data, env) => objectValue(entries.map(([key, value]) => [key, value(data, env)]));
		}
	}
}

/** The row's field, else a global (`this`), else null. */
function variable(name: string): Compiled {
	return (data, env) => {
		const value = data.get(name);
		if (value !== undefined) return value;
		return data.has(name) ? null : (env.globals.get(name) ?? null);
	};
}

/** Both sides, always: Dataview's `and` / `or` do not short-circuit, so an error on the right counts. */
function binary(op: BinaryOp, left: Compiled, right: Compiled): Compiled {
	switch (op) {
		case "&":
			return (data, env) => {
				const a = left(data, env);
				const b = right(data, env);
				return isTruthy(a) && isTruthy(b);
			};
		case "|":
			return (data, env) => {
				const a = left(data, env);
				const b = right(data, env);
				return isTruthy(a) || isTruthy(b);
			};
		case "=":
			return (data, env) => compareValue(left(data, env), right(data, env), env.normalizeLink) === 0;
		case "!=":
			return (data, env) => compareValue(left(data, env), right(data, env), env.normalizeLink) !== 0;
		default:
			return (data, env) => applyBinary(op, left(data, env), right(data, env), env);
	}
}

function index(objectExpr: Expr, indexExpr: Expr): Compiled {
	// `a[b]` with a bare name indexes by the NAME "b", not by b's value (Dataview's rule).
	const key = indexExpr.type === "variable" ? indexExpr.name : indexExpr.type === "literal" ? indexExpr.value : undefined;
	// `row` is the whole row, so `row["Due Date"]` reaches names that are not identifiers.
	const wholeRow = objectExpr.type === "variable" && objectExpr.name === "row";
	const object: Compiled = wholeRow ? (data, env) => objectValue([...env.globals, ...data]) : compile(objectExpr);
	if (typeof key === "string") {
		// `file.name`, `a["b"]`: an object (the common case) answers from its fields directly.
		return (data, env) => {
			const target = object(data, env);
			if (isObject(target)) return target.fields.get(key) ?? null;
			return indexInto(target, key, env);
		};
	}
	const computed = key === undefined ? compile(indexExpr) : () => key;
	return (data, env) => {
		const at = computed(data, env);
		if (typeof at !== "string" && typeof at !== "number") fail("Can only index with a string, variable, or number");
		return indexInto(object(data, env), at, env);
	};
}

function call(name: string, argExprs: readonly Expr[]): Compiled {
	const args = argExprs.map(compile);
	const needle = argExprs[1];
	// contains(tags, "x"): the hot WHERE of a MOC, on its own path (functions.ts keeps it equal to the general one).
	if (name === "contains" && args.length === 2 && needle?.type === "literal" && typeof needle.value === "string") {
		const haystack = args[0] as Compiled;
		const test = literalContains(needle.value);
		return (data, env) => test(haystack(data, env), env);
	}
	const invoke = functionCaller(name);
	return (data, env) => invoke(args.map((arg) => arg(data, env)), env);
}

/** Dataview's lambda: the row's data with the parameters laid over it. */
function lambda(params: readonly string[], body: Compiled): Compiled {
	return (data, env): FunctionValue => ({
		kind: "function",
		call: (args) => {
			const scope = new Map(data);
			params.slice(0, args.length).forEach((param, position) => scope.set(param, args[position] ?? null));
			return body(scope, env);
		},
	});
}
