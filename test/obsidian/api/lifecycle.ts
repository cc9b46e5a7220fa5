import type * as O from "../../../node_modules/obsidian/obsidian";

// ---------------------------------------------------------------------------------------------
// Errors and promises the tests must not lose

/**
 * Obsidian catches what an event listener throws and only logs it. The stub does the same, but
 * keeps the errors, and the promises UI callbacks return, so `FakeApp.flush()` can wait for them
 * and fail the test instead of letting a broken listener pass unseen.
 */
export const collectedErrors: unknown[] = [];
export const pendingWork = new Set<PromiseLike<unknown>>();

export function recordError(error: unknown): void {
	collectedErrors.push(error);
}

/** Tracks a callback's result when it is a promise; nothing is attached to it before settling. */
export function trackResult(result: unknown): void {
	if (isThenable(result)) pendingWork.add(result);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
	return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/** Waits for every tracked promise; says whether there was any. Rejections become errors. */
export async function settleTrackedWork(): Promise<boolean> {
	if (pendingWork.size === 0) return false;
	const batch = [...pendingWork];
	pendingWork.clear();
	const results = await Promise.allSettled(batch);
	for (const result of results) if (result.status === "rejected") recordError(result.reason);
	return true;
}

/** The errors recorded since the last call. */
export function takeErrors(): unknown[] {
	return collectedErrors.splice(0, collectedErrors.length);
}

// ---------------------------------------------------------------------------------------------
// Events

/**
 * What `on` accepts: a callback for any arguments. `never[]` lets the typed overloads of Vault,
 * MetadataCache and Workspace (file: TFile, …) be implemented by this one method.
 */
type EventCallback = (...data: never[]) => unknown;
/** How trigger calls it: with whatever it was given, as Obsidian does. */
type Invocable = (...data: unknown[]) => unknown;

class Listener implements O.EventRef {
	readonly callback: EventCallback;
	readonly invoke: Invocable;

	constructor(
		readonly owner: Events,
		readonly name: string,
		callback: EventCallback,
		readonly ctx: unknown,
	) {
		this.callback = callback;
		// The listener trusts the event's documented arguments; trigger passes them through unchecked.
		this.invoke = callback as Invocable;
	}
}

export class Events implements O.Events {
	readonly #listeners = new Map<string, Listener[]>();

	// `ctx` is `any` in obsidian.d.ts; unknown accepts the same values.
	on(name: string, callback: EventCallback, ctx?: unknown): O.EventRef {
		const ref = new Listener(this, name, callback, ctx);
		this.#listeners.set(name, [...(this.#listeners.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: EventCallback): void {
		this.#remove(name, (ref) => ref.callback === callback);
	}

	offref(ref: O.EventRef): void {
		if (ref instanceof Listener && ref.owner === this) this.#remove(ref.name, (candidate) => candidate === ref);
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy, as in Obsidian: a listener that removes another does not change this round.
		for (const ref of [...(this.#listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: O.EventRef, args: unknown[]): void {
		if (!(evt instanceof Listener)) return;
		try {
			trackResult(evt.invoke.apply(evt.ctx, args));
		} catch (error) {
			console.error(error);
			recordError(error);
		}
	}

	/** Test only: how many listeners are attached, for one event or all. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.#listeners.get(name)?.length ?? 0;
		let total = 0;
		for (const refs of this.#listeners.values()) total += refs.length;
		return total;
	}

	#remove(name: string, matches: (ref: Listener) => boolean): void {
		const remaining = (this.#listeners.get(name) ?? []).filter((ref) => !matches(ref));
		if (remaining.length > 0) this.#listeners.set(name, remaining);
		else this.#listeners.delete(name);
	}
}

// ---------------------------------------------------------------------------------------------
// Component

const onloadResults = new WeakMap<O.Component, Promise<void>>();

/** Resolves when the component's (possibly async) onload has finished; rejects if it threw. */
export function onloadSettled(component: O.Component): Promise<void> {
	return onloadResults.get(component) ?? Promise.resolve();
}

export class Component implements O.Component {
	#loaded = false;
	#children: Component[] = [];
	#cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		onloadResults.set(this, runOnload(this));
		for (const child of [...this.#children]) child.load();
	}

	onload(): void {}

	/** Obsidian's order: children first, then everything registered (newest first), then onunload. */
	unload(): void {
		if (!this.#loaded) return;
		this.#loaded = false;
		for (const child of this.#children.splice(0).reverse()) child.unload();
		for (const cleanup of this.#cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends O.Component>(component: T): T {
		const child = asStubComponent(component);
		this.#children.push(child);
		if (this.#loaded) child.load();
		return component;
	}

	removeChild<T extends O.Component>(component: T): T {
		const child = asStubComponent(component);
		const index = this.#children.indexOf(child);
		if (index >= 0) {
			this.#children.splice(index, 1);
			child.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.#cleanups.push(cb);
	}

	registerEvent(eventRef: O.EventRef): void {
		if (!(eventRef instanceof Listener)) throw new TypeError("registerEvent expects a ref returned by an Events.on of the stub");
		this.register(() => eventRef.owner.offref(eventRef));
	}

	registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent(el: Window | Document | HTMLElement, type: string, callback: (this: HTMLElement, ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}

/** Plugin.onload may be async: the promise is kept so startPlugin can wait for it. */
function runOnload(component: Component): Promise<void> {
	try {
		const result: unknown = component.onload();
		return Promise.resolve(result).then(() => undefined);
	} catch (error) {
		return Promise.reject(error instanceof Error ? error : new Error(String(error)));
	}
}

function asStubComponent(component: O.Component): Component {
	if (component instanceof Component) return component;
	throw new TypeError("Only components built on the stub's Component can be children");
}
