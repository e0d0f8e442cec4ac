import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseArxivFeed, type ArxivLookup } from '../../src/lib/arxiv.ts';
import { validateNotes } from '../../src/lib/validate-notes.ts';
import { newNote, ScaffoldError, shortFromTitle, type NewNoteRequest } from '../../src/scaffold/new-note.ts';

const salmonnXml = readFileSync('tests/fixtures/arxiv/2310.13289.xml', 'utf8');
const oldStyleXml = readFileSync('tests/fixtures/arxiv/cond-mat-0102536.xml', 'utf8');
const found = (xml: string, id: string) => async (): Promise<ArxivLookup> => ({ found: true, paper: parseArxivFeed(xml, id)! });
const offline = async (): Promise<ArxivLookup> => ({ found: false, reason: 'unreachable', message: 'could not reach the arXiv API (ENOTFOUND)' });

/** Every test's notes folder lives under one temporary folder, removed when the file's tests end. */
const scratch = mkdtempSync(path.join(tmpdir(), 'new-note-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const emptyDir = () => mkdtempSync(path.join(scratch, 'notes-'));

async function create(request: NewNoteRequest, lookUp: () => Promise<ArxivLookup> = offline, dir = emptyDir()) {
	const result = await newNote(request, { dir, lookUp });
	const text = readFileSync(result.file, 'utf8');
	return { dir, result, text, ...parseFrontmatter(text) };
}

/** Every note under `dir` passes the same check as `npm run check:notes`. */
async function expectValid(dir: string) {
	const { problems } = await validateNotes(dir);
	expect(problems).toEqual([]);
}

describe('npm run new, filled in from arXiv', () => {
	it('writes notes/<short>.md with title, authors, date, arXiv link and the abstract, then the empty sections', async () => {
		const { dir, result, text, frontmatter } = await create({ arxiv: '2310.13289' }, found(salmonnXml, '2310.13289'));
		expect(path.basename(result.file)).toBe('salmonn.md');
		expect(result).toMatchObject({ fromArxiv: true, offline: undefined, todo: ['tags'] });
		expect(frontmatter).toEqual({
			title: 'SALMONN: Towards Generic Hearing Abilities for Large Language Models',
			short: 'SALMONN',
			authors: ['Changli Tang', 'Wenyi Yu', 'Guangzhi Sun', 'Xianzhao Chen', 'Tian Tan', 'Wei Li', 'Lu Lu', 'Zejun Ma', 'Chao Zhang'],
			links: { arxiv: 'https://arxiv.org/abs/2310.13289' },
			date: new Date('2023-10-20'),
		});
		expect(text).toMatch(/\n---\n\n## Abstract: 摘要\n\n:::en\nHearing is arguably .* at https:\/\/github\.com\/bytedance\/SALMONN\.\n:::\n\n:::zh\n\n:::\n\n## Introduction: 引言\n/s);
		expect(text.match(/^## .*$/gm)).toEqual([
			'## Abstract: 摘要', '## Introduction: 引言', '## Related Works: 相关工作', '## Methodology: 方法', '## Experiments: 实验', '## Results: 结果', '## Conclusions: 结论',
		]);
		expect(text.endsWith('## Conclusions: 结论\n')).toBe(true);
		await expectValid(dir);
	});

	it('keeps affiliations, turns a DOI into the publication link, and names an old-style id without a short name by its title', async () => {
		const { dir, result, frontmatter, content } = await create({ arxiv: 'cond-mat/0102536v1' }, found(oldStyleXml, 'cond-mat/0102536'));
		expect(path.basename(result.file)).toBe('impact-of-electron-electron-cusp-on-configuration-interaction-energies.md');
		expect(frontmatter.authors).toEqual([
			{ name: 'David Prendergast', affiliation: 'Department of Physics' },
			{ name: 'M. Nolan', affiliation: 'NMRC, University College, Cork, Ireland; Tyndall Institute' },
			'J. C. Greer',
		]);
		expect(frontmatter.links).toEqual({ arxiv: 'https://arxiv.org/abs/cond-mat/0102536', publication: 'https://doi.org/10.1063/1.1383585' });
		expect(frontmatter.short).toBeUndefined();
		// Two paragraphs of abstract, math as written.
		expect(content).toContain('separation.\n\nThe exact many-electron wave function for this smooth effective interaction has no cusp at zero electron-electron separation, with energy $E < 0$.\n:::');
		await expectValid(dir);
	});

	it('lets --title, --short and --link override and add to what arXiv says', async () => {
		const { result, frontmatter } = await create(
			{ arxiv: 'https://arxiv.org/pdf/2310.13289v2.pdf', short: 'SALMONN-v2', title: 'My Title', links: ['code=https://github.com/bytedance/SALMONN', 'https://openreview.net/forum?id=14rn7HpKVk'] },
			found(salmonnXml, '2310.13289'),
		);
		expect(path.basename(result.file)).toBe('salmonn-v2.md');
		expect(frontmatter.title).toBe('My Title');
		expect(Object.entries(frontmatter.links)).toEqual([
			['arxiv', 'https://arxiv.org/abs/2310.13289'],
			['publication', 'https://openreview.net/forum?id=14rn7HpKVk'],
			['code', 'https://github.com/bytedance/SALMONN'],
		]);
	});
});

describe('npm run new, offline', () => {
	it('writes a skeleton that passes check:notes, with placeholders and the arXiv link, named after the id', async () => {
		const { dir, result, frontmatter, text } = await create({ arxiv: '2310.13289' });
		expect(path.basename(result.file)).toBe('arxiv-2310-13289.md');
		expect(result).toMatchObject({ fromArxiv: false, offline: 'could not reach the arXiv API (ENOTFOUND)', todo: ['title', 'authors', 'abstract', 'tags'] });
		expect(frontmatter).toEqual({
			title: 'TODO: title of arXiv 2310.13289',
			authors: ['TODO: authors'],
			links: { arxiv: 'https://arxiv.org/abs/2310.13289' },
		});
		expect(text).toContain('## Abstract: 摘要\n\n:::en\n\n:::\n\n:::zh\n\n:::\n\n## Introduction: 引言');
		await expectValid(dir);
	});

	it('uses --short for the file name when given', async () => {
		const { result } = await create({ arxiv: '2310.13289', short: 'SALMONN' });
		expect(path.basename(result.file)).toBe('salmonn.md');
	});

	it('writes a note for a paper not on arXiv from --title and --link, without asking arXiv', async () => {
		let asked = false;
		const { dir, result, frontmatter } = await create({ title: 'Whisper: Robust Speech Recognition via Large-Scale Weak Supervision', links: ['https://cdn.openai.com/papers/whisper.pdf'] }, async () => {
			asked = true;
			return offline();
		});
		expect(asked).toBe(false);
		expect(path.basename(result.file)).toBe('whisper.md');
		expect(frontmatter).toEqual({
			title: 'Whisper: Robust Speech Recognition via Large-Scale Weak Supervision',
			short: 'Whisper',
			authors: ['TODO: authors'],
			links: { publication: 'https://cdn.openai.com/papers/whisper.pdf' },
		});
		await expectValid(dir);
	});
});

describe('npm run new refuses', () => {
	const refuses = async (request: NewNoteRequest, message: RegExp, dir = emptyDir(), lookUp: () => Promise<ArxivLookup> = offline) => {
		const error = await newNote(request, { dir, lookUp }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ScaffoldError);
		expect((error as Error).message).toMatch(message);
		return dir;
	};

	it('a second note for the same arXiv paper, whatever version or abs/pdf form the existing note links', async () => {
		const dir = emptyDir();
		mkdirSync(path.join(dir, 'speech'));
		writeFileSync(path.join(dir, 'speech', 'hearing.md'), '---\ntitle: T\nauthors: [A]\nlinks:\n  arxiv: https://arxiv.org/pdf/2310.13289v1\n---\n');
		for (const arxiv of ['2310.13289', 'arXiv:2310.13289v2', 'https://arxiv.org/abs/2310.13289']) {
			await refuses({ arxiv }, /^.*speech\/hearing\.md is already the note of arXiv 2310\.13289: one note per paper/, dir);
		}
		await refuses({ title: 'Other', links: ['https://arxiv.org/abs/2310.13289v3'] }, /already the note of arXiv 2310\.13289/, dir);
		expect(readdirSync(dir)).toEqual(['speech']);
	});

	it('to overwrite an existing note of that name', async () => {
		const dir = emptyDir();
		writeFileSync(path.join(dir, 'salmonn.md'), 'not a note of arXiv 2310.13289');
		await refuses({ arxiv: '2310.13289' }, /salmonn\.md already exists .*--short NAME/, dir, found(salmonnXml, '2310.13289'));
		expect(readFileSync(path.join(dir, 'salmonn.md'), 'utf8')).toBe('not a note of arXiv 2310.13289');
	});

	it('an id arXiv says does not exist, writing nothing', async () => {
		const dir = await refuses({ arxiv: '2310.99999' }, /^arXiv has no paper 2310\.99999: check the id\.$/, emptyDir(), async () => ({
			found: false,
			reason: 'unknown',
			message: 'arXiv has no paper 2310.99999',
		}));
		expect(readdirSync(dir)).toEqual([]);
	});

	it('what is neither an arXiv id nor a link, a note without a link, mistyped links, and a name it cannot make a file of', async () => {
		await refuses({ arxiv: 'SALMONN' }, /"SALMONN" is not an arXiv id or arxiv\.org link/);
		await refuses({ title: 'A Paper' }, /needs a link to its paper/);
		await refuses({}, /Give an arXiv id or URL/);
		await refuses({ title: 'A Paper', links: ['githbu=https://github.com/x/y'] }, /unknown link kind "githbu"/);
		await refuses({ title: 'A Paper', links: ['code=github.com/x/y'] }, /links\.code: must be an http\(s\) URL/);
		await refuses({ title: 'A Paper', links: ['https://a.org/1', 'https://b.org/2'] }, /Two publication links/);
		await refuses({ arxiv: '2310.13289', links: ['https://arxiv.org/abs/2306.12925'] }, /names arXiv 2306\.12925, but the note is for arXiv 2310\.13289/);
		await refuses({ title: '语音大模型', links: ['https://a.org/1'] }, /Choose one with --short NAME/);
	});
});

describe('shortFromTitle', () => {
	it.each([
		['SALMONN: Towards Generic Hearing Abilities', 'SALMONN'],
		['AudioPaLM: A Large Language Model That Can Speak and Listen', 'AudioPaLM'],
		['VALL-E X: Speak Foreign Languages', undefined],
		['Spoken Question Answering and Speech Continuation', undefined],
		['Ratio 1:2 of things', undefined],
	])('%s → %s', (title, short) => {
		expect(shortFromTitle(title)).toBe(short);
	});
});

describe('scripts/new.ts (the CLI)', () => {
	// A stand-in for export.arxiv.org on loopback, answering with the recorded feed.
	let server: Server;
	let api: string;
	const requests: string[] = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			requests.push(req.url!);
			res.writeHead(200, { 'Content-Type': 'application/atom+xml; charset=utf-8' }).end(salmonnXml);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		api = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/query`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
		return new Promise((resolve) => {
			const child = spawn(process.execPath, ['scripts/new.ts', ...args], { env: { ...process.env, ...env } });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			child.stderr.on('data', (chunk) => (stderr += chunk));
			child.on('close', (status) => resolve({ status, stdout, stderr }));
		});
	}

	it('fills the note in from the API named by ARXIV_API_URL, prints its path, and refuses a second run', async () => {
		const dir = emptyDir();
		const first = await run(['https://arxiv.org/abs/2310.13289v2'], { NOTES_DIR: dir, ARXIV_API_URL: api });
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(requests).toEqual(['/api/query?id_list=2310.13289&max_results=1']);
		const file = path.relative(process.cwd(), path.join(dir, 'salmonn.md'));
		expect(first.stdout).toContain('Filled in title, authors, date and abstract from arXiv.');
		expect(first.stdout).toContain(`Created ${file}\n`);
		expect(readFileSync(file, 'utf8')).toContain('title: "SALMONN: Towards Generic Hearing Abilities for Large Language Models"');

		const again = await run(['2310.13289'], { NOTES_DIR: dir, ARXIV_API_URL: api });
		expect(again.status).toBe(1);
		expect(again.stderr).toBe(`${file} is already the note of arXiv 2310.13289: one note per paper, so edit that one.\n`);
		expect(requests).toHaveLength(1);
	});

	it('says when arXiv cannot be reached and still writes a valid skeleton', async () => {
		const dir = emptyDir();
		// A loopback port nothing listens on any more: the connection is refused, as when arXiv is out of reach.
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const { port } = closed.address() as { port: number };
		await new Promise((resolve) => closed.close(resolve));
		const result = await run(['2310.13289'], { NOTES_DIR: dir, ARXIV_API_URL: `http://127.0.0.1:${port}/api/query` });
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/arXiv could not fill in the note: could not reach the arXiv API \(ECONNREFUSED\)\. Wrote a skeleton to complete by hand\./);
		expect(result.stdout).toContain('Still to write: title, authors, abstract, tags');
		expect(readdirSync(dir)).toEqual(['arxiv-2310-13289.md']);
		await expectValid(dir);
	});

	it('prints the usage and fails without an id or a title', async () => {
		const result = await run([], { NOTES_DIR: emptyDir() });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Usage:\n  npm run new -- 2310.13289');
	});
});
