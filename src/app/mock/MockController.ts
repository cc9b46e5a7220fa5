import { errorText } from "../../core/errorText";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { baseName, joinPath } from "../../core/import/planImport";
import {
	answerCurrent, currentMockPath, endMock, mockResult, startMock, type MockInterview, type MockResult, type MockSetup,
} from "../../core/mock/mockInterview";
import { mockReportNote } from "../../core/mock/mockReport";
import { extractContent, type QuestionContent } from "../../core/question/content";
import type { Question } from "../../core/question/Question";
import { localDay } from "../../core/schedule/days";
import type { SelfGrade } from "../../core/schedule/grades";
import { plural } from "../../core/text/plural";
import type { InterviewVaultSettings } from "../../settings/settings";
import type { NoteWrites } from "../../core/write/NoteWrites";
import type { UndoStack } from "../notes/UndoStack";

/** What the mock interview needs from its host, behind small functions so tests can drive it. */
export interface MockServices {
	index: QuestionIndex;
	settings(): InterviewVaultSettings;
	readNote(path: string): Promise<string | undefined>;
	writes: NoteWrites;
	undo: UndoStack;
	/** Counts one score as a quiz grade (the user chose so); absent, scores never touch the schedule. */
	countGrade?: (path: string, grade: SelfGrade) => Promise<void>;
	now(): number;
	notify(message: string): void;
}

export interface MockCard {
	question: Question;
	content: QuestionContent;
}

/**
 * Runs one mock interview: puts each question, takes its score and note, and at the end writes
 * the report note. Its own controller, apart from the quiz's: a mock never schedules anything
 * unless the user chose to count its scores.
 */
export class MockController {
	mock: MockInterview | null = null;
	card: MockCard | null = null;
	result: MockResult | null = null;
	reportPath: string | null = null;
	message = "";
	private readonly listeners = new Set<() => void>();
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly services: MockServices) {}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	get progress(): { position: number; total: number } {
		const total = this.mock?.setup.paths.length ?? 0;
		return { position: Math.min((this.mock?.position ?? 0) + 1, total), total };
	}

	start(setup: MockSetup): Promise<void> {
		return this.run(async () => {
			this.mock = startMock(setup, this.services.now());
			this.result = null;
			this.reportPath = null;
			this.message = "";
			await this.loadCard();
		});
	}

	/** Scores the current answer 1–5 with an optional note; `undefined` passes over it. */
	answer(score: SelfGrade | undefined, note: string): Promise<void> {
		return this.run(async () => {
			if (!this.mock || !this.card) return;
			this.mock = answerCurrent(this.mock, score, note, this.services.now());
			await this.loadCard();
		});
	}

	/** Stops before the last question: the report holds the questions answered so far. */
	end(): Promise<void> {
		return this.run(async () => {
			if (!this.mock || this.mock.finishedAt !== undefined) return;
			this.mock = endMock(this.mock, this.services.now());
			this.card = null;
			await this.finish();
		});
	}

	private async loadCard(): Promise<void> {
		while (this.mock) {
			const path = currentMockPath(this.mock);
			if (path === undefined) {
				this.card = null;
				await this.finish();
				return;
			}
			const question = this.services.index.question(path);
			const text = question ? await this.services.readNote(path) : undefined;
			if (question && text !== undefined) {
				this.card = { question, content: extractContent(text, question.title, this.services.settings().language) };
				return;
			}
			this.message = `Passed over ${path}: the note was deleted or can no longer be read.`;
			this.mock = answerCurrent(this.mock, undefined, "(the note could not be read)", this.services.now());
		}
	}

	private async finish(): Promise<void> {
		const mock = this.mock;
		if (!mock || this.result) return;
		const settings = this.services.settings();
		const now = this.services.now();
		const lookup = (path: string) => this.services.index.question(path);
		this.result = mockResult(mock, lookup, { threshold: settings.hireThreshold, criticalSubtopics: settings.criticalSubtopics }, now);
		if (mock.answers.length === 0) return;
		await this.writeReport(mock, this.result, settings, now);
		if (mock.setup.countInSchedule) await this.countScores(mock);
	}

	private async writeReport(mock: MockInterview, result: MockResult, settings: InterviewVaultSettings, now: number): Promise<void> {
		const date = new Date(now);
		const day = localDay(date);
		const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
		const text = mockReportNote(mock, result, {
			day,
			time,
			describe: (path) => ({ title: this.services.index.question(path)?.title ?? path, linkTarget: baseName(path) }),
		});
		const base = joinPath(settings.mockReportFolder, `Mock interview ${day} ${time.replace(":", "-")}`);
		let path = `${base}.md`;
		for (let n = 2; this.services.writes.exists(path); n++) path = `${base} ${n}.md`;
		try {
			const created = await this.services.writes.create(path, text);
			this.services.undo.push({ label: "the mock interview report", changes: [created], action: "mock-report" });
			this.reportPath = path;
		} catch (error) {
			this.message = `The report could not be written: ${errorText(error)}.`;
		}
	}

	private async countScores(mock: MockInterview): Promise<void> {
		const count = this.services.countGrade;
		if (!count) return;
		let counted = 0;
		for (const answer of mock.answers) {
			if (answer.score === undefined) continue;
			try {
				await count(answer.path, answer.score);
				counted++;
			} catch (error) {
				this.message = `${answer.path} was not graded: ${errorText(error)}.`;
			}
		}
		if (this.message === "") this.message = `Counted ${plural(counted, "score")} as quiz grades.`;
	}

	/** Actions run one after another, so a quick double press never scores twice at once. */
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
