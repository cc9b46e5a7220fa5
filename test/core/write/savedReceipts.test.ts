import { describe, expect, it } from "vitest";
import { parseReceipts, SAVED_IMPORTS, SavedReceipts, type ReceiptFiles } from "../../../src/app/notes/savedReceipts";
import { UndoStack, type Receipt } from "../../../src/app/notes/UndoStack";

function memoryFiles(): ReceiptFiles & { files: Map<string, string> } {
	const files = new Map<string, string>();
	return {
		files,
		read: (path) => (files.has(path) ? Promise.resolve(files.get(path) ?? "") : Promise.reject(new Error("ENOENT"))),
		write: (path, data) => Promise.resolve(void files.set(path, data)),
		exists: (path) => Promise.resolve(files.has(path)),
		remove: (path) => Promise.resolve(void files.delete(path)),
	};
}

const receipt = (n: number): Receipt => ({ label: `the import of guide-${n}.txt`, action: "import", changes: [{ kind: "created", path: `G/${n}/q.md`, text: "x\n", folders: ["G", `G/${n}`] }] });

describe("the imports' receipts saved for undo after a restart", () => {
	it("reads back what it saved, oldest first, and removes the file when none is left", async () => {
		const files = memoryFiles();
		const saved = new SavedReceipts(files, "p/import-undo.json");
		expect(await saved.load()).toEqual([]);
		await saved.save([receipt(1), receipt(2)]);
		expect(await saved.load()).toEqual([receipt(1), receipt(2)]);
		await saved.save([]);
		expect(files.files.size).toBe(0);
	});

	it("keeps only the newest imports", async () => {
		const files = memoryFiles();
		const saved = new SavedReceipts(files, "p/import-undo.json");
		await saved.save(Array.from({ length: SAVED_IMPORTS + 3 }, (_, i) => receipt(i)));
		const loaded = await saved.load();
		expect(loaded).toHaveLength(SAVED_IMPORTS);
		expect(loaded[0]?.label).toBe("the import of guide-3.txt");
	});

	it("takes nothing from a damaged file, and only well-formed import receipts from a tampered one", async () => {
		const files = memoryFiles();
		files.files.set("p/import-undo.json", "{ not json");
		expect(await new SavedReceipts(files, "p/import-undo.json").load()).toEqual([]);
		expect(parseReceipts(JSON.stringify([
			receipt(1),
			{ label: "x", action: "checklist", changes: [{ kind: "line", path: "a.md", index: 0, before: "a", after: "b" }] },
			{ label: "y", action: "import", changes: [{ kind: "created", path: 5, text: "" }] },
			{ label: "z", action: "import", changes: [{ kind: "created", path: "a.md", text: "", folders: [1] }] },
		]))).toEqual([receipt(1)]);
	});

	it("restored receipts go under this session's, and the stack reports each import pushed or undone", async () => {
		const seen: string[] = [];
		const stack = new UndoStack((r) => seen.push(r.label));
		const session = receipt(9);
		stack.push(session);
		stack.restore([receipt(1)]);
		expect(stack.all("import").map((r) => r.label)).toEqual(["the import of guide-1.txt", "the import of guide-9.txt"]);
		expect(stack.latest("import")).toBe(session);
		expect(seen).toEqual(["the import of guide-9.txt"]);
	});
});
