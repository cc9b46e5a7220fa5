#!/usr/bin/env node
// The CLI is bundled to dist/cli.js by `npm run build` (also run by npm install's prepare step).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(bundle)) {
	console.error("interview-vault: the CLI is not built yet; run `npm run build` first.");
	process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
});
