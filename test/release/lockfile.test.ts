import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";

interface LockEntry {
	optionalDependencies?: Record<string, string>;
	dependencies?: Record<string, string>;
}

/**
 * `npm ci` refuses a lock file that leaves out any optional dependency of a locked package, even a
 * platform build it would skip on this machine. `npm install` against a registry that lacks some of
 * those builds drops them silently, and CI then fails before a single test runs (it did, once, for
 * the FSRS optimizer's platform packages). This pins the lock to what every machine's `npm ci` needs.
 */
describe("package-lock.json", () => {
	const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };

	it("lists every optional dependency of every locked package, so npm ci accepts it on any platform", () => {
		const missing: string[] = [];
		for (const [path, entry] of Object.entries(lock.packages)) {
			if (path === "") continue;
			for (const name of Object.keys(entry.optionalDependencies ?? {})) {
				const nested = `${path}/node_modules/${name}`;
				if (!(nested in lock.packages) && !(`node_modules/${name}` in lock.packages)) missing.push(`${name} (of ${path})`);
			}
		}
		expect(missing).toEqual([]);
	});
});
