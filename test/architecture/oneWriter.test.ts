import { describe, expect, it } from "vitest";
import { listTsFiles, readImportGraph } from "./importGraph";
import { fileWrites } from "./writes";

/**
 * The modules that may write files, each with its reason. Every other module reaches a note
 * only through the note writer (core/write/NoteWrites), so every write to a note is proven and
 * undoable in one way.
 */
const WRITERS: Record<string, string> = {
	"src/obsidian/VaultNoteWrites.ts": "the note writer in Obsidian: vault.create and vault.process",
	"src/cli/FsNoteWrites.ts": "the note writer headless, on the file system",
	"src/cli/atomicFile.ts": "the temp-file-then-rename step of the CLI's two writers: the note writer's (through vaultFiles, used by FsNoteWrites alone) and the plugin files'",
	"src/obsidian/ReviewLogStore.ts": "the review log: the plugin's own append-only files in their folder, not the user's notes",
	"src/obsidian/SettingsStore.ts": "the plugin's settings (data.json) and their backup copy",
	"src/obsidian/AnalysisStore.ts": "the warm start's saved analyses (analyses.json in the plugin's folder), never a note",
	"src/cli/pluginFiles.ts": "the plugin's own files the CLI writes: data.json (optimize --write) and import receipts",
};

describe("one note writer", () => {
	const files = listTsFiles("src").map((file) => file.split("\\").join("/"));

	it("no module but the named writers calls vault.process, vault.modify, vault.create or fs.writeFile(Sync)", () => {
		const offenders = files.filter((file) => !(file in WRITERS)).flatMap((file) => fileWrites(file).map((write) => `${file}:${write.line} ${write.call}`));
		expect(offenders).toEqual([]);
	}, 60_000);

	it("every named writer still writes (a stale exception would hide a new write path)", () => {
		for (const file of Object.keys(WRITERS)) expect({ file, writes: fileWrites(file).length > 0 }).toEqual({ file, writes: true });
	});

	it("the headless writer's file steps are used by the headless writer alone", () => {
		const graph = readImportGraph("src");
		const users = [...graph].filter(([, imports]) => imports.has("cli/vaultFiles.ts")).map(([module]) => module);
		expect(users).toEqual(["cli/FsNoteWrites.ts"]);
	}, 60_000);

	it("the atomic replace is used by the CLI's two named writers alone", () => {
		const graph = readImportGraph("src");
		const users = [...graph].filter(([, imports]) => imports.has("cli/atomicFile.ts")).map(([module]) => module).sort();
		expect(users).toEqual(["cli/pluginFiles.ts", "cli/vaultFiles.ts"]);
	}, 60_000);

	it("finds the writes the rule is about, so that it can fail", () => {
		const calls = (text: string) => fileWrites("x.ts", text).map((write) => write.call);
		expect(calls("await app.vault.process(file, (t) => t);")).toEqual(["app.vault.process"]);
		expect(calls("await this.app.vault.modify(file, 'x'); await vault.create('a.md', '');")).toEqual(["this.app.vault.modify", "vault.create"]);
		expect(calls("writeFileSync('a.md', 'x'); fs.writeFile('b.md', 'y', done); await fs.promises.writeFile('c.md', 'z');")).toEqual(["writeFileSync", "fs.writeFile", "fs.promises.writeFile"]);
		expect(calls("await app.fileManager.processFrontMatter(file, (fm) => {}); await vault.adapter.write('a.md', 'x');")).toEqual(["app.fileManager.processFrontMatter", "vault.adapter.write"]);
		expect(calls("await writes.create('a.md', 'x'); Object.create(null); vault.read(file);")).toEqual([]);
	});
});
