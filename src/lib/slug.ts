/** The slug rule for note files (`notes/<slug>.md`): ASCII, lowercase, from the short name, else the title, else the arXiv id. */
import slugify from '@sindresorhus/slugify';

export function noteSlug({ short, title, arxivId }: { short?: string; title?: string; arxivId?: string }): string {
	for (const source of [short, title]) {
		// Transliterates accents (Séance → seance); scripts it cannot (Chinese) leave nothing and fall through.
		const slug = source ? slugify(source, { decamelize: false }) : '';
		if (/[a-z0-9]/.test(slug)) return slug;
	}
	if (arxivId) return `arxiv-${arxivId.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
	throw new Error('A note needs a short name, a title in Latin script, or an arXiv id to name its file.');
}
