import type * as O from "../../../node_modules/obsidian/obsidian";

// ---------------------------------------------------------------------------------------------
// Keyboard scopes

export class Scope implements O.Scope {
	readonly #handlers = new Map<O.KeymapEventHandler, O.KeymapEventListener>();

	constructor(readonly parent?: O.Scope) {}

	register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
		const handler: O.KeymapEventHandler = { scope: this, modifiers: modifiers?.join(",") ?? null, key };
		this.#handlers.set(handler, func);
		return handler;
	}

	unregister(handler: O.KeymapEventHandler): void {
		this.#handlers.delete(handler);
	}
}

export class Keymap implements O.Keymap {
	readonly #scopes: O.Scope[] = [];

	pushScope(scope: O.Scope): void {
		this.#scopes.push(scope);
	}

	popScope(scope: O.Scope): void {
		const index = this.#scopes.lastIndexOf(scope);
		if (index >= 0) this.#scopes.splice(index, 1);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
		const flags: Record<O.Modifier, boolean> = {
			Mod: evt.ctrlKey || evt.metaKey,
			Ctrl: evt.ctrlKey,
			Meta: evt.metaKey,
			Shift: evt.shiftKey,
			Alt: evt.altKey,
		};
		return flags[modifier];
	}

	static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
		if (!evt) return false;
		return evt.ctrlKey || evt.metaKey ? "tab" : false;
	}
}
