/** The rules for `.mdx` notes, which run code at build time: each must be listed in the notes folder's allowlist, and may import only from `src/components/`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from './validate-notes.ts';

/** The allowlist's name, in the notes folder. */
export const MDX_ALLOWLIST = 'mdx-allowlist.txt';

/**
 * The `.mdx` notes a maintainer has accepted, as paths relative to the notes folder, each with the
 * line that lists it. One path a line; blank lines and `#` comments are ignored. No file: no MDX.
 */
export async function readMdxAllowlist(notesDir: string): Promise<Map<string, number>> {
	let text: string;
	try {
		text = await readFile(path.join(notesDir, MDX_ALLOWLIST), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
		throw error;
	}
	const listed = new Map<string, number>();
	text.split(/\r?\n/).forEach((line, index) => {
		const entry = line.replace(/#.*/, '').trim();
		if (entry) listed.set(path.posix.normalize(entry.replace(/^\.\//, '')), index + 1);
	});
	return listed;
}

/** What a module specifier resolves to on disk, if it names a file (relative, or root-relative as Vite reads `/src/…`). */
function resolveSpecifier(specifier: string, noteFile: string, projectRoot: string): string | undefined {
	const bare = specifier.replace(/[?#].*$/, '');
	if (bare.startsWith('./') || bare.startsWith('../')) return path.resolve(path.dirname(noteFile), bare);
	if (bare.startsWith('/')) return path.join(projectRoot, bare);
	return undefined; // a package or a virtual module (`astro:content`)
}

interface Located {
	specifier?: string;
	line?: number;
}

/** Every `import … from`, `export … from` and `import()` in the note's code, with its line. */
function imports(tree: unknown): Located[] {
	const found: Located[] = [];
	const walk = (node: unknown) => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(walk);
		const n = node as { type?: string; source?: { value?: unknown } | null; loc?: { start: { line: number } }; position?: { start: { line: number } } };
		if (n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ImportExpression') {
			if (n.type === 'ImportExpression' || n.source) {
				const value = n.source?.value; // undefined for `import(someVariable)`
				found.push({ specifier: typeof value === 'string' ? value : undefined, line: n.loc?.start.line });
			}
		}
		for (const [key, value] of Object.entries(node)) if (key !== 'position' && key !== 'loc') walk(value);
	};
	walk(tree);
	return found;
}

/** Problems with one allowlisted `.mdx` note's code: a syntax error, or an import from outside `src/components/`. */
export function checkMdxImports(file: string, absoluteFile: string, source: string, projectRoot: string): Problem[] {
	const components = path.join(projectRoot, 'src', 'components');
	// Frontmatter blanked line for line, so positions are the file's own.
	const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
	let tree: unknown;
	try {
		tree = unified().use(remarkParse).use(remarkMdx).parse(content);
	} catch (error) {
		const e = error as { line?: number; reason?: string; message?: string };
		return [{ file, line: e.line ?? undefined, field: 'file', message: `MDX syntax error: ${e.reason ?? e.message}` }];
	}
	const problems: Problem[] = [];
	for (const { specifier, line } of imports(tree)) {
		const target = specifier === undefined ? undefined : resolveSpecifier(specifier, absoluteFile, projectRoot);
		const relative = target === undefined ? '..' : path.relative(components, target);
		if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) continue;
		const what = specifier === undefined ? 'import() of a computed module' : `import from "${specifier}"`;
		problems.push({ file, line, field: 'file', message: `${what}: an MDX note may import only from src/components/` });
	}
	return problems;
}
