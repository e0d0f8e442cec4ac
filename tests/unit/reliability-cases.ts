/** The bad inputs of the README's "Reliability" table: each row is one of these cases, run by reliability.test.ts. */

/**
 * Where the contributor meets the problem:
 * - `check`: `npm run check:notes`, which the build also runs first (same lines);
 * - `build`: warnings printed by `astro build`, which goes on and succeeds;
 * - `links`: the link check after the build, which fails it.
 */
export type Stage = 'check' | 'build' | 'links';

export interface Case {
	/** The README's first column. */
	input: string;
	/** The README's second column: what the bad part looks like (Markdown). */
	example: string;
	stage: Stage;
	/** The files of the notes folder (each note's path in it). */
	files: Record<string, string | Uint8Array>;
}

const frontmatter = (fields: string) => `---\n${fields}\n---\n\n## Abstract: 摘要\n\nText.\n`;
const title = 'title: "SALMONN: Towards Generic Hearing Abilities"';
const authors = 'authors: [Changli Tang, Chao Zhang]';
const links = 'links:\n  arxiv: https://arxiv.org/abs/2310.13289';
const good = [title, authors, links].join('\n');
/** A valid note on the arXiv paper `id` whose body is `body`. */
const withBody = (body: string, id = '2310.13289') => `---\n${good.replace('2310.13289', id)}\n---\n\n${body}\n`;

/** A note of about `bytes` bytes, written as long notes are: bilingual sections of prose with some math, a table and a list each. */
function largeNote(bytes: number, id: string): string {
	const en =
		'The encoder turns each 20 ms frame of audio into a feature vector, and a window-level Q-Former compresses them into a few tokens the language model reads. ' +
		'Training aligns the two with speech recognition and audio captioning first, then adds instruction tuning on many tasks. ';
	const zh = '编码器把每 20 毫秒的音频帧变为特征向量, 窗口级 Q-Former 把它们压缩为语言模型读取的少量词元. 训练先用语音识别和音频描述对齐两者, 再加入多任务的指令微调. ';
	const section = (n: number) =>
		[
			`## Section ${n}: 第 ${n} 节`,
			'',
			':::en',
			`${en.repeat(3)}The loss is $\\mathcal{L}_${n} = -\\log p(y \\mid x)$.`,
			'',
			en.repeat(4),
			'',
			'| setting | WER | BLEU |',
			'|:--|--:|--:|',
			`| base | ${n % 10}.1 | 20.${n % 10} |`,
			`| ours | ${n % 10}.0 | 21.${n % 10} |`,
			'',
			`- point one of section ${n}\n- point **two** of section ${n}`,
			':::',
			'',
			':::zh',
			`${zh.repeat(4)}损失为 $-\\log p(y \\mid x)$.`,
			'',
			zh.repeat(4),
			':::',
			'',
		].join('\n');
	let body = '';
	for (let n = 1; Buffer.byteLength(body) < bytes; n++) body += section(n);
	return withBody(body, id);
}

export const cases: Case[] = [
	{ input: 'Missing field', example: 'no `authors:`', stage: 'check', files: { 'salmonn.md': frontmatter([title, links].join('\n')) } },
	{ input: 'Empty field', example: '`title: ""`', stage: 'check', files: { 'salmonn.md': frontmatter(['title: ""', authors, links].join('\n')) } },
	{ input: 'Mistyped field', example: '`authors: Changli Tang`', stage: 'check', files: { 'salmonn.md': frontmatter([title, 'authors: Changli Tang', links].join('\n')) } },
	{ input: 'Misspelt field', example: '`titel:`', stage: 'check', files: { 'salmonn.md': frontmatter([title.replace('title', 'titel'), authors, links].join('\n')) } },
	{ input: 'Misspelt link kind', example: '`githbu:` under `links:`', stage: 'check', files: { 'salmonn.md': frontmatter([title, authors, `${links}\n  githbu: https://github.com/bytedance/SALMONN`].join('\n')) } },
	{ input: 'Bad URL', example: '`pdf: arxiv.org/pdf/2310.13289`', stage: 'check', files: { 'salmonn.md': frontmatter([title, authors, `${links}\n  pdf: arxiv.org/pdf/2310.13289`].join('\n')) } },
	{ input: 'Script URL', example: '`demo: javascript:alert(1)`', stage: 'check', files: { 'salmonn.md': frontmatter([title, authors, `${links}\n  demo: javascript:alert(1)`].join('\n')) } },
	{ input: 'Impossible date', example: '`date: 2024-02-30`', stage: 'check', files: { 'salmonn.md': frontmatter([good, 'date: 2024-02-30'].join('\n')) } },
	{ input: 'Badly written date', example: '`date: Oct 2023`', stage: 'check', files: { 'salmonn.md': frontmatter([good, 'date: Oct 2023'].join('\n')) } },
	{ input: 'Tag not in kebab-case', example: '`tags: [Speech LLM]`', stage: 'check', files: { 'salmonn.md': frontmatter([good, 'tags: [Speech LLM]'].join('\n')) } },
	{ input: 'YAML syntax error', example: 'a list item under `title:`', stage: 'check', files: { 'salmonn.md': frontmatter([title, '  - oops', authors, links].join('\n')) } },
	{ input: 'No frontmatter', example: 'the note starts with `# SALMONN`', stage: 'check', files: { 'salmonn.md': '# SALMONN\n\nText.\n' } },
	{ input: 'Frontmatter not closed', example: 'no second `---`', stage: 'check', files: { 'salmonn.md': `---\n${good}\n\nText.\n` } },
	{
		input: 'Duplicate arXiv id',
		example: 'two notes on `2310.13289`',
		stage: 'check',
		files: { 'salmonn.md': frontmatter(good), 'salmonn-v2.md': frontmatter(good.replace('2310.13289', '2310.13289v2')) },
	},
	{ input: 'Empty file', example: '0 bytes', stage: 'check', files: { 'salmonn.md': '' } },
	{
		input: 'Non-UTF-8 bytes',
		example: 'saved as Latin-1: `Caf\\xE9`',
		stage: 'check',
		files: { 'salmonn.md': Buffer.concat([Buffer.from(withBody('Caf')), Buffer.from([0xe9]), Buffer.from('.\n')]) },
	},
	{ input: '`.mdx` note not in the allowlist', example: '`salmonn.mdx`', stage: 'check', files: { 'salmonn.mdx': frontmatter(good) } },
	{
		input: '`.mdx` note importing code',
		example: "`import fs from 'node:fs'`",
		stage: 'check',
		files: { 'mdx-allowlist.txt': 'salmonn.mdx\n', 'salmonn.mdx': withBody("import fs from 'node:fs';\nimport Figure from '../src/components/Figure.astro';\n\nText.") },
	},
	{
		input: 'Hostile HTML',
		example: '`<script>`, `onerror=`, `javascript:` links, `<iframe>`, `style=`',
		stage: 'build',
		files: {
			'hostile.md': withBody(
				[
					'<script>alert(1)</script>',
					'<img src="/favicon.svg" onerror="alert(1)" alt="Figure 1">',
					'',
					'[click](javascript:alert(1)) and <a href="data:text/html,x">this</a>',
					'',
					'<iframe src="https://example.com/"></iframe>',
					'<p style="position: fixed; inset: 0">Covering the page</p>',
				].join('\n'),
				'2401.00011',
			),
		},
	},
	{ input: 'Bad math', example: '`$\\frac{1}{$`', stage: 'build', files: { 'math.md': withBody('The loss is $\\frac{1}{$ here.', '2401.00012') } },
	{
		input: 'Unbalanced HTML',
		example: '`<details><table><tr><td>` never closed',
		stage: 'build',
		files: { 'unbalanced.md': withBody('<details><summary>More</summary>\n<table><tr><td>\n\nCell\n\n## Next: 下一节\n\nText.', '2401.00013') },
	},
	{ input: 'A 1 MB note', example: '1,000,000 bytes of sections, math and tables', stage: 'build', files: { 'large.md': largeNote(1_000_000, '2401.00014') } },
	{
		input: 'Broken internal link',
		example: '`[see](/notes/salmon/)`, `[method](#methd)`',
		stage: 'links',
		files: { 'salmonn.md': withBody('## Method: 方法\n\nSee [the note](/notes/salmon/) and [the method](#methd).') },
	},
];
