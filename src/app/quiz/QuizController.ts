import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { extractContent, type Language, type QuestionContent } from "../../core/question/content";
import { learningKeys, readLearningState, type LearningKeys } from "../../core/question/learningState";
import { dueLoad } from "../../core/question/progress";
import type { Question } from "../../core/question/Question";
import { adaptiveNext, type AdaptiveSuggestion } from "../../core/quiz/adaptiveNext";
import {
	currentPath, gradeCurrent, insertNext, isRelearning, renamePath, reveal, skipCurrent, startSession, undoLastGrade, type QuizSession,
} from "../../core/quiz/QuizSession";
import { summarizeSession, type SessionSummary } from "../../core/quiz/summarizeSession";
import { learningFromLog, replayUnsaved } from "../../core/reviewLog/replay";
import type { ReviewEntry } from "../../core/reviewLog/reviewLog";
import { localDay } from "../../core/schedule/days";
import { buryUntilTomorrow, type Hold } from "../../core/schedule/hold";
import type { SelfGrade } from "../../core/schedule/grades";
import { scheduleReview } from "../../core/schedule/scheduler";
import { holdPatch, learningPatch } from "../../core/write/learningPatch";
import type { FrontmatterPatch } from "../../core/write/frontmatterPatch";
import type { InterviewVaultSettings } from "../../settings/settings";
import { errorText } from "../../core/errorText";

/** What the controller needs from Obsidian, behind small functions so tests can drive it. */
export interface QuizServices {
	index: QuestionIndex;
	settings(): InterviewVaultSettings;
	readNote(path: string): Promise<string | undefined>;
	/** One atomic write; `makePatch` sees the note's properties as they are at that moment. */
	writeProperties(path: string, makePatch: (properties: Readonly<Record<string, unknown>>) => FrontmatterPatch): Promise<UndoWrite>;
	appendLog(entry: ReviewEntry): Promise<void>;
	removeLog(id: string): Promise<void>;
	/** Every device's log entries for one note, in any order. */
	loggedGrades(path: string): Promise<ReviewEntry[]>;
	/** Offers the repair of a note's frontmatter (a preview first); resolves once it is done or refused. */
	repairNote(path: string): Promise<void>;
	deviceName: string;
	/** Opens beside the quiz: a new tab, or a split. Never in the quiz's own leaf. */
	openNote(path: string, split: boolean): void;
	notify(message: string): void;
	now(): number;
	random(): number;
}

export type UndoWrite = () => Promise<void>;

export interface QuizCard {
	question: Question;
	content: QuestionContent;
	/** The note's other language, when it has one: one click away on the card, never mixed in. */
	otherLanguage?: QuestionContent;
}

interface GradeRecord {
	undoWrite: UndoWrite;
	entryId: string;
}

/** Runs one quiz session at a time; the pane renders its state and sends it the learner's actions. */
export class QuizController {
	session: QuizSession | null = null;
	card: QuizCard | null = null;
	summary: SessionSummary | null = null;
	suggestion: AdaptiveSuggestion | null = null;
	/** A line for the pane: what just happened that the learner should know. */
	message = "";
	scope = "";
	private readonly undoStack: GradeRecord[] = [];
	private readonly listeners = new Set<() => void>();
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly services: QuizServices) {}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	get progress(): { position: number; total: number } {
		return { position: Math.min((this.session?.position ?? 0) + 1, this.session?.paths.length ?? 0), total: this.session?.paths.length ?? 0 };
	}

	start(questions: readonly Question[], scope: string): Promise<void> {
		return this.run(async () => {
			this.session = startSession(questions.map((q) => q.path), this.services.now());
			this.undoStack.length = 0;
			this.scope = scope;
			this.summary = null;
			this.suggestion = null;
			this.message = "";
			await this.loadCard();
		});
	}

	reveal(): Promise<void> {
		return this.run(() => {
			if (this.session) this.session = reveal(this.session, this.services.now());
			return Promise.resolve();
		});
	}

	grade(grade: SelfGrade): Promise<void> {
		return this.run(async () => {
			const session = this.session;
			const card = this.card;
			if (!session || session.phase !== "answer" || !card) return;
			// A card failed earlier in this session: its note already holds the day's grade, so only the log hears of it.
			const record = isRelearning(session)
				? await this.logRelearning(card.question, grade, session.secondsToReveal)
				: await this.persistGrade(card.question, grade, session.secondsToReveal);
			// Not saved: the card stays, so the learner can grade it again or skip it.
			if (!record) return;
			this.session = gradeCurrent(session, grade, this.services.now(), this.services.settings().scheduling.relearnAfter);
			this.undoStack.push(record);
			if (grade <= 2 && this.message === "") this.message = `"${card.question.title}" comes back later in this session.`;
			this.suggestion = adaptiveNext(card.question, grade, this.services.index) ?? null;
			await this.loadCard();
		});
	}

	skip(): Promise<void> {
		return this.run(async () => {
			if (!this.session) return;
			this.session = skipCurrent(this.session, this.services.now());
			this.suggestion = null;
			await this.loadCard();
		});
	}

	undo(): Promise<void> {
		return this.run(async () => {
			if (!this.session) return;
			const { session, undone } = undoLastGrade(this.session, this.services.now());
			const record = this.undoStack[this.undoStack.length - 1];
			if (!undone || !record) {
				this.message = "Nothing to undo in this session.";
				return;
			}
			const title = this.services.index.question(undone.path)?.title ?? undone.path;
			// The session and the undo stack change only once the note is back: a failed undo changes nothing.
			try {
				await record.undoWrite();
			} catch (error) {
				this.message = `The grade of "${title}" was not undone: ${errorText(error)}.`;
				return;
			}
			this.undoStack.pop();
			this.session = session;
			this.suggestion = null;
			this.message = `Undid the grade of "${title}".`;
			await this.services.removeLog(record.entryId).catch((error: unknown) => {
				this.message += ` Its review log entry could not be removed: ${errorText(error)}.`;
			});
			await this.loadCard();
		});
	}

	/** Suspends the current card (until resumed) or buries it until tomorrow, then moves on. */
	hold(kind: Hold["kind"]): Promise<void> {
		return this.run(async () => {
			const session = this.session;
			const question = this.card?.question;
			if (!session || session.phase === "finished" || !question) return;
			const hold: Hold = kind === "suspended" ? { kind } : buryUntilTomorrow(localDay(new Date(this.services.now())));
			try {
				await this.services.writeProperties(question.path, () => holdPatch(hold, this.keys()));
			} catch (error) {
				this.message = `"${question.title}" was not ${kind}: ${errorText(error)}. The note was left unchanged.`;
				return;
			}
			this.session = skipCurrent(session, this.services.now());
			this.suggestion = null;
			this.message = kind === "suspended"
				? `Suspended "${question.title}": no session brings it back until you resume it.`
				: `Buried "${question.title}" until tomorrow.`;
			await this.loadCard();
		});
	}

	/** Adds the suggested questions right after the current card. */
	acceptSuggestion(): Promise<void> {
		return this.run(() => {
			if (this.session && this.suggestion) {
				this.session = insertNext(this.session, this.suggestion.questions.map((q) => q.path));
				this.message = `Added ${this.suggestion.questions.length} question(s) next.`;
				this.suggestion = null;
			}
			return Promise.resolve();
		});
	}

	openCurrent(split: boolean): void {
		const path = this.session ? currentPath(this.session) : undefined;
		if (path) this.services.openNote(path, split);
	}

	/** The vault renamed a note: it keeps its place in the session. */
	renamed(oldPath: string, newPath: string): void {
		if (!this.session?.paths.includes(oldPath)) return;
		this.session = renamePath(this.session, oldPath, newPath);
		// The card on screen stays: only its note moved, and the next grade goes to the new path.
		// The index reads the renamed note on its own; reloading now would find it not yet there.
		if (this.card?.question.path === oldPath) {
			this.card = { ...this.card, question: { ...this.card.question, path: newPath } };
			this.changed();
		}
	}

	/** The vault deleted the card's note (the card moves on; later ones are skipped when reached), or its frontmatter broke or was repaired (the card is read again). */
	vanished(path: string): void {
		if (!this.session || currentPath(this.session) !== path) return;
		void this.run(async () => {
			// Why a grade of this card was not saved stays on screen beside why the card went.
			const before = this.message;
			await this.loadCard();
			if (before !== "" && before !== this.message) this.message = `${before} ${this.message}`;
		});
	}

	/** The card's note has frontmatter Obsidian cannot read: R offers its repair, then the card reads it again. */
	repairCurrent(): Promise<void> {
		return this.run(async () => {
			const question = this.card?.question;
			if (!question) return;
			const current = this.services.index.question(question.path) ?? question;
			if (current.propertiesUnreadable === undefined) {
				this.message = `"${current.title}" has readable properties: nothing to repair.`;
				return;
			}
			await this.services.repairNote(current.path);
			await this.loadCard();
		});
	}

	private keys(): LearningKeys {
		const settings = this.services.settings();
		return learningKeys(settings.propertyPrefix, settings.statusKey || undefined);
	}

	private async persistGrade(card: Question, grade: SelfGrade, seconds: number | undefined): Promise<GradeRecord | undefined> {
		// The index's view at grade time: the note may have broken, or been repaired, since the card was shown.
		const question = this.services.index.question(card.path) ?? card;
		if (question.propertiesUnreadable !== undefined) return this.logOnly(question, grade, seconds);
		const { scheduling } = this.services.settings();
		const keys = this.keys();
		const now = this.services.now();
		const today = localDay(new Date(now));
		const load = scheduling.loadBalance ? dueLoad(this.services.index.questions(), question.path) : undefined;
		const logged = await this.services.loggedGrades(question.path);
		let keptForeignStatus: string | undefined;
		// The next state is computed from the file at write time: a second grade builds on the first,
		// and on the grades the log kept while the note could not be written.
		const makePatch = (properties: Readonly<Record<string, unknown>>): FrontmatterPatch => {
			const next = scheduleReview(replayUnsaved(readLearningState(properties, keys), logged), grade, today, scheduling, load);
			const result = learningPatch(next, keys, properties);
			keptForeignStatus = result.keptForeignStatus;
			return result.patch;
		};
		let undoWrite: UndoWrite;
		try {
			undoWrite = await this.services.writeProperties(question.path, makePatch);
		} catch (error) {
			this.message = `"${question.title}" was not saved: ${errorText(error)}. The note was left unchanged.`;
			return undefined;
		}
		const entry = this.logEntry(question.path, grade, seconds, now);
		// A grade is one unit: without its log entry, the note goes back as it was.
		try {
			await this.services.appendLog(entry);
		} catch (error) {
			this.message = await this.unwriteGrade(question, undoWrite, error);
			return undefined;
		}
		this.message = keptForeignStatus === undefined
			? ""
			: `Kept "${keys.status}: ${keptForeignStatus}" in "${question.title}": it is not one of Interview Vault's statuses.`;
		return { undoWrite, entryId: entry.id };
	}

	private async unwriteGrade(question: Question, undoWrite: UndoWrite, logError: unknown): Promise<string> {
		const reason = `the review log could not be written (${errorText(logError)})`;
		try {
			await undoWrite();
			return `"${question.title}" was not saved: ${reason}. The note was put back as it was.`;
		} catch (error) {
			return `"${question.title}" keeps the grade, but ${reason} and the note could not be put back (${errorText(error)}).`;
		}
	}

	/** A later attempt at a card failed in this session: one more log line, no write to the note. */
	private async logRelearning(question: Question, grade: SelfGrade, seconds: number | undefined): Promise<GradeRecord> {
		const entry: ReviewEntry = { ...this.logEntry(question.path, grade, seconds, this.services.now()), relearning: true };
		await this.services.appendLog(entry);
		this.message = "";
		return { undoWrite: () => Promise.resolve(), entryId: entry.id };
	}

	/**
	 * A grade for a note whose frontmatter cannot be read: the log keeps it, the note is not
	 * touched, and the note's schedule is rebuilt from the log until the repair lets a write in.
	 */
	private async logOnly(question: Question, grade: SelfGrade, seconds: number | undefined): Promise<GradeRecord> {
		const now = this.services.now();
		const entry: ReviewEntry = { ...this.logEntry(question.path, grade, seconds, now), unsaved: true };
		await this.services.appendLog(entry);
		const logged = await this.services.loggedGrades(question.path);
		this.services.index.setLoggedLearning(new Map([[question.path, learningFromLog(logged)]]));
		this.message = `"${question.title}": the grade is kept in the review log, but its schedule cannot be saved into the note until its frontmatter is repaired (press R to repair it).`;
		return { undoWrite: () => Promise.resolve(), entryId: entry.id };
	}

	private logEntry(path: string, grade: SelfGrade, seconds: number | undefined, now: number): ReviewEntry {
		return {
			id: `${this.services.deviceName}-${now.toString(36)}-${Math.floor(this.services.random() * 1e9).toString(36)}`,
			at: new Date(now).toISOString(),
			day: localDay(new Date(now)),
			path,
			grade,
			...(seconds === undefined ? {} : { secondsToReveal: seconds }),
			device: this.services.deviceName,
		};
	}

	/** Loads the current card's content, skipping notes that vanished or can no longer be read. */
	private async loadCard(): Promise<void> {
		while (this.session) {
			const path = currentPath(this.session);
			if (path === undefined) {
				this.card = null;
				this.finish();
				return;
			}
			const question = this.services.index.question(path);
			const text = question ? await this.services.readNote(path) : undefined;
			if (question && text !== undefined) {
				this.summary = null;
				this.card = cardOf(question, text, this.services.settings().language);
				return;
			}
			this.message = `Skipped ${path}: the note was deleted or is no longer a question.`;
			this.session = skipCurrent(this.session, this.services.now());
		}
	}

	private finish(): void {
		if (!this.session) return;
		const settings = this.services.settings();
		this.summary = summarizeSession(
			this.session,
			(path) => this.services.index.question(path),
			{ threshold: settings.hireThreshold, criticalSubtopics: settings.criticalSubtopics },
			this.services.now(),
		);
	}

	/** Actions run one after another, so two quick key presses never write the same note at once. */
	private run(action: () => Promise<void>): Promise<void> {
		this.queue = this.queue.then(action).catch((error: unknown) => {
			this.services.notify(`Interview Vault: ${errorText(error)}`);
		}).finally(() => this.changed());
		return this.queue;
	}

	private changed(): void {
		for (const listener of [...this.listeners]) listener();
	}
}

/** The card in the chosen language, and the other language when the note really has it. */
function cardOf(question: Question, text: string, language: Language): QuizCard {
	const content = extractContent(text, question.title, language);
	const other = extractContent(text, question.title, language === "en" ? "ru" : "en");
	const bilingual = content.language !== "any" && other.language !== "any" && other.language !== content.language;
	return bilingual ? { question, content, otherLanguage: other } : { question, content };
}
