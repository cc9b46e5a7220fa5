// Copies the built plugin into the demo vault, so test/fixtures/demo-vault opens in Obsidian
// as a ready vault with Interview Vault installed and enabled.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const target = join("test", "fixtures", "demo-vault", ".obsidian", "plugins", "interview-vault");
const files = ["main.js", "manifest.json", "styles.css"];

const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) {
	console.error(`install-demo: ${missing.join(", ")} missing; run \`npm run build\` first.`);
	process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const file of files) copyFileSync(file, join(target, file));
console.log(`Installed Interview Vault into ${target}\n`);
