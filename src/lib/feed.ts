/** A language's RSS feed: the newest notes first, each with its authors and the opening of its abstract. */
import rss from '@astrojs/rss';
import { htmlLang, localeFileUrl, localeUrl, t, type Lang } from '../i18n/index.ts';
import { getNotes, shortAuthors } from './notes.ts';
import { renderNote } from './render-note.ts';

/** Items in a feed: readers poll it often, so it carries the newest notes, not all of them. */
export const feedLength = 50;

export async function feedResponse(lang: Lang, site: URL): Promise<Response> {
	const notes = (await getNotes()).slice(0, feedLength);
	const self = new URL(localeFileUrl(lang, 'rss.xml'), site).href;
	return rss({
		title: t(lang, 'site.title'),
		description: t(lang, 'site.tagline'),
		site: new URL(localeUrl(lang), site).href,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${htmlLang[lang]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: await Promise.all(
			notes.map(async (note) => {
				const { summary } = await renderNote(note);
				return {
					title: note.data.title,
					link: new URL(localeUrl(lang, `notes/${note.id}/`), site).href,
					pubDate: note.data.date ? new Date(`${note.data.date.length === 7 ? `${note.data.date}-01` : note.data.date}T00:00:00Z`) : undefined,
					description: [shortAuthors(lang, note), summary[lang]].filter(Boolean).join(' — '),
					categories: note.data.tags,
				};
			}),
		),
	});
}
