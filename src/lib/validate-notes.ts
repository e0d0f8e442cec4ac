/** Checks the frontmatter of every note under a folder against the note schema, collecting every problem of every file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { formatIssues } from '../schema/error-map.ts';
import { arxivIdOf } from '../schema/links.ts';
import { noteSchema } from '../schema/note.ts';
import { checkMdxImports, MDX_ALLOWLIST, readMdxAllowlist } from './mdx-notes.ts';
import { noteText } from './note-text.ts';
import { noteIdOfPath } from './slug.ts';

export interface Problem {
	/** Path of the note relative to the working directory, with `/` separators. */
	file: string;
	/** 1-based line in the file, where the problem can be pinned to one. */
	line?: number;
	/** Dotted field path (`links.githbu`), or `frontmatter` for the block as a whole. */
	field: string;
	message: string;
}

/** `FILE:LINE: field: message` (or `FILE: field: message` without a line), one line. */
export function formatProblem(p: Problem): string {
	return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.field}: ${p.message}`;
}

/** The last line of a check: "✓ 5 notes valid" or "✗ 3 problems in 2 of 5 notes". */
export function summarize({ files, problems }: { files: number; problems: Problem[] }): string {
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	if (problems.length === 0) return `✓ ${plural(files, 'note')} valid`;
	const noted = new Set(problems.map((p) => p.file)).size;
	return `✗ ${plural(problems.length, 'problem')} in ${noted} of ${plural(files, 'note')}`;
}

/**
 * Validates every `**\/*.{md,mdx}` under `dir` (sorted): readable text, frontmatter, and for `.mdx`
 * the allowlist and imports (relative to `projectRoot`, where `src/components/` is); reports a paper noted twice,
 * and two files with one page.
 */
export async function validateNotes(
	dir: string,
	projectRoot = process.cwd(),
): Promise<{ files: number; problems: Problem[]; notes: { file: string; arxivId?: string }[] }> {
	const files = noteFiles(dir);
	const problems: Problem[] = [];
	// Each file read, with the arXiv id it gives: what the index of linkable notes is made of (note-index.ts).
	const notes: { file: string; arxivId?: string }[] = [];
	const seenArxiv = new Map<string, string>();
	// Two files Astro would give one id (`x.md` and `x/index.md`, `X.md` and `x.md`): one of them would be lost.
	const seenIds = new Map<string, string>();
	const mdxAllowed = await readMdxAllowlist(dir);
	const allowlistFile = displayPath(path.join(dir, MDX_ALLOWLIST));
	for (const absolute of files) {
		const file = displayPath(absolute);
		const id = noteIdOfPath(path.relative(dir, absolute));
		const sameId = seenIds.get(id);
		if (sameId === undefined) seenIds.set(id, file);
		else problems.push({ file, line: 1, field: 'file', message: `same page (/notes/${id}/) as ${sameId}, and one would be lost: rename one of the two files` });
		// Read synchronously: one note after another, a thread-pool round trip per read cost ten times the read.
		const read = noteText(readFileSync(absolute));
		if ('problem' in read) {
			problems.push({ file, ...read.problem });
			notes.push({ file: absolute });
			continue;
		}
		const checked = checkNote(file, read.text);
		notes.push({ file: absolute, arxivId: checked.arxivId });
		problems.push(...checked.problems);
		if (absolute.endsWith('.mdx')) {
			const listed = mdxAllowed.delete(path.relative(dir, absolute).split(path.sep).join('/'));
			if (listed) problems.push(...checkMdxImports(file, absolute, read.text, projectRoot));
			else problems.push({ file, line: 1, field: 'file', message: `.mdx notes run code at build time: write the note as .md, or ask a maintainer to list it in ${allowlistFile}` });
		}
		if (checked.arxivId === undefined) continue;
		const first = seenArxiv.get(checked.arxivId);
		if (first === undefined) seenArxiv.set(checked.arxivId, file);
		else {
			problems.push({
				file,
				line: checked.lineOf(['links', 'arxiv']),
				field: 'links.arxiv',
				message: `same arXiv paper (${checked.arxivId}) as ${first}: one note per paper`,
			});
		}
	}
	// What is left in the allowlist names no .mdx note: a stale entry would let a future file in unreviewed.
	for (const [entry, line] of mdxAllowed) {
		problems.push({ file: allowlistFile, line, field: 'file', message: `lists "${entry}", which is not an .mdx note in this folder` });
	}
	return { files: files.length, problems, notes };
}

/** `file` relative to the working directory, with `/` separators: how problems and tools name a note. */
export const displayPath = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/');

/** The same files Astro's glob loader (tinyglobby, no dotfiles) reads for `**\/*.{md,mdx}`, sorted. */
export function noteFiles(dir: string): string[] {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.filter((file) => !path.relative(dir, file).split(path.sep).some((part) => part.startsWith('.')))
		.sort();
}

type Path = readonly (string | number)[];

/** One note's problems, its arXiv id if it names one, and a way to find the line of a field. */
export function checkNote(file: string, source: string): { problems: Problem[]; arxivId?: string; lineOf: (path: Path) => number | undefined } {
	// Same opening as the frontmatter parser's: an optional BOM or blank lines, then `---` (or TOML's `+++`).
	const opening = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)/.exec(source);
	const openLine = opening ? lineAt(source, opening.index + opening[0].length) : 1;
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(source);
	} catch (error) {
		return { problems: [{ file, ...syntaxProblem(error, openLine) }], lineOf: () => undefined };
	}
	if (!opening || parsed.rawFrontmatter === '') {
		const message = opening
			? 'not closed: end the block with a line "---"'
			: 'missing: a note must start with a "---" block giving at least title, authors and links';
		return { problems: [{ file, line: openLine, field: 'frontmatter', message }], lineOf: () => undefined };
	}
	const raw = parsed.rawFrontmatter;
	// A second parse, only to know where each key sits (js-yaml, Astro's parser, gives values, not positions):
	// made when a problem needs its line, or a date its text as written.
	let doc: Document | undefined;
	const document = () => (doc ??= parseDocument(raw));
	const lineOf = (fieldPath: Path): number => {
		const offset = offsetOf(document(), fieldPath);
		return offset === undefined ? openLine : openLine + lineAt(raw, offset) - 1;
	};

	const data = withWrittenDate(parsed.frontmatter, document, raw);
	const result = noteSchema.safeParse(data);
	const problems = result.success
		? []
		: formatIssues(result.error, data).map(({ path: issuePath, field, message }) => ({ file, line: lineOf(issuePath), field, message }));
	problems.sort((a, b) => a.line - b.line); // stable: same-line problems keep the schema's order
	return { problems, arxivId: arxivIdOf(data), lineOf };
}

/**
 * js-yaml reads an unquoted `date: 2024-02-30` as a timestamp and silently rolls it over to March 1st;
 * hand the schema the text as written so that an impossible date is reported, not moved.
 */
function withWrittenDate(frontmatter: unknown, document: () => Document, raw: string): unknown {
	if (!frontmatter || typeof frontmatter !== 'object' || !((frontmatter as { date?: unknown }).date instanceof Date)) return frontmatter;
	const doc = document();
	const node = isMap(doc.contents) ? doc.contents.items.find((pair) => keyOf(pair.key) === 'date')?.value : undefined;
	const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
	const written = range ? raw.slice(range[0], range[1]).trim() : '';
	return /^\d{4}-\d\d?-\d\d?$/.test(written) ? { ...frontmatter, date: written } : frontmatter;
}

/** Offset in the raw frontmatter of the deepest node along `fieldPath` (a key, or a list item). */
function offsetOf(doc: Document, fieldPath: Path): number | undefined {
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const step of fieldPath) {
		if (isMap(node)) {
			const pair = node.items.find((item) => keyOf(item.key) === String(step));
			if (!pair) break;
			offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
			node = node.items[step];
			offset = (node as { range?: number[] }).range?.[0] ?? offset;
		} else break;
	}
	return offset;
}

function keyOf(key: unknown): string | undefined {
	const value = key && typeof key === 'object' && 'value' in key ? key.value : key;
	return value === undefined || value === null ? undefined : String(value);
}

/** 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** A frontmatter that does not parse: js-yaml's reason and line (its `mark.line` counts from the opening `---`). */
function syntaxProblem(error: unknown, openLine: number): Omit<Problem, 'file'> {
	const e = error as { name?: string; reason?: string; message?: string; mark?: { line?: number }; line?: number };
	if (e?.name === 'YAMLException') {
		const line = e.mark?.line === undefined ? openLine : openLine + e.mark.line;
		return { line, field: 'frontmatter', message: `YAML syntax error: ${e.reason ?? e.message}` };
	}
	// TOML (`+++`) errors carry a 1-based line of their own.
	const line = typeof e?.line === 'number' ? openLine + e.line - 1 : openLine;
	return { line, field: 'frontmatter', message: `cannot be parsed: ${String(e?.message ?? error).split('\n')[0]}` };
}
