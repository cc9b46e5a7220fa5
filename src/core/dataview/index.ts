/**
 * Interview Vault's Dataview-compatible query engine: parse a ```dataview block, run it over
 * the vault's pages with Dataview's semantics, print the cells. Pure: no Obsidian, no clock,
 * nothing evaluated as JavaScript.
 */
export { parseBlock, parseQuery } from "./parser";
export { runPagedQuery, runQuery } from "./runQuery";
export type { Pages, PagedQueryResult, QueryContext, QueryResult, TableResult, ListResult, ListItem, ErrorResult, GroupCells, TaskItem, TaskResult, NotSupportedResult } from "./runQuery";
export type { DataviewPage } from "./pageData";
export type { Cell, LinkCell, DateCell, DurationCell, ObjectCell } from "./cells";
export { cellText, listItemText } from "./renderText";
export { NOT_SUPPORTED } from "./ast";
export type { ParseResult, ParseFailure, Query } from "./ast";
