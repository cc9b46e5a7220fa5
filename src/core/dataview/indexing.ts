import { dateFields, durationIn, isoWeekNumber } from "./dates";
import { EvaluationError, fail, type Env } from "./env";
import { typeOf, type DateValue, type DurationValue, type LinkValue, type ObjectValue, type Value } from "./values";

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
