import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { markdownPlugins } from '../../src/markdown/index.ts';
import { createNotesRenderer } from '../../src/markdown/renderer.ts';

describe('rehype-report: warnings printed with the note and its line', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('counts lines in the file on disk, frontmatter included, as Astro renders only the body', async () => {
		const file = path.join(dir, 'note.md');
		const source = '---\ntitle: "T"\nshort: T\n---\n\n## Method: 方法\n\nBad $\\frac{1}{$ and <script>x()</script>.\n';
		writeFileSync(file, source);
		const body = source.slice(source.indexOf('## Method')).trim(); // what Astro's glob loader renders
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			await createNotesRenderer(markdownConfigDefaults, markdownPlugins).render(body, { fileURL: pathToFileURL(file) });
			const lines = warn.mock.calls.map((call) => String(call[0]));
			const name = path.relative(process.cwd(), file);
			expect(lines).toEqual([
				`${name}:8:21: warning: Removed unsafe or unsupported HTML: <script> element [note-sanitize]`,
				expect.stringMatching(new RegExp(`^${name.replace(/[.\\]/g, '\\$&')}:8:5: warning: Could not render math with KaTeX`)),
			]);
		} finally {
			warn.mockRestore();
		}
	});
});
