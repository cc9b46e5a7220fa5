import { normalizePath, TFile, TFolder, type App } from "obsidian";
import { appendEntry, formatEntry, logHeader, parseLog, removeEntry, type LogProblem, type ReviewEntry } from "../core/reviewLog/reviewLog";

const DEVICE_KEY = "interview-vault-device";

/**
 * The review log in the vault: `<folder>/<device>.md`, one file per device. A device appends only
 * to its own file, so sync between devices merges files instead of overwriting entries.
 */
export class ReviewLogStore {
	readonly device: string;

	constructor(
		private readonly app: App,
		private readonly folder: () => string,
	) {
		this.device = deviceName(app);
	}

	get ownPath(): string {
		return normalizePath(`${this.folder()}/${this.device}.md`);
	}

	/** Is this path one of the log's files (which the question index leaves out)? */
	isLogPath(path: string): boolean {
		return path.startsWith(`${normalizePath(this.folder())}/`);
	}

	async append(entry: ReviewEntry): Promise<void> {
		const file = this.app.vault.getAbstractFileByPath(this.ownPath);
		if (file instanceof TFile) {
			// Read and written in one step, so the entry never lands on a partial last line.
			await this.app.vault.process(file, (text) => appendEntry(text, entry));
			return;
		}
		await this.ensureFolder();
		await this.app.vault.create(this.ownPath, logHeader(this.device) + formatEntry(entry));
	}

	async remove(id: string): Promise<void> {
		const file = this.app.vault.getAbstractFileByPath(this.ownPath);
		if (file instanceof TFile) await this.app.vault.process(file, (text) => removeEntry(text, id));
	}

	/** Every device's entries, oldest first, and the lines that could not be read. */
	async readAll(): Promise<{ entries: ReviewEntry[]; problems: LogProblem[] }> {
		const folder = this.app.vault.getAbstractFileByPath(normalizePath(this.folder()));
		const files = folder instanceof TFolder ? folder.children.filter((f): f is TFile => f instanceof TFile && f.extension === "md") : [];
		const entries: ReviewEntry[] = [];
		const problems: LogProblem[] = [];
		for (const file of files) {
			const parsed = parseLog(await this.app.vault.cachedRead(file), file.path);
			entries.push(...parsed.entries);
			problems.push(...parsed.problems);
		}
		entries.sort((a, b) => a.at.localeCompare(b.at));
		return { entries, problems };
	}

	private async ensureFolder(): Promise<void> {
		const path = normalizePath(this.folder());
		let current = "";
		for (const part of path.split("/")) {
			current = current === "" ? part : `${current}/${part}`;
			if (!this.app.vault.getAbstractFileByPath(current)) await this.app.vault.createFolder(current);
		}
	}
}

/** A stable name for this device, kept in this vault's local storage (never synced). */
function deviceName(app: App): string {
	const stored: unknown = app.loadLocalStorage(DEVICE_KEY);
	if (typeof stored === "string" && /^[\w-]+$/.test(stored)) return stored;
	const name = `device-${Math.random().toString(36).slice(2, 10)}`;
	app.saveLocalStorage(DEVICE_KEY, name);
	return name;
}
