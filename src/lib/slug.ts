/** Notes' slugs: the name a new note's file gets (`notes/<slug>.md`), and the id (page path) a note's file gives it. */
import slugify from '@sindresorhus/slugify';
import { slug as segmentSlug } from 'github-slugger';

/** The slug rule for new note files: ASCII, lowercase, from the short name, else the title, else the arXiv id. */
export function noteSlug({ short, title, arxivId }: { short?: string; title?: string; arxivId?: string }): string {
	for (const source of [short, title]) {
		// Transliterates accents (Séance → seance); scripts it cannot (Chinese) leave nothing and fall through.
		const slug = source ? slugify(source, { decamelize: false }) : '';
		if (/[a-z0-9]/.test(slug)) return slug;
	}
	if (arxivId) return `arxiv-${arxivId.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
	throw new Error('A note needs a short name, a title in Latin script, or an arXiv id to name its file.');
}

/** The id Astro's glob loader gives a file under `notes/`: its path without extension, each segment slugged, less a closing `/index`. */
export function noteIdOfPath(relativePath: string): string {
	const withoutExt = relativePath.replace(/\.mdx?$/, '');
	return withoutExt
		.split(/[\\/]/)
		.map((segment) => segmentSlug(segment))
		.join('/')
		.replace(/\/index$/, '');
}
