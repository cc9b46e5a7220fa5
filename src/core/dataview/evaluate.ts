import type { Expr } from "./ast";
import { dateFields, durationIn, isoWeekNumber } from "./dates";
import { EvaluationError, fail, type Env } from "./env";
import { callFunction } from "./functions";
import { resolveDateShorthand } from "./literals";
import { applyBinary } from "./operators";
import { isTruthy, objectValue, typeOf, type DateValue, type DurationValue, type FunctionValue, type LinkValue, type ObjectValue, type Value } from "./values";

/**
 * Evaluates an expression against one row's data, as Dataview's `Context.evaluate`
 * (`src/expression/context.ts`). A missing field is null, never an error; errors are thrown as
 * `EvaluationError` and cost the row, not the query.
 */
export function evaluate(expr: Expr, data: ReadonlyMap<string, Value>, env: Env): Value {
	switch (expr.type) {
		case "literal":
			return expr.value;
		case "dateShorthand":
			return resolveDateShorthand(expr.name, env.today, env.now);
		case "variable":
			if (data.has(expr.name)) return data.get(expr.name) ?? null;
			return env.globals.get(expr.name) ?? null;
		case "negated":
			return !isTruthy(evaluate(expr.child, data, env));
		case "binary": {
			// Both sides, always: Dataview's `and` / `or` do not short-circuit, so an error on the right counts.
			const left = evaluate(expr.left, data, env);
			const right = evaluate(expr.right, data, env);
			return applyBinary(expr.op, left, right, env);
		}
		case "list":
			return expr.values.map((value) => evaluate(value, data, env));
		case "index":
			return evaluateIndex(expr.object, expr.index, data, env);
		case "call":
			return callFunction(expr.name, expr.args.map((arg) => evaluate(arg, data, env)), env);
		case "apply": {
			const callee = evaluate(expr.callee, data, env);
			const args = expr.args.map((arg) => evaluate(arg, data, env));
			if (typeOf(callee) === "string") fail(`Unrecognized function name '${callee as string}'`);
			if (typeOf(callee) !== "function") fail(`Cannot call type '${typeOf(callee)}' as a function`);
			return (callee as FunctionValue).call(args);
		}
		case "lambda":
			return lambda(expr.params, expr.body, data, env);
		case "object":
			return objectValue(expr.entries.map(([key, value]) => [key, evaluate(value, data, env)]));
	}
}

/** Dataview's lambda: the row's data with the parameters laid over it. */
function lambda(params: readonly string[], body: Expr, data: ReadonlyMap<string, Value>, env: Env): FunctionValue {
	return {
		kind: "function",
		call: (args) => {
			const scope = new Map(data);
			params.slice(0, args.length).forEach((param, index) => scope.set(param, args[index] ?? null));
			return evaluate(body, scope, env);
		},
	};
}

function evaluateIndex(objectExpr: Expr, indexExpr: Expr, data: ReadonlyMap<string, Value>, env: Env): Value {
	// `a[b]` with a bare name indexes by the NAME "b", not by b's value (Dataview's rule).
	const index = indexExpr.type === "variable" ? indexExpr.name : evaluate(indexExpr, data, env);
	if (typeof index !== "string" && typeof index !== "number") fail("Can only index with a string, variable, or number");
	// `row` is the whole row, so `row["Due Date"]` reaches names that are not identifiers.
	const object = objectExpr.type === "variable" && objectExpr.name === "row" ? objectValue([...env.globals, ...data]) : evaluate(objectExpr, data, env);
	return indexInto(object, index, env);
}

/** Dataview's indexing rules per type; on a list, a name is looked up in every element (`rows.file.link`). */
export function indexInto(object: Value, index: string | number, env: Env): Value {
	const type = typeOf(object);
	switch (type) {
		case "object":
			if (typeof index !== "string") fail('can only index into objects with strings (a.b or a["b"])');
			return (object as ObjectValue).fields.get(index) ?? null;
		case "link": {
			if (typeof index !== "string") fail('can only index into links with strings (a.b or a["b"])');
			const page = env.resolveLink((object as LinkValue).path);
			return page === null ? null : (page.fields.get(index) ?? null);
		}
		case "array":
			return indexList(object as readonly Value[], index, env);
		case "string":
			if (typeof index !== "number") fail("string indexing requires a numeric index (string[index])");
			return Number.isInteger(index) && index >= 0 && index < (object as string).length ? (object as string).charAt(index) : null;
		case "date":
			if (typeof index !== "string") fail("date indexing requires a string representing the unit");
			return dateUnit(object as DateValue, index);
		case "duration":
			if (typeof index !== "string") fail("duration indexing requires a string representing the unit");
			return durationUnit(object as DurationValue, index);
		default:
			return null;
	}
}

function indexList(list: readonly Value[], index: string | number, env: Env): Value {
	if (typeof index === "number") return Number.isInteger(index) && index >= 0 && index < list.length ? (list[index] ?? null) : null;
	const result: Value[] = [];
	for (const item of list) {
		try {
			result.push(indexInto(item, index, env));
		} catch (error) {
			// Dataview skips the elements that cannot be indexed.
			if (!(error instanceof EvaluationError)) throw error;
		}
	}
	return result;
}

function dateUnit(date: DateValue, unit: string): Value {
	const f = dateFields(date);
	switch (unit) {
		case "year":
			return f.year;
		case "month":
			return f.month;
		case "weekyear":
			return isoWeekNumber(date);
		case "week":
			return Math.floor(f.day / 7) + 1;
		case "weekday":
			return f.weekday;
		case "day":
			return f.day;
		case "hour":
			return f.hour;
		case "minute":
			return f.minute;
		case "second":
			return f.second;
		case "millisecond":
			return f.millisecond;
		default:
			return null;
	}
}

const DURATION_INDEX: Readonly<Record<string, "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "seconds" | "milliseconds">> = {
	year: "years",
	years: "years",
	month: "months",
	months: "months",
	weeks: "weeks",
	day: "days",
	days: "days",
	hour: "hours",
	hours: "hours",
	minute: "minutes",
	minutes: "minutes",
	second: "seconds",
	seconds: "seconds",
	millisecond: "milliseconds",
	milliseconds: "milliseconds",
};

function durationUnit(duration: DurationValue, unit: string): Value {
	const target = Object.prototype.hasOwnProperty.call(DURATION_INDEX, unit) ? DURATION_INDEX[unit] : undefined;
	return target === undefined ? null : durationIn(duration.units, target);
}
