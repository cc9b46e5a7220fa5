import { errorText } from "../../core/errorText";
import { Notice, type Plugin, type TFile } from "obsidian";
import { createQuestionForTopic, markTopicDone, readCoverage } from "../../app/checklist/checklistCoverage";
import { applyImport, existingNotes, previewImport, type ImportPreview, type ImportRequest } from "../../app/import/importDocument";
import { MockController } from "../../app/mock/MockController";
import { SavedReceipts } from "../../app/notes/savedReceipts";
import { describeUndo, UndoStack, type NoteDesk, type Receipt } from "../../app/notes/UndoStack";
import type { QuestionIndex } from "../../core/index/QuestionIndex";
import { joinPath, targetPath } from "../../core/import/planImport";
import { mocScope, studyPathScope } from "../../core/quiz/quizScopes";
import { describeMix, mixShortfall, pickMockQuestions } from "../../core/mock/mockInterview";
import { chooseScope, type MockScopeOption } from "../../core/mock/mockScope";
import type { QuestionSearch } from "../../core/search/QuestionSearch";
import { localDay } from "../../core/schedule/days";
import { plural } from "../../core/text/plural";
import type { ReviewLogStore } from "../../obsidian/ReviewLogStore";
import type { NoteWrites } from "../../core/write/NoteWrites";
import type { InterviewVaultSettings } from "../../settings/settings";
import { ChoiceModal } from "../ChoiceModal";
import { MockSetupModal } from "../mock/MockSetupModal";
import { MOCK_VIEW_TYPE, MockView } from "../mock/MockView";
import { openBeside, revealView } from "../workspace";
import { countInScheduleWiring } from "./countGrades";
import { COVERAGE_VIEW_TYPE, CoverageView } from "./CoverageView";
import { ImportPreviewModal } from "./ImportPreviewModal";
import { NOT_READY_NOTICE } from "../../core/index/readiness";
import { pluginFile } from "../../obsidian/pluginFile";

export interface DocumentDeps {
	index: QuestionIndex;
	settings: () => InterviewVaultSettings;
	saveSettings: () => Promise<void>;
	search: QuestionSearch;
	reviewLog: ReviewLogStore;
	/** The one note writer and undo stack (shared with the repairs and conversions). */
	notes: NoteDesk;
}


/**
 * The plugin's one undo stack (every note-writing action pushes its receipt there). The imports'
 * receipts are saved in the plugin's folder, so "Undo the last import" survives a restart.
 */
export function persistentUndoStack(plugin: Plugin): UndoStack {
	const saved = new SavedReceipts(plugin.app.vault.adapter, pluginFile(plugin, "import-undo.json"));
	const undo: UndoStack = new UndoStack((receipt) => {
		if (receipt.action !== "import") return;
		saved.save(undo.all("import")).catch((error: unknown) => notice(`Interview Vault could not save the undo of your imports (${errorText(error)}); it works until Obsidian restarts.`));
	});
	void saved.load().then((receipts) => undo.restore(receipts));
	return undo;
}

/**
 * The document features: "Import questions from a document…", the Coverage view of a topic
 * checklist, "Start mock interview…", and one undo for all their writes. Every write goes through
 * one NoteWrites and lands on one undo stack.
 */
export function registerDocumentFeatures(plugin: Plugin, deps: DocumentDeps): void {
	const { writes, undo } = deps.notes;
	const guarded = (run: () => void) => () => (deps.index.isReady ? run() : notice(NOT_READY_NOTICE));
	const refreshCoverage = registerCoverage(plugin, deps, writes, undo, guarded);
	const undoOne = (receipt: Receipt) => void undo.undo(receipt, writes).then((report) => {
		if (report) notice(describeUndo(report));
		refreshCoverage();
	});
	registerImport(plugin, deps, writes, undo, guarded, undoOne);
	registerMock(plugin, deps, writes, undo, guarded);
	plugin.addCommand({
		id: "undo-document-change",
		name: "Undo the last import, checklist change or mock report",
		checkCallback: (checking) => {
			const last = undo.peek();
			if (!last) return false;
			if (!checking) undoOne(last);
			return true;
		},
	});
	plugin.addCommand({
		id: "undo-last-import",
		name: "Undo the last import",
		checkCallback: (checking) => {
			const last = undo.latest("import");
			if (!last) return false;
			if (!checking) undoOne(last);
			return true;
		},
	});
}

type Guard = (run: () => void) => () => void;

function registerImport(plugin: Plugin, deps: DocumentDeps, writes: NoteWrites, undo: UndoStack, guarded: Guard, undoOne: (receipt: Receipt) => void): void {
	const { app } = plugin;
	const plan = (request: ImportRequest): ImportPreview => previewImport(request, existingNotes(deps.index), (path) => writes.exists(path));
	const apply = async (preview: ImportPreview): Promise<void> => {
		const result = await applyImport(preview, writes);
		undo.push(result.receipt);
		const failed = result.failed.length > 0 ? ` ${plural(result.failed.length, "note")} could not be written: ${result.failed.map((f) => `${f.path} (${f.reason})`).join(", ")}.` : "";
		const undoHint = result.created.length > 0 ? " \"Undo the last import\" removes them." : "";
		const message = `Imported ${plural(result.created.length, "note")} from ${preview.request.documentName} into ${preview.folder || "the vault's root"}.${failed}${undoHint}`;
		if (result.created.length > 0) noticeWithUndo(message, () => undoOne(result.receipt));
		else notice(message);
		const moc = targetPath(preview.plan.moc.path, preview.plan.moc.status);
		if (moc !== undefined && result.created.includes(moc)) openBeside(app.workspace, moc, false);
	};
	const start = async (file: TFile): Promise<void> => {
		const preview = plan({ documentText: await app.vault.read(file), documentName: file.name, folder: joinPath(deps.settings().importFolder, file.basename), today: localDay(new Date()) });
		if (preview.counts.questions === 0) {
			notice(`No questions found in ${file.name}: each question needs a line like "Q1. …" under it.`);
			return;
		}
		new ImportPreviewModal(app, preview, { replan: plan, apply: (chosen) => void apply(chosen) }).open();
	};
	plugin.addCommand({
		id: "import-document",
		name: "Import questions from a document…",
		callback: guarded(() => {
			// Question notes and MOCs are never guides: leaving them out keeps the list short in a big vault.
			const files = app.vault.getFiles().filter((file) => (file.extension === "txt" || file.extension === "md") && !deps.index.question(file.path) && !deps.index.moc(file.path));
			new ChoiceModal(app, files, (file) => file.path, (file) => void start(file), "Pick the guide to import (a .txt or .md file in the vault)").open();
		}),
	});
}

function registerCoverage(plugin: Plugin, deps: DocumentDeps, writes: NoteWrites, undo: UndoStack, guarded: Guard): () => void {
	const { app } = plugin;
	const read = () => readCoverage(deps.settings().checklistPath, {
		writes,
		questions: deps.index.questions(),
		threshold: deps.settings().hireThreshold,
		search: (text) => deps.search.search(text).map((hit) => hit.path),
	});
	const refresh = () => {
		for (const leaf of app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)) if (leaf.view instanceof CoverageView) leaf.view.schedule();
	};
	plugin.registerView(COVERAGE_VIEW_TYPE, (leaf) => new CoverageView(leaf, {
		index: deps.index,
		checklistPath: () => deps.settings().checklistPath,
		threshold: () => deps.settings().hireThreshold,
		read,
		markDone: async (coverage, topic) => {
			try {
				undo.push(await markTopicDone(writes, coverage, topic));
			} catch (error) {
				notice(`"${topic.topic.text}" was not marked done: ${errorText(error)}. The checklist was left as it is.`);
			}
		},
		createQuestion: async (topic) => {
			const settings = deps.settings();
			try {
				const created = await createQuestionForTopic(writes, topic, { folder: settings.newQuestionFolder, templatePath: settings.newQuestionTemplate, today: localDay(new Date()) });
				undo.push(created.receipt);
				openBeside(app.workspace, created.path, false);
			} catch (error) {
				notice(`No question was created for "${topic.topic.text}": ${errorText(error)}.`);
			}
		},
		canUndo: () => undo.peek() !== undefined,
		undo: async () => {
			const report = await undo.undoLast(writes);
			if (report) notice(describeUndo(report));
		},
		open: (path) => openBeside(app.workspace, path, false),
	}));
	const open = () => void revealView(app.workspace, COVERAGE_VIEW_TYPE, "tab");
	plugin.addCommand({ id: "open-coverage", name: "Open topic coverage", callback: guarded(open) });
	plugin.addCommand({
		id: "use-note-as-checklist",
		name: "Use this note as the topic checklist",
		callback: guarded(() => {
			const file = app.workspace.getActiveFile();
			if (!file) {
				notice("Open your topic checklist note first.");
				return;
			}
			deps.settings().checklistPath = file.path;
			void deps.saveSettings().then(() => {
				open();
				refresh();
			});
		}),
	});
	return refresh;
}

function registerMock(plugin: Plugin, deps: DocumentDeps, writes: NoteWrites, undo: UndoStack, guarded: Guard): void {
	const { app } = plugin;
	const controller = new MockController({
		index: deps.index,
		settings: deps.settings,
		readNote: async (path) => {
			const file = app.vault.getFileByPath(path);
			return file ? app.vault.cachedRead(file) : undefined;
		},
		writes,
		undo,
		countGrade: countInScheduleWiring(writes, deps.reviewLog, deps.settings),
		now: () => Date.now(),
		notify: notice,
	});
	plugin.registerView(MOCK_VIEW_TYPE, (leaf) => new MockView(leaf, controller, () => Date.now()));
	plugin.addCommand({
		id: "start-mock-interview",
		name: "Start mock interview…",
		callback: guarded(() => {
			const scopes = mockScopes(deps.index);
			if ((scopes[0]?.questions.length ?? 0) === 0) {
				notice("No questions to ask yet: import a guide or write question notes first.");
				return;
			}
			const settings = deps.settings();
			const defaults = { mix: "any" as const, count: settings.mockQuestionCount, secondsPerQuestion: settings.mockSecondsPerQuestion, showGuide: settings.mockShowGuide, countInSchedule: settings.mockCountInSchedule };
			new MockSetupModal(app, scopes, defaults, (choice) => void (async () => {
				Object.assign(settings, { mockQuestionCount: choice.count, mockSecondsPerQuestion: choice.secondsPerQuestion, mockShowGuide: choice.showGuide, mockCountInSchedule: choice.countInSchedule });
				await deps.saveSettings();
				const scope = chooseScope(choice.scope, choice.parts);
				const questions = pickMockQuestions(scope.questions, choice.count, choice.mix, Math.random);
				if (questions.length === 0) {
					notice(`No questions match in "${scope.label}".`);
					return;
				}
				const short = mixShortfall(scope.questions, choice.mix);
				if (short.length > 0) notice(`"${scope.label}" has only ${short.join(", ")} asked for: the interview has ${plural(questions.length, "question")}.`);
				const leaf = await revealView(app.workspace, MOCK_VIEW_TYPE, "tab");
				if (leaf) app.workspace.setActiveLeaf(leaf, { focus: true });
				await controller.start({ scope: scope.label, mix: describeMix(choice.mix), paths: questions.map((q) => q.path), secondsPerQuestion: choice.secondsPerQuestion, showGuide: choice.showGuide, countInSchedule: choice.countInSchedule });
			})()).open();
		}),
	});
}

/** Everything, and each MOC with its study paths as parts (an imported guide's parts are its study paths). */
function mockScopes(index: QuestionIndex): MockScopeOption[] {
	const scopes: MockScopeOption[] = [{ label: "All questions", questions: [...index.questions()], parts: [] }];
	for (const moc of index.mocs()) {
		const whole = mocScope(index, moc);
		const parts = moc.studyPaths.map((path) => ({ label: path.name, questions: studyPathScope(index, moc, path).questions })).filter((part) => part.questions.length > 0);
		if (whole.questions.length > 0) scopes.push({ label: whole.label, questions: whole.questions, parts });
	}
	return scopes;
}

function notice(text: string): void {
	new Notice(text);
}

/** A notice with an Undo button that works once; after it fades the commands still undo. */
function noticeWithUndo(text: string, onUndo: () => void): void {
	const fragment = createFragment();
	fragment.createSpan({ text: `${text} ` });
	const button = fragment.createEl("button", { text: "Undo", cls: "interview-vault-notice-undo" });
	const shown = new Notice(fragment, 15_000);
	button.addEventListener("click", () => {
		shown.hide();
		onUndo();
	});
}
