import type { FrontmatterPatch } from "./frontmatterPatch";

/**
 * The properties of a write that no longer hold what it wrote, as "key: written → now". Undo
 * puts old values back only over its own: after a sync brought another device's newer grade,
 * restoring this device's older one would lose that grade.
 */
export function changedSinceWrite(written: FrontmatterPatch, properties: Readonly<Record<string, unknown>>): string[] {
	return Object.entries(written).flatMap(([key, value]) => {
		const now = properties[key];
		const same = value === null ? now === undefined || now === null : JSON.stringify(now) === JSON.stringify(value);
		return same ? [] : [`${key}: ${shown(value)} → ${shown(now)}`];
	});
}

function shown(value: unknown): string {
	return value === undefined || value === null ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);
}
