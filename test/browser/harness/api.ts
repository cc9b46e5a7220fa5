import type { PageChecks } from "./checks";

/**
 * What the harness page offers to the code that drives it (the browser test and the screenshots):
 * `window.harness`. Type-only, so both the page bundle and the Node side can import it.
 */

export type Theme = "light" | "dark";

/** The main area shows one tab at a time: the quiz, the question browser or a note in reading view. */
export type MainPane = "quiz" | "browser" | "note";

export interface HarnessApi {
	/** Settles once the fake Obsidian is up with the built plugin enabled and its first read done. */
	readonly ready: Promise<void>;
	setTheme(theme: Theme): void;
	commandIds(): string[];
	/** Runs a command by its full id, then waits until the app is quiet. */
	runCommand(id: string): Promise<boolean>;
	/** Waits until the metadata cache and every tracked callback are quiet; rejects with what they threw. */
	flush(): Promise<void>;
	showMain(pane: MainPane): void;
	/** "Open dashboard": the dashboard in the right sidebar. */
	openDashboard(): Promise<void>;
	/** "Open question browser", shown in the main area. */
	openBrowser(): Promise<void>;
	/** Runs a quiz command and accepts its setup modal with Enter, as a keyboard user does. */
	startQuiz(commandId: string): Promise<void>;
	/** A key pressed in the quiz pane (dispatched to it; the real keyboard works too once it has focus). */
	pressInQuiz(key: string): Promise<void>;
	/**
	 * Renders a note of the vault in reading view, code blocks through the plugin's processors, and
	 * makes it the active file. `markdown` replaces the note's text for the rendering only.
	 */
	renderNote(path: string, markdown?: string): Promise<void>;
	/** "Check vault" when the plugin has it, else "Show index problems"; returns the command's id. */
	openVaultHealth(): Promise<string>;
	closeModals(): Promise<void>;
	notices(): string[];
	/** Presses a grade key on the revealed card; resolves with the milliseconds until the next card is drawn and the app is quiet. */
	gradeToNextCard(grade: string): Promise<number>;
	/** How long each timed step took (plugin load to index ready, the first paint of each view), in ms. */
	timings(): Record<string, number>;
	/** Every note's path in the vault. */
	notePaths(): string[];
	/** Writes a note as an outside editor would and makes it the active file. */
	writeNote(path: string, text: string): Promise<void>;
	/** Closes the dashboard (its leaves detached), to time a grade without it. */
	closeSidebar(): void;
}

/** main.js wrapped by the server as `function (module, exports, require) { … }`. */
export type CommonJsWrapper = (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;

/** `window` in the harness page; a subtype of the page's `window`, so `window as HarnessWindow` type-checks. */
export type HarnessWindow = Window & typeof globalThis & {
	harness: HarnessApi;
	checks: PageChecks;
	interviewVaultBundle?: CommonJsWrapper;
	/** The vault's notes, path → text, set by the server's /vault/<name>.js. */
	interviewVaultFiles?: Record<string, string>;
};
