import { debounce, Notice, Plugin } from "obsidian";
import { holdQuestion, type HoldAction } from "./app/hold/holdQuestion";
import type { NoteDesk } from "./app/notes/UndoStack";
import { createQuizController, followVaultInQuiz, restoreLoggedLearning } from "./app/quiz/connectQuiz";
import { QuestionIndex } from "./core/index/QuestionIndex";
import { localDay } from "./core/schedule/days";
import { dueScope, studyPathScope, subtopicScope } from "./core/quiz/quizScopes";
import type { QuestionSearch } from "./core/search/QuestionSearch";
import { readStudyGuide } from "./obsidian/readStudyGuide";
import { pluginFile } from "./obsidian/pluginFile";
import { ReviewLogStore } from "./obsidian/ReviewLogStore";
import { SearchIndexer } from "./obsidian/SearchIndexer";
import { SettingsStore } from "./obsidian/SettingsStore";
import { VaultIndexer } from "./obsidian/VaultIndexer";
import { VaultNoteWrites } from "./obsidian/VaultNoteWrites";
import { toRecognitionOptions, type InterviewVaultSettings } from "./settings/settings";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "./ui/dashboard/DashboardView";
import { persistentUndoStack, registerDocumentFeatures } from "./ui/documents/registerDocuments";
import { registerHealthCommands, type HealthActions } from "./ui/health/registerHealthCommands";
import { registerProfile } from "./ui/health/registerProfile";
import { readTemplateFolders } from "./obsidian/readTemplateFolders";
import { registerHoldCommands, registerQuizActionCommands, runHold } from "./ui/quiz/quizActionCommands";
import { QuizLauncher } from "./ui/quiz/QuizLauncher";
import { QUIZ_VIEW_TYPE, QuizView } from "./ui/quiz/QuizView";
import { FindQuestionModal } from "./ui/search/FindQuestionModal";
import { InterviewVaultSettingTab } from "./ui/SettingsTab";
import { registerConvertCommands } from "./ui/views/convertCommand";
import { BROWSER_VIEW_TYPE, QuestionBrowserView } from "./ui/views/QuestionBrowserView";
import { registerDataviewBlock, registerNativeBlock, workspaceLinks } from "./ui/views/registerBlocks";
import { openBeside, revealView } from "./ui/workspace";
import { AnalysisStore } from "./obsidian/AnalysisStore";

/** How long typing in a settings field must pause before the notes are read again. */
const REINDEX_PAUSE_MS = 800;

/** The settings that change how notes are read: a change to one of them re-reads the vault. */
function reindexKey(settings: InterviewVaultSettings): string {
	return JSON.stringify([toRecognitionOptions(settings), settings.reviewLogFolder]);
}

export default class InterviewVaultPlugin extends Plugin {
	settings!: InterviewVaultSettings;
	index!: QuestionIndex;
	private indexer!: VaultIndexer;
	/** The one note writer and the one undo stack: every write to a note goes through them. */
	private notes!: NoteDesk;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.register(() => this.reindexSoon.cancel());
		const templateFolders = await readTemplateFolders(this.app);
		const options = () => toRecognitionOptions(this.settings, templateFolders);
		const reviewLog = new ReviewLogStore(this.app, () => this.settings.reviewLogFolder);
		this.index = new QuestionIndex();
		this.notes = { writes: new VaultNoteWrites(this.app), undo: persistentUndoStack(this) };
		const profile = registerProfile(this, { index: this.index, options, exclude: (folder) => this.excludeFolder(folder) });
		this.indexer = this.addChild(
			new VaultIndexer(this.app, this.index, options, (path) => reviewLog.isLogPath(path), async () => {
				await restoreLoggedLearning(this.index, reviewLog);
				if (profile.firstRun(this.settings.profileShown)) {
					this.settings.profileShown = true;
					await this.saveSettings({ reindex: false });
				}
			}, new AnalysisStore(this.app.vault.adapter, pluginFile(this, "analyses.json"), this.manifest.version)),
		);
		const health = registerHealthCommands(this, { index: this.index, logProblems: async () => (await reviewLog.readAll()).problems, notes: this.notes });
		const launcher = this.registerQuiz(reviewLog, health);
		const search = this.registerSearch(launcher);
		this.registerViews(launcher, search);
		this.registerDashboard(reviewLog, launcher);
		registerDocumentFeatures(this, { index: this.index, settings: () => this.settings, saveSettings: () => this.saveSettings({ reindex: false }), search, reviewLog, notes: this.notes });
		this.addSettingTab(new InterviewVaultSettingTab(this.app, this, this));
	}

	/** Saves at once; a change that needs the notes read again re-reads them once typing pauses. */
	async saveSettings({ reindex }: { reindex: boolean }): Promise<void> {
		await new SettingsStore(this).save(this.settings);
		if (reindex) this.reindexSoon();
	}

	/** Suspend, bury or resume a question outside the quiz (commands, the browser). */
	private get hold(): (path: string, action: HoldAction) => Promise<void> {
		return (path, action) => holdQuestion(this.notes.writes, this.settings, path, action, localDay(new Date()));
	}

	/** data.json changed under the plugin (synced from another device): take it up as if typed here. */
	override async onExternalSettingsChange(): Promise<void> {
		const before = reindexKey(this.settings);
		const { settings, message } = await new SettingsStore(this).load(new Date());
		// In place: the quiz launcher and the views hold this very object.
		Object.assign(this.settings, settings);
		if (message) new Notice(message, 0);
		if (reindexKey(this.settings) !== before) this.reindexSoon();
	}

	private readonly reindexSoon = debounce(() => {
		if (this.indexer.isReady) void this.indexer.rebuild();
	}, REINDEX_PAUSE_MS, true);

	/** The vault profile's proposal, accepted: the folder joins "Exclude folders", and the notes are read again at once. */
	private async excludeFolder(folder: string): Promise<void> {
		if (!this.settings.excludeFolders.includes(folder)) this.settings.excludeFolders = [...this.settings.excludeFolders, folder];
		await this.saveSettings({ reindex: false });
		if (this.indexer.isReady) await this.indexer.rebuild();
		new Notice(`Excluded ${folder}: its notes are no longer questions. Undo it under Settings → Exclude folders.`);
	}

	private registerQuiz(reviewLog: ReviewLogStore, health: HealthActions): QuizLauncher {
		const quiz = createQuizController({
			app: this.app,
			index: this.index,
			writes: this.notes.writes,
			reviewLog,
			repairNote: (path) => health.repair([path]),
			settings: () => this.settings,
			openNote: (path, split) => openBeside(this.app.workspace, path, split),
			notify: (message) => new Notice(message),
		});
		const launcher = new QuizLauncher(this.app, this.index, quiz, {
			settings: this.settings,
			saveSettings: (options) => this.saveSettings(options),
		});
		launcher.registerCommands(this);
		registerQuizActionCommands(this, quiz);
		registerHoldCommands(this, { index: this.index, activePath: () => this.app.workspace.getActiveFile()?.path, hold: this.hold });
		this.registerView(QUIZ_VIEW_TYPE, (leaf) => new QuizView(leaf, quiz, (paths) => void launcher.startOn(paths, "Drill: weakest questions")));
		followVaultInQuiz(this, this.app, this.index, quiz);
		return launcher;
	}

	private registerSearch(launcher: QuizLauncher): QuestionSearch {
		const { search } = this.addChild(new SearchIndexer(this.app.vault, this.index));
		const open = (path: string, newTab: boolean) => void this.app.workspace.openLinkText(path, "", newTab);
		const quiz = (paths: string[], label: string) => void launcher.startOn(paths, label);
		this.addCommand({ id: "find-question", name: "Find question", callback: () => new FindQuestionModal(this.app, search, open, quiz).open() });
		return search;
	}

	/** The blocks in notes, the conversion command and the question browser. */
	private registerViews(launcher: QuizLauncher, search: QuestionSearch): void {
		registerNativeBlock(this, this.index);
		registerDataviewBlock(this, this.index);
		registerConvertCommands(this, this.index, this.notes);
		this.registerView(BROWSER_VIEW_TYPE, (leaf) => new QuestionBrowserView(leaf, {
			index: this.index,
			matching: (text) => search.matchingPaths(text),
			links: workspaceLinks(this.app, "", leaf.view.containerEl),
			quiz: (paths, label) => void launcher.startOn(paths, label),
			hold: (path, title, action) => void runHold({ hold: this.hold }, path, title, action),
		}));
		const openBrowser = () => void revealView(this.app.workspace, BROWSER_VIEW_TYPE, "tab");
		this.addRibbonIcon("list-checks", "Open question browser", openBrowser);
		this.addCommand({ id: "open-question-browser", name: "Open question browser", callback: openBrowser });
	}

	private registerDashboard(reviewLog: ReviewLogStore, launcher: QuizLauncher): void {
		this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, {
			index: this.index,
			settings: () => this.settings,
			readLog: () => reviewLog.readAll(),
			isLogPath: (path) => reviewLog.isLogPath(path),
			readStudyGuide: () => readStudyGuide(this.app, this.settings.scheduling),
			actions: {
				drillSubtopic: (subtopic) => launcher.setUp(subtopicScope(this.index, subtopic)),
				quizStudyPath: (mocPath, pathName) => {
					const moc = this.index.moc(mocPath);
					const path = moc?.studyPaths.find((candidate) => candidate.name === pathName);
					if (moc && path) launcher.setUp(studyPathScope(this.index, moc, path), "moc-order");
				},
				openQuestion: (path, split) => openBeside(this.app.workspace, path, split),
				quizPlanToday: (paths) => void launcher.startOn(paths, "Today's plan: new questions"),
				startToday: () => launcher.setUp(dueScope(this.index)),
			},
		}));
		const openDashboard = () => void revealView(this.app.workspace, DASHBOARD_VIEW_TYPE, "right");
		this.addRibbonIcon("gauge", "Open interview dashboard", openDashboard);
		this.addCommand({ id: "open-dashboard", name: "Open dashboard", callback: openDashboard });
	}

	private async loadSettings(): Promise<void> {
		const { settings, message } = await new SettingsStore(this).load(new Date());
		this.settings = settings;
		if (message) new Notice(message, 0);
	}
}
