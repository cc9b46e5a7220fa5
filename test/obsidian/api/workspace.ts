import type * as O from "../../../node_modules/obsidian/obsidian";
import { TFile } from "./files";
import { setIcon } from "./functions";
import { Component, Events, trackResult } from "./lifecycle";
import { pluginHostOf } from "./plugin";

// ---------------------------------------------------------------------------------------------
// Views and leaves

/** How a leaf tells the fake workspace what happened to it. */
export interface LeafOwner {
	readonly app: O.App;
	activate(leaf: WorkspaceLeaf): void;
	detached(leaf: WorkspaceLeaf): void;
	fileOpened(leaf: WorkspaceLeaf, file: TFile): void;
	layoutChanged(): void;
}

type ViewPart =
	| "app"
	| "icon"
	| "navigation"
	| "leaf"
	| "containerEl"
	| "scope"
	| "getViewType"
	| "getState"
	| "setState"
	| "getEphemeralState"
	| "setEphemeralState"
	| "getIcon"
	| "onResize"
	| "getDisplayText";

let startView: (view: View) => Promise<void>;
let stopView: (view: View) => Promise<void>;

export abstract class View extends Component implements Pick<O.View, ViewPart> {
	app: O.App;
	icon: O.IconName = "document";
	navigation = false;
	leaf: O.WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: O.Scope | null = null;

	static {
		// onOpen/onClose are protected, as in Obsidian; only the leaf, through these, calls them.
		startView = async (view) => {
			view.load();
			await view.onOpen();
		};
		stopView = async (view) => {
			await view.onClose();
			view.unload();
		};
	}

	constructor(leaf: O.WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = toStubLeaf(leaf).app;
		this.containerEl = createDiv("workspace-leaf-content");
	}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}

	protected onClose(): Promise<void> {
		return Promise.resolve();
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {
		return Promise.resolve();
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): O.IconName {
		return this.icon;
	}

	onResize(): void {}
}

export abstract class ItemView extends View implements Pick<O.ItemView, "contentEl" | "addAction"> {
	contentEl: HTMLElement;
	#actionsEl: HTMLElement;

	constructor(leaf: O.WorkspaceLeaf) {
		super(leaf);
		this.containerEl.setAttr("data-type", "");
		// Obsidian's layout: plugins reach the content as containerEl.children[1].
		this.#actionsEl = this.containerEl.createDiv("view-header").createDiv("view-actions");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	addAction(icon: O.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.#actionsEl.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => trackResult(callback(evt)));
		return el;
	}
}

/** What a fresh or emptied leaf shows. */
class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/** What openFile shows: the fake has no editor, only which file is open. */
class OpenedFileView extends ItemView {
	file: TFile | null = null;

	override navigation = true;

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override setState(state: unknown, _result: O.ViewStateResult): Promise<void> {
		const path = typeof state === "object" && state !== null ? (state as { file?: unknown }).file : undefined;
		const file = typeof path === "string" ? this.app.vault.getAbstractFileByPath(path) : null;
		this.file = file instanceof TFile ? file : null;
		this.contentEl.setText(this.file?.path ?? "");
		return Promise.resolve();
	}
}

const builtInViews: Record<string, O.ViewCreator> = {
	empty: (leaf) => asObsidianView(new EmptyView(leaf)),
	markdown: (leaf) => asObsidianView(new OpenedFileView(leaf)),
};

type LeafPart =
	| "getViewState"
	| "setViewState"
	| "openFile"
	| "detach"
	| "getDisplayText"
	| "getIcon"
	| "onResize"
	| "isDeferred"
	| "loadIfDeferred"
	| "getEphemeralState"
	| "setEphemeralState"
	| "togglePinned"
	| "setPinned";

export class WorkspaceLeaf extends Events implements Pick<O.WorkspaceLeaf, LeafPart> {
	readonly app: O.App;
	view: View;
	containerEl: HTMLElement;
	pinned = false;
	#owner: LeafOwner;

	constructor(owner: LeafOwner) {
		super();
		this.#owner = owner;
		this.app = owner.app;
		this.containerEl = createDiv("workspace-leaf");
		this.view = new EmptyView(asObsidianLeaf(this));
		this.containerEl.appendChild(this.view.containerEl);
	}

	get isDeferred(): boolean {
		return false;
	}

	loadIfDeferred(): Promise<void> {
		return Promise.resolve();
	}

	getViewState(): O.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	/** Builds the registered view, opens it (onOpen), then hands it the state, as Obsidian does. */
	async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
		const creator = builtInViews[viewState.type] ?? pluginHostOf(this.app).viewCreators.get(viewState.type);
		if (!creator) throw new Error(`No view is registered for the type "${viewState.type}"`);
		await this.#replaceView(toStubView(creator(asObsidianLeaf(this))));
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (viewState.active) this.#owner.activate(this);
		this.#owner.layoutChanged();
	}

	async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
		await this.setViewState({ type: "markdown", state: { file: file.path }, active: openState?.active ?? true }, openState?.eState);
		if (file instanceof TFile) this.#owner.fileOpened(this, file);
	}

	/** Closes the view and leaves the workspace; the close itself finishes on a later tick. */
	detach(): void {
		const view = this.view;
		this.containerEl.detach();
		this.#owner.detached(this);
		trackResult(stopView(view));
	}

	/** The plugin that owned the view went away: close it, keep the leaf, as Obsidian does. */
	async closeView(): Promise<void> {
		await this.#replaceView(new EmptyView(asObsidianLeaf(this)));
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): O.IconName {
		return this.view.getIcon();
	}

	onResize(): void {
		this.view.onResize();
	}

	getEphemeralState(): Record<string, unknown> {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	async #replaceView(next: View): Promise<void> {
		const previous = this.view;
		this.view = next;
		previous.containerEl.detach();
		await stopView(previous);
		next.containerEl.setAttr("data-type", next.getViewType());
		this.containerEl.appendChild(next.containerEl);
		await startView(next);
	}
}

/**
 * The stub's leaves and views cover only part of the real classes, so handing them to code typed
 * against obsidian.d.ts needs these casts; the `instanceof` checks guard the way back.
 */
export function asObsidianLeaf(leaf: WorkspaceLeaf): O.WorkspaceLeaf {
	return leaf as unknown as O.WorkspaceLeaf;
}

export function toStubLeaf(leaf: O.WorkspaceLeaf): WorkspaceLeaf {
	if (leaf instanceof WorkspaceLeaf) return leaf;
	throw new TypeError("Expected a WorkspaceLeaf of the fake workspace");
}

function asObsidianView(view: View): O.View {
	return view as unknown as O.View;
}

function toStubView(view: O.View): View {
	if (view instanceof View) return view;
	throw new TypeError("A view creator must return a view built on the stub's ItemView or View");
}

export class MarkdownRenderChild extends Component implements O.MarkdownRenderChild {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}
