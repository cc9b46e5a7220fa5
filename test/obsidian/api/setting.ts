import type * as O from "../../../node_modules/obsidian/obsidian";
import { setIcon, setTooltip } from "./functions";
import { trackResult } from "./lifecycle";

// ---------------------------------------------------------------------------------------------
// Setting and its components

export abstract class BaseComponent implements O.BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent implements O.ValueComponent<T> {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined && value !== this.getValue()) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export abstract class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement>
	extends ValueComponent<string>
	implements O.AbstractTextComponent<T>
{
	inputEl: T;
	#onChange: ((value: string) => unknown) | undefined;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	/** Like Obsidian, setting the value from code does not call onChange. */
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		if (this.#onChange) trackResult(this.#onChange(this.getValue()));
	}

	onChange(callback: (value: string) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements O.TextComponent {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: false } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements O.TextAreaComponent {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> implements O.ToggleComponent {
	toggleEl: HTMLElement;
	#inputEl: HTMLInputElement;
	#on = false;
	#onChange: ((value: boolean) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this.#inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.onClick();
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this.#inputEl.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this.#on;
	}

	/** Obsidian's toggle calls onChange from setValue too, when the value really changes. */
	setValue(on: boolean): this {
		const changed = on !== this.#on;
		this.#on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this.#inputEl.checked = on;
		if (changed && this.#onChange) trackResult(this.#onChange(on));
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.setValue(!this.#on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> implements O.DropdownComponent {
	selectEl: HTMLSelectElement;
	#onChange: ((value: string) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => {
			if (this.#onChange) trackResult(this.#onChange(this.getValue()));
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> implements O.SliderComponent {
	sliderEl: HTMLInputElement;
	#instant = false;
	#onChange: ((value: number) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		const changed = (): void => {
			if (this.#onChange) trackResult(this.#onChange(this.getValue()));
		};
		this.sliderEl.addEventListener("input", () => {
			if (this.#instant) changed();
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this.#instant) changed();
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}

	setInstant(instant: boolean): this {
		this.#instant = instant;
		return this;
	}

	setLimits(min: number, max: number, step: number | "any"): this {
		this.sliderEl.min = String(min);
		this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return String(this.getValue());
	}

	setDynamicTooltip(): this {
		return this;
	}

	showTooltip(): void {}

	onChange(callback: (value: number) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

export class ButtonComponent extends BaseComponent implements O.ButtonComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: O.IconName): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) trackResult(callback(evt));
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent implements O.ExtraButtonComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv("clickable-icon extra-setting-button");
		setIcon(this.extraSettingsEl, "gear");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}

	setIcon(icon: O.IconName): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) trackResult(callback());
		});
		return this;
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> implements O.SearchComponent {
	clearButtonEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		const wrapper = containerEl.createDiv("search-input-container");
		super(wrapper.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: false } }));
		this.clearButtonEl = wrapper.createDiv({ cls: "search-input-clear-button" });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}

	override onChanged(): void {
		this.clearButtonEl.toggle(this.getValue() !== "");
		super.onChanged();
	}
}

/** The stub has no moment: the sample shows the format itself rather than a formatted date. */
export class MomentFormatComponent extends TextComponent implements O.MomentFormatComponent {
	sampleEl: HTMLElement;
	#defaultFormat = "";

	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.sampleEl = containerEl.createSpan("moment-format-sample");
	}

	setDefaultFormat(defaultFormat: string): this {
		this.#defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		this.updateSample();
		return this;
	}

	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}

	override setValue(value: string): this {
		super.setValue(value);
		this.updateSample();
		return this;
	}

	override onChanged(): void {
		this.updateSample();
		super.onChanged();
	}

	updateSample(): void {
		this.sampleEl.setText(this.getValue() || this.#defaultFormat);
	}
}

export class ColorComponent extends ValueComponent<string> implements O.ColorComponent {
	#inputEl: HTMLInputElement;
	#onChange: ((value: string) => unknown) | undefined;

	constructor(containerEl: HTMLElement) {
		super();
		this.#inputEl = containerEl.createEl("input", { type: "color" });
		this.#inputEl.addEventListener("change", () => {
			if (this.#onChange) trackResult(this.#onChange(this.getValue()));
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.#inputEl.disabled = disabled;
		return this;
	}

	getValue(): O.HexString {
		return this.#inputEl.value;
	}

	getValueRgb(): O.RGB {
		const hex = this.getValue().replace(/^#/, "");
		const channel = (at: number): number => parseInt(hex.slice(at, at + 2), 16) || 0;
		return { r: channel(0), g: channel(2), b: channel(4) };
	}

	getValueHsl(): O.HSL {
		return rgbToHsl(this.getValueRgb());
	}

	setValue(value: O.HexString): this {
		this.#inputEl.value = value;
		return this;
	}

	setValueRgb({ r, g, b }: O.RGB): this {
		const hex = (channel: number): string => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, "0");
		return this.setValue(`#${hex(r)}${hex(g)}${hex(b)}`);
	}

	setValueHsl(hsl: O.HSL): this {
		return this.setValueRgb(hslToRgb(hsl));
	}

	onChange(callback: (value: string) => unknown): this {
		this.#onChange = callback;
		return this;
	}
}

/** h in degrees, s and l in 0..1, as Obsidian's HSL. */
function rgbToHsl({ r, g, b }: O.RGB): O.HSL {
	const [red, green, blue] = [r / 255, g / 255, b / 255];
	const max = Math.max(red, green, blue);
	const min = Math.min(red, green, blue);
	const l = (max + min) / 2;
	const d = max - min;
	if (d === 0) return { h: 0, s: 0, l };
	const s = d / (1 - Math.abs(2 * l - 1));
	const h = max === red ? ((green - blue) / d) % 6 : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
	return { h: (h * 60 + 360) % 360, s, l };
}

function hslToRgb({ h, s, l }: O.HSL): O.RGB {
	const c = (1 - Math.abs(2 * l - 1)) * s;
	const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
	const m = l - c / 2;
	const sector = Math.floor((((h % 360) + 360) % 360) / 60);
	const sectors: [number, number, number][] = [
		[c, x, 0],
		[x, c, 0],
		[0, c, x],
		[0, x, c],
		[x, 0, c],
		[c, 0, x],
	];
	const [r, g, b] = sectors[sector] ?? [0, 0, 0];
	return { r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 };
}

export class ProgressBarComponent extends ValueComponent<number> implements O.ProgressBarComponent {
	#lineEl: HTMLElement;
	#value = 0;

	constructor(containerEl: HTMLElement) {
		super();
		this.#lineEl = containerEl.createDiv("setting-progress-bar").createDiv("setting-progress-bar-inner");
	}

	getValue(): number {
		return this.#value;
	}

	setValue(value: number): this {
		this.#value = value;
		this.#lineEl.setCssProps({ width: `${value}%` });
		return this;
	}
}

export class Setting implements O.Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: O.BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.#add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.#add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.#add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.#add(new TextComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.#add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.#add(new DropdownComponent(this.controlEl), cb);
	}

	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.#add(new SliderComponent(this.controlEl), cb);
	}

	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.#add(new SearchComponent(this.controlEl), cb);
	}

	addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this {
		return this.#add(new MomentFormatComponent(this.controlEl), cb);
	}

	addColorPicker(cb: (component: ColorComponent) => unknown): this {
		return this.#add(new ColorComponent(this.controlEl), cb);
	}

	addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
		return this.#add(new ProgressBarComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	#add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}
