import type * as O from "../../../node_modules/obsidian/obsidian";

// ---------------------------------------------------------------------------------------------
// Files

export abstract class TAbstractFile implements O.TAbstractFile {
	vault: O.Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	/** Sets the fields directly: a subclass's field initialisers would undo an overridden call here. */
	constructor(vault: O.Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = nameOf(path);
	}

	/** Used by the fake vault on rename: the object stays, its path changes. */
	setPath(path: string): void {
		this.path = path;
		this.name = nameOf(path);
	}
}

/** The root folder `/` has the empty name, as in Obsidian. */
function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

export class TFile extends TAbstractFile implements O.TFile {
	stat: O.FileStats;
	basename = "";
	extension = "";

	constructor(vault: O.Vault, path: string, stat: O.FileStats) {
		super(vault, path);
		this.stat = stat;
		this.setPath(path);
	}

	override setPath(path: string): void {
		super.setPath(path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile implements O.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}
