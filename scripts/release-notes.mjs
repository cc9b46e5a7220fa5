// Prints the CHANGELOG.md section of one version (the release workflow's notes).
import { readFileSync } from "fs";

const version = process.argv[2];
const lines = readFileSync("CHANGELOG.md", "utf8").split("\n");
const start = lines.findIndex((line) => line.startsWith(`## ${version}`));
if (!version || start < 0) {
	console.error(`release-notes.mjs: CHANGELOG.md has no "## ${version ?? "<version>"}" section.`);
	process.exit(1);
}
const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
console.log(lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim());
