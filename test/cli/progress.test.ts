import { describe, expect, it } from "vitest";
import { progressLine } from "../../src/cli/progress";

function terminal(isTTY: boolean) {
	const written: string[] = [];
	return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe("the CLI's progress line", () => {
	it("stays silent during the first second, then shows the count on one line, and clears it at the end", () => {
		const { stream, written } = terminal(true);
		let clock = 0;
		const progress = progressLine("reading notes", stream, () => clock);
		progress.step(1, 3);
		clock = 1500;
		progress.step(2, 3);
		clock = 1550;
		progress.step(3, 3);
		progress.finish();
		expect(written).toEqual(["\rreading notes 2/3", "\rreading notes 3/3", "\r\u001b[K"]);
	});

	it("never writes into a pipe or a file, however long the run", () => {
		const { stream, written } = terminal(false);
		let clock = 0;
		const progress = progressLine("reading notes", stream, () => clock);
		clock = 5000;
		progress.step(1, 2);
		progress.finish();
		expect(written).toEqual([]);
	});

	it("redraws at most ten times a second", () => {
		const { stream, written } = terminal(true);
		let clock = 2000;
		const progress = progressLine("reading notes", stream, () => clock);
		clock = 3000;
		for (let done = 1; done < 100; done++) progress.step(done, 1000);
		expect(written).toEqual(["\rreading notes 1/1000"]);
	});
});
