/** Writes a note file: frontmatter in the canonical field order and YAML style, then the body. */
import { stringify } from 'yaml';
import type { NoteInput } from '../schema/note.ts';

const fieldOrder = ['title', 'short', 'authors', 'links', 'date', 'venue', 'tags'] as const;

/** `---` frontmatter `---` and body, LF line endings, one trailing newline. Tools that write notes share this so their output is stable. */
export function formatNoteFile(frontmatter: Partial<NoteInput> & Record<string, unknown>, body: string): string {
	const ordered: Record<string, unknown> = {};
	for (const key of [...fieldOrder, ...Object.keys(frontmatter)]) {
		if (frontmatter[key] !== undefined && !(key in ordered)) ordered[key] = frontmatter[key];
	}
	const yamlText = stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })
		// Tags read best on one line, as contributors write them.
		.replace(/^tags:\n((?: {2}- .+\n)+)/m, (_, items: string) => `tags: [${items.trim().split('\n').map((line) => line.replace(/^\s*- /, '')).join(', ')}]\n`);
	return `---\n${yamlText}---\n\n${body.replace(/\r\n?/g, '\n').trim()}\n`;
}
