import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replaceLine } from "../../../src/core/write/replaceLine";

describe("replacing one line", () => {
	it("changes that line and keeps every other byte, line endings included", () => {
		const text = "first\r\nsecond  \r\nthird\n\nlast";
		expect(replaceLine(text, 1, "second  ", "second Done  ")).toBe("first\r\nsecond Done  \r\nthird\n\nlast");
		expect(replaceLine(text, 4, "last", "last ✅")).toBe("first\r\nsecond  \r\nthird\n\nlast ✅");
	});

	it("refuses a line that changed since it was read, a line that is gone, and a replacement with a line break", () => {
		expect(() => replaceLine("a\nb\n", 1, "B", "x")).toThrow(/changed since it was read/);
		expect(() => replaceLine("a\nb", 5, "b", "x")).toThrow(/no line 6/);
		expect(() => replaceLine("a\nb", 1, "b", "x\ny")).toThrow(/line break/);
	});

	it("leaves everything before and after the line byte for byte equal, whatever the text", () => {
		fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", " ", "\t", "é", "-", "x") }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom("\n", "\r\n"), (lines, pick, eol) => {
			const text = lines.join(eol);
			const index = pick % lines.length;
			const current = (text.split("\n")[index] ?? "").replace(/\r$/, "");
			const after = replaceLine(text, index, current, `${current}!`);
			const before = text.split("\n");
			const changed = after.split("\n");
			expect(changed).toHaveLength(before.length);
			changed.forEach((line, i) => (i === index ? expect(line.replace(/\r$/, "")).toBe(`${current}!`) : expect(line).toBe(before[i])));
		}));
	});
});
