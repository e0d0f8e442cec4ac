/** Imports old notes (files and folders) into a notes folder: names first so that links between them resolve, never over a different note without `force`, one note per arXiv paper. */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkNote, type Problem } from '../lib/validate-notes.ts';
import { convertOldNote } from './convert.ts';
import type { ImportReport } from './source.ts';

export interface ImportOptions {
	/** The notes folder to write to. */
	out: string;
	/** Overwrite an existing note that differs. */
	force?: boolean;
}

export interface ImportResult {
	/** The source file, relative to the working directory. */
	source: string;
	/** The note written (or that would have been), relative to the working directory. */
	output?: string;
	status: 'written' | 'overwritten' | 'unchanged' | 'refused' | 'failed';
	/** Why a note was refused or failed. */
	reason?: string;
	reports: ImportReport[];
	/** What the note still lacks for `check:notes`: it is written anyway, to be completed. */
	incomplete: Problem[];
}

const display = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/') || '.';

/** The Markdown files named, and those under the folders named (sorted, no dot folders). */
async function sourceFiles(inputs: string[]): Promise<{ files: string[]; failed: ImportResult[] }> {
	const files: string[] = [];
	const failed: ImportResult[] = [];
	for (const input of inputs) {
		const absolute = path.resolve(input);
		const info = await stat(absolute).catch(() => undefined);
		if (!info) failed.push({ source: input, status: 'failed', reason: 'no such file or folder', reports: [], incomplete: [] });
		else if (info.isFile()) files.push(absolute);
		else {
			const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
			files.push(
				...entries
					.filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
					.map((entry) => path.join(entry.parentPath, entry.name))
					.filter((file) => !path.relative(absolute, file).split(path.sep).some((part) => part.startsWith('.')))
					.sort(),
			);
		}
	}
	return { files: [...new Set(files)], failed };
}

/** arXiv id → note file, for the notes already in `dir`. */
async function notedPapers(dir: string): Promise<Map<string, string>> {
	const papers = new Map<string, string>();
	const names = await readdir(dir).catch(() => [] as string[]);
	for (const name of names.filter((n) => /\.mdx?$/.test(n)).sort()) {
		const file = path.join(dir, name);
		const { arxivId } = checkNote(display(file), await readFile(file, 'utf8'));
		if (arxivId && !papers.has(arxivId)) papers.set(arxivId, file);
	}
	return papers;
}

export async function importNotes(inputs: string[], options: ImportOptions): Promise<ImportResult[]> {
	const { files, failed } = await sourceFiles(inputs);
	const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
	const convert = (index: number, notes?: Map<string, string>) =>
		convertOldNote(texts[index]!, { file: display(files[index]!), absolutePath: files[index]!, notes });
	// First the names, so that a link from one imported note to another points to its page.
	const slugs = new Map(files.map((file, index) => [file, convert(index).slug]));
	const papers = await notedPapers(options.out);
	const taken = new Map<string, string>();
	await mkdir(options.out, { recursive: true });

	const results: ImportResult[] = [...failed];
	for (const [index, file] of files.entries()) {
		const note = convert(index, slugs);
		const target = path.join(path.resolve(options.out), `${note.slug}.md`);
		const result: ImportResult = { source: display(file), output: display(target), status: 'written', reports: note.reports, incomplete: [] };
		results.push(result);
		const checked = checkNote(display(target), note.text);
		const sameName = taken.get(target);
		const samePaper = checked.arxivId ? papers.get(checked.arxivId) : undefined;
		if (sameName) {
			Object.assign(result, { status: 'refused', reason: `${sameName} was imported to the same file; give one of them a distinct short name` });
			continue;
		}
		if (samePaper && path.resolve(samePaper) !== target) {
			Object.assign(result, { status: 'refused', reason: `same arXiv paper (${checked.arxivId}) as ${display(samePaper)}: one note per paper` });
			continue;
		}
		taken.set(target, result.source);
		if (checked.arxivId) papers.set(checked.arxivId, target);
		const existing = await readFile(target, 'utf8').catch(() => undefined);
		if (existing === note.text) result.status = 'unchanged';
		else if (existing !== undefined && !options.force) {
			Object.assign(result, { status: 'refused', reason: `${result.output} exists and differs: not overwritten (--force to overwrite it)` });
			continue;
		} else {
			await writeFile(target, note.text);
			if (existing !== undefined) result.status = 'overwritten';
		}
		result.incomplete = checked.problems;
	}
	return results;
}
