import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNotes, type ImportResult } from '../../src/importer/batch.ts';
import { convertOldNote } from '../../src/importer/convert.ts';
import { formatReport } from '../../src/importer/source.ts';
import { formatProblem, validateNotes } from '../../src/lib/validate-notes.ts';

const variantsDir = 'tests/fixtures/import/variants';
/** The converted notes that are complete: a fixture site, which the e2e setup builds. */
const siteNotes = 'tests/fixtures/sites/imported/notes';
/** The converted notes the importer marks for completion (they would fail check:notes and the build). */
const incompleteNotes = 'tests/fixtures/import/incomplete';

interface Variant {
	variant: string;
	fixture: string;
	note: string;
	/** `line: message` of every report on the fixture. */
	reports?: string[];
	/** `line: field: message` of what check:notes says the written note still lacks. */
	incomplete?: string[];
}

// One fixture per variant of the older format listed in issue 4; each expected note is a file of its own.
const variants: Variant[] = [
	{
		variant: 'side-by-side <table>, quoted title, numbered authors with trailing commas, venue after a link, empty [Demo](), 文件 paths, a list in a cell',
		fixture: 'table-side-by-side',
		note: 'whisper',
		reports: ['20: 文件: [ArXiv] "_PDF/2212.04356v1__Whisper__Robust_Speech_Recognition_via_Large-Scale_Weak_Supervision.pdf" not imported: local files stay out of notes'],
	},
	{
		variant: 'table with extra rows, a one-cell row, an empty Chinese cell, a row on one line, stray closing tags',
		fixture: 'table-rows',
		note: 'hubert',
		reports: ['47: stray </td> left out', '55: stray </td> left out'],
	},
	{
		variant: 'malformed HTML: <table> closed by </details> (as in SALMONN), and a <table> never closed',
		fixture: 'table-closed-by-details',
		note: 'qwen-audio',
		reports: [
			'29: <table> closed by </details>: read as the end of the English text, the text after it as its Chinese translation',
			'36: <table> never closed: closed before the heading on line 44',
		],
	},
	{
		variant: '<details> 展开原文 then the Chinese text, untranslated English after it',
		fixture: 'details-expand',
		note: 'wav2vec-2-0',
		reports: ['18: 文件: [ArXiv] "../PDF/2006.11477v3__wav2vec_2.0.pdf" not imported: local files stay out of notes'],
	},
	{ variant: '<details> 原文 with the English in > quotes', fixture: 'details-quoted', note: 'tacotron-2' },
	{ variant: 'English in an HTML comment followed by the Chinese; a plain comment kept', fixture: 'comment-english', note: 'vall-e' },
	{
		variant: 'MkDocs admonitions: !!! Note, 4-space indent, --- between the languages; a title; one without indented text',
		fixture: 'admonition',
		note: 'soundstream',
		reports: [
			'36: MkDocs admonition title "Original" not kept (the site has no admonitions)',
			'52: MkDocs admonition "!!! tip" has no indented text: kept as written',
		],
	},
	{ variant: 'English only', fixture: 'english-only', note: 'encodec' },
	{
		variant: 'extra metadata keys (机构, 时间, 发表, 标签, 页数, 引用) and ? placeholders',
		fixture: 'metadata-extra-keys',
		note: 'cosyvoice',
		reports: [
			'20: 机构: "阿里巴巴通义实验室" not imported (write each author as "Name (Affiliation)")',
			'24: 标签: tag "语音合成" not imported: tags are kebab-case Latin words (e.g. "speech-llm")',
			'25: 页数: "20" not imported (the note format has no field for it)',
		],
	},
	{
		variant: 'metadata values: 发表 and 标签 (a list of #tags) mapped, a 时间 that is no date, 引用 reported, ? placeholders',
		fixture: 'metadata-values',
		note: 'echovc',
		reports: ['11: 时间: "2024年13月" not imported: not a date of the form YYYY-MM-DD or YYYY-MM', '16: 引用: "3" not imported (the note format has no field for it)'],
	},
	{ variant: 'authors as Name (中文名) and Name (Affiliation)', fixture: 'authors-chinese-names', note: 'tonetok' },
	{
		variant: 'authors as [Name](../Authors/X.md); unquoted title ending with a period',
		fixture: 'authors-links',
		note: 'moshi',
		reports: [
			'8: 作者: link of "Alexandre Défossez" not kept (../Authors/Alexandre_Défossez.md): the site links each author to its own author page',
			'9: 作者: link of "Laurent Mazaré" not kept (../Authors/Laurent_Mazaré.md): the site links each author to its own author page',
			'15: 作者: link of "Neil Zeghidour" not kept (../Authors/Neil_Zeghidour.md): the site links each author to its own author page',
		],
	},
	{ variant: 'authors all on one line; unquoted title', fixture: 'authors-one-line', note: 'speechgpt' },
	{
		variant: 'authors as a nested Markdown table; title in backticks',
		fixture: 'authors-table',
		note: 'conformer',
		reports: ['9: 作者: table column "主页" not imported (the note format has no field for it): https://example.org/~agulati'],
	},
	{
		variant: 'links: [Publication]() AAAI2025, bare labels, DOI and Scholar links',
		fixture: 'links-empty-with-venue',
		note: 'prosodyflow',
		reports: ['14: 链接: [Scholar](https://scholar.example.org/citations?paper=prosodyflow) not imported: no link kind for "Scholar" (arxiv, pdf, publication, code, demo, dataset, project)'],
	},
	{
		variant: 'links: #TODO InterSpeech2025, Windows paths, a HuggingFace link',
		fixture: 'links-todo-and-windows-paths',
		note: 'streamasr',
		reports: [
			'13: 链接: [PDF] "D:\\Papers\\SpeechLM\\StreamASR.pdf" not imported: not a web link (local files stay out of notes)',
			'14: 链接: [HuggingFace](https://huggingface.co/example/stream-asr) not imported: no link kind for "HuggingFace" (arxiv, pdf, publication, code, demo, dataset, project)',
			'17: 文件: [ArXiv] "D:\\Papers\\SpeechLM\\StreamASR.pdf" not imported: local files stay out of notes',
		],
	},
	{
		variant: 'YAML front matter before the block',
		fixture: 'yaml-front-matter',
		note: 'mini-omni',
		reports: ['4: front matter aliases: "Mini-Omni notes" not imported (the note format has no field for it)'],
	},
	{ variant: 'pasted text before the block', fixture: 'pasted-text-before', note: 'mini-omni2', reports: ['1: text above the 基本信息 block kept at the top of the note'] },
	{
		variant: 'no block at all: a section file of a survey (written, marked for completion)',
		fixture: 'survey-section-no-block',
		note: 'speech-tokenizers',
		reports: ['1: no 基本信息 block: title, authors and links to be written by hand', '1: no 标题: the title is the first heading, "Speech Tokenizers: 语音分词器"'],
		incomplete: ['1: authors: required', '1: links: required'],
	},
	{
		variant: 'metadata too thin for the schema: no title, no link (written, marked for completion)',
		fixture: 'thin-metadata',
		note: 'thin-metadata',
		incomplete: ['1: title: required', '1: links: required'],
	},
	{ variant: 'headings numbered 1·, 3.1., A., 一、 with :, ·, | or ： between the languages, English-only, Chinese-only', fixture: 'headings', note: 'discretebench' },
	{
		variant: 'math: $, $$ blocks, \\(…\\), \\[…\\], aligned, \\label / \\eqref / \\ref, an undefined macro, \\cite, leftover \\bibliography',
		fixture: 'math',
		note: 'ctc',
		reports: [
			'21: LaTeX command outside a formula left as text: \\cite{graves2006}',
			'38: \\ref{fig:trellis}: no formula of this note has that \\label; left as text',
			'39: formula KaTeX cannot render (Undefined control sequence: \\softmax): kept as written, to fix by hand',
			'43: LaTeX command outside a formula left as text: \\cite{graves2006}',
			'64: LaTeX command outside a formula left as text: \\bibliography{references}',
		],
	},
	{
		variant: 'footnotes with and without a definition (definitions shared, at the end)',
		fixture: 'footnotes',
		note: 'speech-transformer',
		reports: ['21: footnote [^2] has no definition: it shows as text', '26: footnote [^2] has no definition: it shows as text'],
	},
	{
		variant: 'images with and without alt text, remote and local (kept as text)',
		fixture: 'images',
		note: 'fastspeech-2',
		reports: [
			'30: local image Images/2006.04558_Fig.02.png: not on the site; kept as text with its alt text and path (copy the file to public/ and write the image again)',
			'36: local image ../_Images/2006.04558_Fig.02.png: not on the site; kept as text with its alt text and path (copy the file to public/ and write the image again)',
		],
	},
	{
		variant: 'relative links to other notes of the import, to heading anchors, to files and notes left behind (inline and by reference)',
		fixture: 'note-links',
		note: 'whisper-notes-index',
		reports: [
			"18: link to table-rows.md#2methodology-方法: now to the note's page, without #2methodology-方法 (that note's headings changed)",
			'19: link to #appendix: no heading of this note has that anchor; its text kept without the link',
			'20: link to ../PDF/whisper.pdf: a local file the site does not have; its text kept without the link',
			'20: link to ../Survey/asr.md: a note that is not part of this import; its text kept without the link',
			"24: link to table-rows.md#2methodology-方法: now to the note's page, without #2methodology-方法 (that note's headings changed)",
			'37: link to ../Survey/index.md: a note that is not part of this import; its text kept without the link',
		],
	},
	{ variant: 'code blocks and GFM tables in both languages, an HTML data table', fixture: 'code-and-tables', note: 'espnet' },
];

let out: string;
let results: ImportResult[];
const resultOf = (fixture: string) => results.find((result) => result.source === `${variantsDir}/${fixture}.md`)!;

beforeAll(async () => {
	out = await mkdtemp(path.join(tmpdir(), 'import-variants-'));
	// One batch, as `npm run import -- tests/fixtures/import/variants` runs it: links between the notes resolve.
	results = await importNotes([variantsDir], { out });
}, 30_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe('import of every variant of the older format', { timeout: 30_000 }, () => {
	it('has one fixture per variant, and every fixture is listed here', async () => {
		const fixtures = (await readdir(variantsDir)).map((name) => name.replace(/\.md$/, '')).sort();
		expect(fixtures).toEqual(variants.map((v) => v.fixture).sort());
		expect(results.map((result) => result.status)).toEqual(variants.map(() => 'written'));
	});

	for (const v of variants) {
		it(`${v.variant} (${v.fixture}.md → ${v.note}.md)`, async () => {
			const result = resultOf(v.fixture);
			expect(result.output).toBe(path.relative(process.cwd(), path.join(out, `${v.note}.md`)));
			const expected = await readFile(path.join(v.incomplete ? incompleteNotes : siteNotes, `${v.note}.md`), 'utf8');
			expect(await readFile(path.join(out, `${v.note}.md`), 'utf8')).toBe(expected);
			expect(result.reports.map((report) => `${report.line}: ${report.message}`)).toEqual(v.reports ?? []);
			expect(result.reports.every((report) => report.file === result.source)).toBe(true);
			expect(result.incomplete.map((problem) => `${problem.line}: ${problem.field}: ${problem.message}`)).toEqual(v.incomplete ?? []);
		});
	}

	it('gives notes that pass check:notes (the fixture site holds every complete one)', async () => {
		const complete = variants.filter((v) => !v.incomplete).map((v) => `${v.note}.md`).sort();
		expect((await readdir(siteNotes)).sort()).toEqual(complete);
		expect(await validateNotes(siteNotes)).toMatchObject({ files: complete.length, problems: [] });
	});

	it('marks the thin notes for completion the way check:notes reports them', async () => {
		const { problems } = await validateNotes(incompleteNotes);
		expect(problems.map(formatProblem)).toEqual([
			`${incompleteNotes}/speech-tokenizers.md:1: authors: required`,
			`${incompleteNotes}/speech-tokenizers.md:1: links: required`,
			`${incompleteNotes}/thin-metadata.md:1: title: required`,
			`${incompleteNotes}/thin-metadata.md:1: links: required`,
		]);
	});

	it('gives the same bytes when run again, and leaves the notes alone', async () => {
		const before = await Promise.all(variants.map((v) => readFile(path.join(out, `${v.note}.md`))));
		const again = await importNotes([variantsDir], { out });
		expect(again.map((result) => result.status)).toEqual(variants.map(() => 'unchanged'));
		const after = await Promise.all(variants.map((v) => readFile(path.join(out, `${v.note}.md`))));
		expect(after).toEqual(before);
	});
});

/** A small note in the older format whose abstract is `abstract`, converted (as tiny.md). */
function convertTiny(...abstract: string[]) {
	const note = [
		'# Tiny',
		'',
		'<details>',
		'<summary>基本信息</summary>',
		'',
		'- 标题: "Tiny: A Note"',
		'- 作者: Ada Example',
		'- 链接:',
		'  - [Publication](https://example.org/tiny) ICASSP 2024',
		'',
		'</details>',
		'',
		'## Abstract: 摘要',
		'',
		...abstract,
	].join('\n');
	return convertOldNote(note, { file: 'tiny.md' });
}

describe('footnotes each language defines under one label', () => {
	it('reports the second definition, which the site would not show', () => {
		const { reports } = convertTiny('A claim[^1].', '', '[^1]: The English footnote.', '', '一个论断[^1].', '', '[^1]: 中文脚注.');
		expect(reports.map(formatReport)).toContain('tiny.md:21: footnote [^1] is defined twice: only the first definition shows; give this one a label of its own');
	});
});

describe('links written as arXiv shows them in an abstract', () => {
	it('gets the address as its text instead of "this https URL"', () => {
		const { text } = convertTiny('Code is at [this https URL](https://github.com/ada/tiny/), samples at [the demo page](https://ada.example.org/tiny).');
		expect(text).toContain('Code is at [github.com/ada/tiny](https://github.com/ada/tiny/), samples at [the demo page](https://ada.example.org/tiny).');
	});
});
