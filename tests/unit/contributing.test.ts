import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNote, validateNotes } from '../../src/lib/validate-notes.ts';
import { noteSlug } from '../../src/lib/slug.ts';
import { shortFromTitle } from '../../src/scaffold/new-note.ts';
import { render } from './markdown-render.ts';

// CONTRIBUTING is what a first-time contributor relies on: keep what it says true of the code.
const guides = { en: readFileSync('CONTRIBUTING.md', 'utf8'), zh: readFileSync('CONTRIBUTING.zh-CN.md', 'utf8') };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The messages a guide's check:notes table documents: the first cell of each row, `…` standing for any text. */
function documentedMessages(guide: string): string[] {
	const heading = guide.search(/^## (What the checks say|检查信息)/m);
	const section = guide.slice(heading, guide.indexOf('\n## ', heading + 1));
	return [...section.matchAll(/^\| `(.+?)` \|/gm)].map((match) => match[1]!);
}
const matches = (pattern: string, message: string) =>
	new RegExp(`^${pattern.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}`).test(message);

const frontmatter = (yaml: string) => `---\n${yaml}\n---\n`;
const valid = 'title: T\nauthors: [A]\nlinks:\n  arxiv: https://arxiv.org/abs/2310.13289';

/** Notes that between them make check:notes say every message it has. */
const broken = [
	'No frontmatter at all.',
	'---\ntitle: T\n',
	frontmatter('title: A: B: [\nauthors: x'),
	'+++\ntitle = \n+++\n',
	frontmatter('- a list'),
	frontmatter('authors: [A]\nlinks: { code: https://x.org }'),
	frontmatter(`${valid}\ntitel: T`),
	frontmatter(`${valid}\ncode: https://github.com/x/y`),
	frontmatter('title: T\nauthors: [A]\nlinks:\n  githbu: https://github.com/x/y'),
	frontmatter('title: 2024\nauthors: [A]\nlinks: { code: https://x.org }'),
	frontmatter('title: T\nvenue: ""\nauthors: [A]\nlinks: { code: https://x.org }'),
	frontmatter('title: T\nauthors: Changli Tang\nlinks: { code: https://x.org }'),
	frontmatter('title: T\nauthors: []\nlinks: { code: https://x.org }'),
	frontmatter('title: T\nauthors: [5]\nlinks: { code: https://x.org }'),
	frontmatter('title: T\nauthors: [A]\nlinks: https://x.org'),
	frontmatter('title: T\nauthors: [A]\nlinks: {}'),
	frontmatter('title: T\nauthors: [A]\nlinks: { code: github.com/x }'),
	frontmatter('title: T\nauthors: [A]\nlinks: { arxiv: https://example.org/abs/2310.13289 }'),
	frontmatter(`${valid}\ndate: 2023`),
	frontmatter(`${valid}\ndate: 2023/10`),
	frontmatter(`${valid}\ndate: 2024-02-30`),
	frontmatter(`${valid}\ntags: speech`),
	frontmatter(`${valid}\ntags: [Speech LLM]`),
];

async function everyMessage(): Promise<string[]> {
	const messages = broken.flatMap((source, i) => checkNote(`note-${i}.md`, source).problems.map((p) => p.message));
	// The duplicate-paper message needs two notes: the fixtures of the check:notes tests have them.
	const { problems } = await validateNotes('tests/fixtures/check-notes/broken');
	return [...messages, ...problems.map((p) => p.message)];
}

describe('CONTRIBUTING: what check:notes says', () => {
	it('documents the same messages in English and Chinese', () => {
		expect(documentedMessages(guides.en).length).toBeGreaterThan(20);
		expect(documentedMessages(guides.zh)).toEqual(documentedMessages(guides.en));
	});

	it('documents every message check:notes prints, and only those', async () => {
		const documented = documentedMessages(guides.en);
		const printed = await everyMessage();
		for (const message of printed) {
			expect(documented.filter((pattern) => matches(pattern, message)), message).not.toEqual([]);
		}
		for (const pattern of documented) expect(printed.some((message) => matches(pattern, message)), pattern).toBe(true);
	});
});

describe('CONTRIBUTING: the example note', () => {
	for (const [lang, guide] of Object.entries(guides)) {
		it(`(${lang}) passes check:notes and renders both languages, math and the table without warnings`, async () => {
			const example = /^## (?:The note format|笔记格式)[\s\S]*?```markdown\n([\s\S]*?)\n```\n/m.exec(guide)![1]!;
			expect(checkNote('example.md', example).problems).toEqual([]);
			const body = example.slice(example.indexOf('\n---\n', 4) + 5);
			const { html, warnings, data } = await render(body);
			expect(warnings).toEqual([]);
			expect(html.match(/<div class="bilingual">/g)).toHaveLength(2);
			expect(html).toContain('class="katex-display"');
			expect(html).toContain('<table>');
			expect(data.pendingSections).toEqual([{ en: 'Experiments', zh: '实验' }]);
		});
	}
});

describe('CONTRIBUTING: commands and file names', () => {
	it('documents the commands a contributor needs, each an npm script', () => {
		for (const script of ['new', 'check:notes', 'dev', 'build', 'test']) {
			expect(pkg.scripts[script], script).toBeDefined();
			const command = script === 'test' ? '`npm test`' : `\`npm run ${script}`;
			for (const guide of Object.values(guides)) expect(guide).toContain(command);
		}
	});

	it('gives slug examples the slug rule (and the scaffold\'s short name) really produce', () => {
		const start = guides.en.indexOf('### File names (slugs)');
		const section = guides.en.slice(start, guides.en.indexOf('\n## ', start));
		const examples = [...section.matchAll(/`([^`]+)` → `([a-z0-9-]+)`/g)].map((match) => [match[1]!, match[2]!] as const);
		expect(examples.length).toBeGreaterThanOrEqual(4);
		for (const [name, slug] of examples) expect(noteSlug({ short: shortFromTitle(name) ?? name }), name).toBe(slug);
	});
});
