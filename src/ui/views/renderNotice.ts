/** The one way a block says it cannot show anything: a visible message, never a blank block. */
export function renderNotice(container: HTMLElement, message: string, line?: number): void {
	container.empty();
	const box = container.createDiv({ cls: "interview-vault-notice", attr: { role: "alert" } });
	box.createSpan({ cls: "interview-vault-notice-title", text: "Interview Vault: " });
	box.appendText(line === undefined ? message : `line ${line}: ${message}`);
}
