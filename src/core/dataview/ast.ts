import type { DateShorthand } from "./literals";
import type { Value } from "./values";

/** The parsed form of a Dataview query, shaped like Dataview's own (`src/query/query.ts`, `src/expression/field.ts`). */

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "<" | ">" | "<=" | ">=" | "=" | "!=" | "&" | "|";

export type Expr =
	| { readonly type: "literal"; readonly value: Value }
	/** `date(today)` and friends: resolved against the context's `today` when the query runs. */
	| { readonly type: "dateShorthand"; readonly name: DateShorthand }
	| { readonly type: "variable"; readonly name: string }
	| { readonly type: "negated"; readonly child: Expr }
	| { readonly type: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
	| { readonly type: "list"; readonly values: readonly Expr[] }
	/** `a.b` (index is a string literal), `a["b"]`, `a[0]`. */
	| { readonly type: "index"; readonly object: Expr; readonly index: Expr }
	/** `f(x)`: a Dataview function by name, or a variable holding a lambda. */
	| { readonly type: "call"; readonly name: string; readonly args: readonly Expr[] }
	/** `(expr)(x)`: calling what an expression gives (a lambda). */
	| { readonly type: "apply"; readonly callee: Expr; readonly args: readonly Expr[] }
	| { readonly type: "lambda"; readonly params: readonly string[]; readonly body: Expr }
	| { readonly type: "object"; readonly entries: ReadonlyArray<readonly [string, Expr]> };

export type Source =
	| { readonly type: "all" }
	| { readonly type: "folder"; readonly folder: string }
	| { readonly type: "tag"; readonly tag: string }
	/** `[[note]]`: the pages linking to it (its inlinks); `outgoing([[note]])`: the pages it links to. */
	| { readonly type: "link"; readonly link: string; readonly direction: "incoming" | "outgoing" }
	| { readonly type: "negate"; readonly child: Source }
	| { readonly type: "binary"; readonly op: "&" | "|"; readonly left: Source; readonly right: Source };

/** A column or group expression with its name: the `AS` name, or the expression's own text. */
export interface NamedField {
	readonly name: string;
	readonly expr: Expr;
}

export interface SortField {
	readonly expr: Expr;
	readonly direction: "ascending" | "descending";
}

export type Operation =
	| { readonly type: "where"; readonly clause: Expr }
	| { readonly type: "sort"; readonly fields: readonly SortField[] }
	| { readonly type: "limit"; readonly amount: Expr }
	| { readonly type: "group"; readonly field: NamedField }
	/** One row per element of a list value (a non-list gives one row), under the AS name. */
	| { readonly type: "flatten"; readonly field: NamedField };

export type QueryHeader =
	| { readonly type: "table"; readonly showId: boolean; readonly fields: readonly NamedField[] }
	| { readonly type: "list"; readonly showId: boolean; readonly format?: Expr }
	/** TASK: the matching pages' tasks, shown read-only. */
	| { readonly type: "task" };

export interface Query {
	readonly header: QueryHeader;
	readonly source: Source;
	/** In the order written: Dataview runs WHERE, SORT, LIMIT and GROUP BY as a pipeline. */
	readonly operations: readonly Operation[];
}

export interface ParseFailure {
	readonly ok: false;
	readonly message: string;
	/** Offset in the query text (0-based), with its 1-based line and column. */
	readonly position: number;
	readonly line: number;
	readonly column: number;
}

export type ParseResult = { readonly ok: true; readonly query: Query } | ParseFailure;

/** Every message about a construct outside our subset starts with this, so views can say so plainly. */
export const NOT_SUPPORTED = "not supported by Interview Vault: ";
