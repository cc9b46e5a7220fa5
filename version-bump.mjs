// Keeps manifest.json and versions.json in step with package.json's version
// (run by `npm version`, which has already bumped package.json).
import { readFileSync, writeFileSync } from "fs";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
	console.error("version-bump.mjs: run it through `npm version <patch|minor|major>`.");
	process.exit(1);
}

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
if (!Object.values(versions).includes(minAppVersion) || !(targetVersion in versions)) {
	versions[targetVersion] = minAppVersion;
}
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");
