import { readFileSync } from "fs";
import ts from "typescript";

/** Obsidian's calls that change a file's bytes, on the vault, its adapter or the file manager. */
const VAULT_WRITES = new Set(["process", "modify", "modifyBinary", "create", "createBinary", "append", "write", "writeBinary", "processFrontMatter"]);
const WRITE_OWNERS = /(^|\.)(vault|adapter|fileManager)$/;
/** Node's calls that write, rename or remove a file. */
const FS_WRITES = new Set(["writeFile", "writeFileSync", "appendFile", "appendFileSync", "renameSync", "rename", "rmSync", "unlinkSync", "unlink", "copyFileSync", "createWriteStream", "truncateSync"]);

/** Where in a module a call writes a file: the call's text and its line, read with TypeScript's own parser. */
export function fileWrites(path: string, text = readFileSync(path, "utf8")): { call: string; line: number }[] {
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2021, true);
	const found: { call: string; line: number }[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node) && writes(node.expression)) {
			found.push({ call: node.expression.getText(source), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

function writes(callee: ts.Expression): boolean {
	if (ts.isIdentifier(callee)) return FS_WRITES.has(callee.text);
	if (!ts.isPropertyAccessExpression(callee)) return false;
	const name = callee.name.text;
	const owner = callee.expression.getText();
	if (VAULT_WRITES.has(name) && WRITE_OWNERS.test(owner)) return true;
	return FS_WRITES.has(name) && /(^|\.)(fs|promises|fsPromises)$/.test(owner);
}
