/** The committed notes as the tests read them: frontmatter and the plain text of each language block. */
import { readFileSync, readdirSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export interface SourceNote {
	slug: string;
	data: { title: string; short?: string; authors: (string | { name: string; affiliation?: string })[]; links: Record<string, string>; venue?: string; tags?: string[] };
	/** Lines of text (Markdown markup removed) inside `:::en` and `:::zh` blocks. */
	lines: { en: string[]; zh: string[] };
}

/** Text as a reader sees it: no list markers or emphasis, links as their text, typographic quotes made plain. */
export function plain(markdown: string): string {
	return markdown
		.replace(/^\s*(?:\d+[.)]|[-*+])\s+/, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*+/g, '')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

export function readNotes(dir = 'notes'): SourceNote[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const { frontmatter, content } = parseFrontmatter(readFileSync(`${dir}/${name}`, 'utf8'));
			const lines = { en: [] as string[], zh: [] as string[] };
			for (const [, lang, body] of content.matchAll(/^:::(en|zh)\n([\s\S]*?)\n:::$/gm)) {
				for (const line of body!.split('\n')) if (line.trim()) lines[lang as 'en' | 'zh'].push(plain(line));
			}
			return { slug: name.replace(/\.md$/, ''), data: frontmatter as SourceNote['data'], lines };
		});
}

export const authorName = (author: SourceNote['data']['authors'][number]) => (typeof author === 'string' ? author : author.name);
