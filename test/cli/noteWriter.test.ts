import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { undoLatest, UndoStack } from "../../src/app/notes/UndoStack";
import { FsNoteWrites } from "../../src/cli/FsNoteWrites";
import { FrontmatterWriteError } from "../../src/core/write/frontmatterPatch";

const NOTE = "---\ntitle: Keys\nreview_due: 2025-01-01\n---\nBody stays.\n";

describe("the headless note writer: one change type, one undo, each write proven", () => {
	let root: string;
	let writes: FsNoteWrites;
	const read = (path: string) => readFileSync(join(root, path), "utf8");
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), "iv-writer-"));
		writeFileSync(join(root, "q.md"), NOTE);
		writes = new FsNoteWrites(root);
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it("patches only the named properties, and undoes byte for byte", async () => {
		const change = await writes.patchFrontmatter("q.md", () => ({ review_due: "2025-02-01" }));
		expect(read("q.md")).toBe(NOTE.replace("2025-01-01", "2025-02-01"));
		expect(await writes.undo(change)).toEqual({ outcome: "undone" });
		expect(read("q.md")).toBe(NOTE);
	});

	it("keeps a learner's edit on undo, and refuses an undo over a newer value, saying which", async () => {
		const change = await writes.patchFrontmatter("q.md", () => ({ review_due: "2025-02-01" }));
		writeFileSync(join(root, "q.md"), `${read("q.md")}An edit.\n`);
		expect(await writes.undo(change)).toEqual({ outcome: "undone" });
		expect(read("q.md")).toBe(`${NOTE}An edit.\n`);
		const again = await writes.patchFrontmatter("q.md", () => ({ review_due: "2025-02-01" }));
		writeFileSync(join(root, "q.md"), read("q.md").replace("2025-02-01", "2025-03-01"));
		const result = await writes.undo(again);
		expect(result.outcome).toBe("changed");
		expect(result.reason).toContain("review_due: 2025-02-01 → 2025-03-01");
		expect(read("q.md")).toContain("2025-03-01");
	});

	it("writes nothing when a patch would touch another property or the note has no readable frontmatter", async () => {
		writeFileSync(join(root, "broken.md"), "---\ntitle: [broken\n---\nBody\n");
		await expect(writes.patchFrontmatter("broken.md", () => ({ review_due: "2025-02-01" }))).rejects.toBeInstanceOf(FrontmatterWriteError);
		expect(read("broken.md")).toBe("---\ntitle: [broken\n---\nBody\n");
	});

	it("rewrites only the previewed text, refuses one that changed, and undoes while the note is as it left it", async () => {
		expect(await writes.rewrite("q.md", "something else", (text) => text.toUpperCase())).toBeUndefined();
		expect(read("q.md")).toBe(NOTE);
		await expect(writes.rewrite("q.md", NOTE, () => { throw new Error("the plan's proof failed"); })).rejects.toThrow("the plan's proof failed");
		expect(read("q.md")).toBe(NOTE);
		const change = await writes.rewrite("q.md", NOTE, (text) => text.replace("Body stays.", "Body changed."));
		expect(change && read("q.md")).toBe(NOTE.replace("Body stays.", "Body changed."));
		writeFileSync(join(root, "q.md"), `${read("q.md")}More.\n`);
		expect(change && (await writes.undo(change)).outcome).toBe("changed");
		expect(read("q.md")).toContain("More.");
	});

	it("one undo stack: each undo command takes back the newest receipt of its own action", async () => {
		const stack = new UndoStack();
		const repaired = await writes.rewrite("q.md", NOTE, (text) => text.replace("Keys", "Keys!"));
		if (!repaired) throw new Error("not written");
		stack.push({ label: "the repair", changes: [repaired], action: "fence-repair" });
		stack.push({ label: "the import", changes: [await writes.create("new.md", "New\n")] });
		expect(stack.latest("dataview-conversion")).toBeUndefined();
		expect(stack.peek()?.label).toBe("the import");
		expect((await undoLatest(stack, writes, "fence-repair"))?.undone).toHaveLength(1);
		expect(read("q.md")).toBe(NOTE);
		expect(read("new.md")).toBe("New\n");
		expect((await stack.undoLast(writes))?.undone.map((change) => change.kind)).toEqual(["created"]);
		expect(stack.peek()).toBeUndefined();
	});
});
