import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkNote, formatProblem, validateNotes } from '../../src/lib/validate-notes.ts';
import { checkNotesIntegration } from '../../src/integrations/check-notes.ts';
import { noteIndexFrom } from '../../src/markdown/note-index.ts';

const fixtures = 'tests/fixtures/check-notes';
const valid = `${fixtures}/valid`;
const broken = `${fixtures}/broken`;

// Every problem of the broken folder, in file order, each file's by line.
const brokenLines = [
	`${broken}/02-typos.md:1: title: required`,
	`${broken}/02-typos.md:2: titel: unknown field (allowed: title, short, authors, links, date, venue, tags); did you mean "title"?`,
	`${broken}/02-typos.md:3: authors: must be a list of authors (got "Changli Tang")`,
	`${broken}/02-typos.md:5: links.githbu: unknown link kind "githbu" (allowed: arxiv, pdf, publication, code, demo, dataset, project); did you mean "code"?`,
	`${broken}/02-typos.md:6: links.pdf: must be an http(s) URL, e.g. "https://…" (got "javascript:alert(1)")`,
	`${broken}/02-typos.md:7: date: "2024-02-30" is not a real calendar date`,
	`${broken}/02-typos.md:8: tags.0: "Speech LLM" is not kebab-case (lowercase words joined by "-", e.g. "speech-llm")`,
	`${broken}/03-yaml-error.md:4: frontmatter: YAML syntax error: bad indentation of a mapping entry`,
	`${broken}/04-no-frontmatter.md:1: frontmatter: missing: a note must start with a "---" block giving at least title, authors and links`,
	`${broken}/05-duplicate.md:6: links.arxiv: same arXiv paper (2310.13289) as ${broken}/01-first.md: one note per paper`,
	`${broken}/06-missing.md:1: title: required`,
	`${broken}/06-missing.md:1: authors: required`,
	`${broken}/06-missing.md:1: links: required`,
];

/** Runs the CLI the way `npm run check:notes` does, under this same Node. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
	const script = path.resolve('scripts/check-notes.ts');
	const result = spawnSync(process.execPath, [script, ...args], {
		cwd: options.cwd ?? process.cwd(),
		encoding: 'utf8',
		// Unset when the tests themselves run on GitHub Actions, so that only the test that asks sees annotations.
		env: { ...process.env, GITHUB_ACTIONS: '', ...options.env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));
/** A throwaway project root whose `notes/` is a copy of `from`. */
async function projectWith(from: string): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), 'check-notes-'));
	temporary.push(root);
	await cp(from, path.join(root, 'notes'), { recursive: true });
	return root;
}

describe('validateNotes', () => {
	it('passes the valid folder: nested, .mdx, plain-string and mapping authors, CRLF + BOM + Chinese title; skips dot folders', async () => {
		const { files, problems, notes } = await validateNotes(valid);
		expect({ files, problems }).toEqual({ files: 4, problems: [] });
		// What the index of linkable notes is made from (the build's, handed to the Markdown renderer): every note and its arXiv id.
		expect(noteIndexFrom(valid, notes)).toEqual({
			dir: path.resolve(valid),
			ids: new Set(['crlf-bom-chinese', 'salmonn', 'speech/month-only', 'speech/whisper']),
			byArxiv: new Map([
				['2310.13289', 'salmonn'],
				['2212.04356', 'speech/whisper'],
			]),
		});
	});

	it('the CRLF + BOM fixture really has both (git must not normalise it)', async () => {
		const bytes = await readFile(`${valid}/crlf-bom-chinese.md`);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('---\r\ntitle: 语音大模型：一个中文标题\r\n');
	});

	it('reports every problem of every file of the broken folder at once', async () => {
		const { files, problems } = await validateNotes(broken);
		expect(files).toBe(6);
		expect(problems.map(formatProblem)).toEqual(brokenLines);
		expect(problems[0]).toEqual({ file: `${broken}/02-typos.md`, line: 1, field: 'title', message: 'required' });
	});
});

describe('checkNote', () => {
	const note = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;
	const lines = (source: string) => checkNote('x.md', source).problems.map(formatProblem);
	const good = 'title: T\nauthors: [A]\nlinks:\n  pdf: https://example.org/a.pdf';

	it('accepts a plain note, and finds its arXiv id', () => {
		const checked = checkNote('x.md', note(`${good}\n  arxiv: https://arxiv.org/abs/2310.13289v2`));
		expect(checked.problems).toEqual([]);
		expect(checked.arxivId).toBe('2310.13289');
	});

	it('checks an unquoted date as written, not as the rolled-over Date js-yaml makes of it', () => {
		expect(lines(note(`${good}\ndate: 2023-02-29`))).toEqual(['x.md:6: date: "2023-02-29" is not a real calendar date']);
		expect(lines(note(`${good}\ndate: 2024-13-01`))).toEqual(['x.md:6: date: "2024-13-01" is not a real calendar date']);
		expect(lines(note(`${good}\ndate: 2024-02-29`))).toEqual([]);
		expect(lines(note(`${good}\ndate: 2024-05-01T10:00:00Z`))).toEqual([]);
	});

	it('points at the line of the field, in nested mappings and lists too', () => {
		const source = note('title: T\nauthors:\n  - Ada\n  - name: Bo\n    affil: X\nlinks:\n  pdf: https://example.org/a.pdf\n  code: not a url');
		expect(lines(source)).toEqual([
			'x.md:6: authors.1.affil: unknown field (allowed: name, affiliation)',
			'x.md:9: links.code: must be an http(s) URL, e.g. "https://…" (got "not a url")',
		]);
		expect(lines(note('title: T\nauthors: [A, {name: ""}]\nlinks: {pdf: "ftp://x"}'))).toEqual([
			'x.md:3: authors.1.name: must not be empty',
			'x.md:4: links.pdf: must be an http(s) URL, e.g. "https://…" (got "ftp://x")',
		]);
	});

	it('counts lines from the opening --- after leading blank lines, BOM and CRLF', () => {
		expect(lines(`\uFEFF\r\n\r\n---\r\ntitle: T\r\nauthors: [A]\r\nlinks: {}\r\n---\r\n`)).toEqual([
			'x.md:6: links: must have at least one link (arxiv, pdf, publication, code, demo, dataset, project)',
		]);
		expect(lines('\n\n---\ntitle: T\n  bad: [\n---\n')).toEqual(['x.md:5: frontmatter: YAML syntax error: bad indentation of a mapping entry']);
	});

	it('reports YAML errors js-yaml finds, such as a repeated key', () => {
		expect(lines(note('title: T\ntitle: U'))).toEqual(['x.md:3: frontmatter: YAML syntax error: duplicated mapping key']);
	});

	it('reports a missing, an unclosed, an empty and a non-mapping frontmatter', () => {
		expect(lines('# Title\n')).toEqual(['x.md:1: frontmatter: missing: a note must start with a "---" block giving at least title, authors and links']);
		expect(lines('---\ntitle: T\n')).toEqual(['x.md:1: frontmatter: not closed: end the block with a line "---"']);
		expect(lines('---\n---\n')).toEqual(['x.md:1: title: required', 'x.md:1: authors: required', 'x.md:1: links: required']);
		expect(lines(note('- title\n- authors'))).toEqual([
			'x.md:1: frontmatter: must be a mapping of fields (title, short, authors, links, date, venue, tags) (got a list)',
		]);
	});
});

describe('scripts/check-notes.ts', () => {
	it('runs under a Node that strips types', () => {
		expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
	});

	it('valid folder: counts the notes and exits 0', () => {
		expect(cli([valid])).toEqual({ status: 0, stdout: '✓ 4 notes valid\n', stderr: '' });
	});

	it('broken folder: every problem, one line each, then a summary; exits 1', () => {
		const run = cli([broken]);
		expect(run.status).toBe(1);
		expect(run.stdout.split('\n')).toEqual([...brokenLines, '✗ 13 problems in 5 of 6 notes', '']);
	});

	it('adds GitHub annotations on GitHub Actions', () => {
		const run = cli([broken], { env: { GITHUB_ACTIONS: 'true' } });
		expect(run.status).toBe(1);
		const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
		expect(annotations).toHaveLength(brokenLines.length);
		expect(annotations).toContain(
			`::error file=${broken}/02-typos.md,line=5,title=note frontmatter%3A links.githbu::links.githbu: unknown link kind "githbu" (allowed: arxiv, pdf, publication, code, demo, dataset, project); did you mean "code"?`,
		);
		expect(annotations).toContain(
			`::error file=${broken}/03-yaml-error.md,line=4,title=note frontmatter%3A frontmatter::frontmatter: YAML syntax error: bad indentation of a mapping entry`,
		);
	});

	it('checks notes/ of the working directory by default', async () => {
		const root = await projectWith(valid);
		expect(cli([], { cwd: root })).toMatchObject({ status: 0, stdout: '✓ 4 notes valid\n' });
	});

	it('says so when the folder does not exist', () => {
		const run = cli([`${fixtures}/no-such-folder`]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^check-notes: cannot read tests\/fixtures\/check-notes\/no-such-folder: ENOENT/);
	});
});

describe('checkNotesIntegration', () => {
	const setup = async (root: string) => {
		const hook = checkNotesIntegration().hooks['astro:config:setup']!;
		const logger = { info: vi.fn() };
		// Only the parts of the hook's options it uses.
		await hook({ config: { root: pathToFileURL(`${root}/`) }, logger } as unknown as Parameters<typeof hook>[0]);
		return logger;
	};

	it('lets a valid site through', async () => {
		const logger = await setup(await projectWith(valid));
		expect(logger.info).toHaveBeenCalledWith('✓ 4 notes valid');
	});

	it('fails the build with the same lines as the CLI', async () => {
		const root = await projectWith(broken);
		const error = await setup(root).then(
			() => undefined,
			(e: Error) => e,
		);
		// Files are named relative to the working directory, wherever the project is.
		const notes = path.relative(process.cwd(), path.join(root, 'notes')).split(path.sep).join('/');
		expect(error?.message.split('\n')).toEqual(['✗ 13 problems in 5 of 6 notes:', ...brokenLines.map((line) => line.replaceAll(broken, notes))]);
	});
});

describe('.mdx notes, unreadable files and files that clash', () => {
	const frontmatter = '---\ntitle: T\nauthors: [A]\nlinks:\n  pdf: https://example.org/a.pdf\n---\n';
	/** A throwaway project whose notes/ holds `files`; returns the problems as the CLI prints them, paths from notes/. */
	async function problemsOf(files: Record<string, string | Uint8Array>): Promise<string[]> {
		const root = await mkdtemp(path.join(tmpdir(), 'check-notes-'));
		temporary.push(root);
		for (const [name, content] of Object.entries(files)) {
			await mkdir(path.dirname(path.join(root, 'notes', name)), { recursive: true });
			await writeFile(path.join(root, 'notes', name), content);
		}
		const notes = path.relative(process.cwd(), path.join(root, 'notes')).split(path.sep).join('/');
		const { problems } = await validateNotes(path.join(root, 'notes'), root);
		return problems.map(formatProblem).map((line) => line.replaceAll(notes, 'notes'));
	}

	it('refuses an .mdx note the allowlist does not name', async () => {
		expect(await problemsOf({ 'a.mdx': `${frontmatter}Hi {1 + 1}\n` })).toEqual([
			'notes/a.mdx:1: file: .mdx notes run code at build time: write the note as .md, or ask a maintainer to list it in notes/mdx-allowlist.txt',
		]);
	});

	it('lets a listed .mdx note import from src/components/ only, by relative or root path', async () => {
		const body = [
			"import Figure from '../../src/components/Figure.astro';",
			"import Other from '/src/components/deep/Other.astro';",
			"import fs from 'node:fs';",
			"import Layout from '../../src/layouts/Base.astro';",
			"export { x } from '../../src/components/../lib/notes.ts';",
			'',
			"{await import('../../src/components/Lazy.astro')} and {import(name)} and {import('child_process')}",
		].join('\n');
		expect(await problemsOf({ 'mdx-allowlist.txt': '# reviewed\nspeech/b.mdx\n', 'speech/b.mdx': `${frontmatter}${body}\n` })).toEqual([
			'notes/speech/b.mdx:9: file: import from "node:fs": an MDX note may import only from src/components/',
			'notes/speech/b.mdx:10: file: import from "../../src/layouts/Base.astro": an MDX note may import only from src/components/',
			'notes/speech/b.mdx:11: file: import from "../../src/components/../lib/notes.ts": an MDX note may import only from src/components/',
			'notes/speech/b.mdx:13: file: import() of a computed module: an MDX note may import only from src/components/',
			'notes/speech/b.mdx:13: file: import from "child_process": an MDX note may import only from src/components/',
		]);
	});

	it('reports an MDX syntax error with its line, and an allowlist entry that names no .mdx note', async () => {
		expect(await problemsOf({ 'mdx-allowlist.txt': 'c.mdx\n\nmissing.mdx  # gone\nplain.md\n', 'c.mdx': `${frontmatter}\nText {unclosed\n`, 'plain.md': `${frontmatter}Text\n` })).toEqual([
			'notes/c.mdx:8: file: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
			'notes/mdx-allowlist.txt:3: file: lists "missing.mdx", which is not an .mdx note in this folder',
			'notes/mdx-allowlist.txt:4: file: lists "plain.md", which is not an .mdx note in this folder',
		]);
	});

	it('makes the build fail on an unlisted .mdx note', async () => {
		const root = await mkdtemp(path.join(tmpdir(), 'check-notes-'));
		temporary.push(root);
		await mkdir(path.join(root, 'notes'));
		await writeFile(path.join(root, 'notes', 'x.mdx'), `${frontmatter}Body\n`);
		const hook = checkNotesIntegration().hooks['astro:config:setup']!;
		const run = hook({ config: { root: pathToFileURL(`${root}/`) }, logger: { info: vi.fn() } } as unknown as Parameters<typeof hook>[0]);
		await expect(run).rejects.toThrow(/x\.mdx:1: file: \.mdx notes run code at build time/);
	});

	it('reports two files that would be one page (a folder\'s index.md beside a file of its name, names differing in case)', async () => {
		const note = (arxiv: string) => `---\ntitle: T\nauthors: [A]\nlinks:\n  arxiv: https://arxiv.org/abs/${arxiv}\n---\n`;
		const files = { 'speech.md': note('2401.00001'), 'speech/index.md': note('2401.00002'), 'tts/Kite.md': note('2401.00003'), 'tts/kite.md': note('2401.00004') };
		expect(await problemsOf(files)).toEqual([
			'notes/speech/index.md:1: file: same page (/notes/speech/) as notes/speech.md, and one would be lost: rename one of the two files',
			'notes/tts/kite.md:1: file: same page (/notes/tts/kite/) as notes/tts/Kite.md, and one would be lost: rename one of the two files',
		]);
	});

	it('reports bytes that are not UTF-8 with their line, and an empty file', async () => {
		const latin1 = Buffer.concat([Buffer.from(`${frontmatter}\nCaf`), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
		const utf16 = Buffer.from(`\uFEFF${frontmatter}`, 'utf16le');
		expect(await problemsOf({ 'latin1.md': latin1, 'utf16.md': utf16, 'empty.md': '', 'blank.md': '\n  \n' })).toEqual([
			'notes/blank.md:1: file: empty: a note starts with a "---" block giving at least title, authors and links',
			'notes/empty.md:1: file: empty: a note starts with a "---" block giving at least title, authors and links',
			'notes/latin1.md:8: file: not valid UTF-8 (saved in another encoding?): save the file as UTF-8',
			'notes/utf16.md:1: file: not valid UTF-8 (saved in another encoding?): save the file as UTF-8',
		]);
	});
});
