/** The search dialog, loaded on demand: a query goes to the Pagefind bundle of its own language; results link to the reader's. */
import { htmlLang, t, tCount, type Lang, type UIKey } from '../i18n/strings.ts';
import { searchBundles } from '../integrations/search-bundles.ts';
import type { SearchFilterValues } from '../lib/search-filters.ts';

/** Built in by src/pages/search.js.ts. */
declare const SEARCH_FILTERS: SearchFilterValues;
/** Served by `astro dev`, which has no search index (Pagefind indexes the built site). */
declare const SEARCH_IN_DEV: boolean;

interface PagefindSubResult {
	/** The page's, with the anchor of the heading the section starts at; none for the text before the first. */
	url: string;
	excerpt: string;
	locations: number[];
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	data(): Promise<PagefindResultData>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const root = document.documentElement;
const lang: Lang = root.lang.startsWith('zh') ? 'zh' : 'en';
const base = root.dataset.base ?? '/';
/** Results shown at a time, as Pagefind's own interface does: each costs a fetch of its page's record. */
const pageSize = 5;
const say = (key: UIKey, values?: Record<string, string | number>) => t(lang, key, values);
const loadFailed = () => say(SEARCH_IN_DEV ? 'search.devOnly' : 'search.error');

const bundles: Partial<Record<Lang, Promise<PagefindApi>>> = {};
/** A language's bundle, loaded on first use (each bundle's pagefind.js is its own module, its own instance). */
function loadPagefind(bundle: Lang = lang): Promise<PagefindApi> {
	const loaded = bundles[bundle];
	if (loaded) return loaded;
	const loading = (async () => {
		const api = (await import(/* @vite-ignore */ `${base}${searchBundles[bundle].path}/pagefind.js`)) as PagefindApi;
		await api.options({ baseUrl: base, excerptLength: 24 });
		// Pagefind reads the language it splits queries in from <html lang>, once, as init starts:
		// the other language's bundle starts under its own (a Chinese query is not split as English).
		const pageLang = root.lang;
		root.lang = htmlLang[bundle];
		const started = api.init();
		root.lang = pageLang;
		await started;
		// Resolves once the index metadata and the WebAssembly are loaded, which every search needs.
		await api.preload('');
		return api;
	})();
	// A load that failed (the connection dropped) is not kept: the next key tries again.
	loading.catch(() => {
		if (bundles[bundle] === loading) delete bundles[bundle];
	});
	bundles[bundle] = loading;
	return loading;
}

/**
 * The bundle that answers a query. Chinese text is only in the Chinese pages' index; everything
 * else a Chinese page holds (names, shared tables, terms kept in English) is in the English page
 * too. Asking one bundle, not both merged, halves what a search fetches.
 */
const bundleFor = (query: string): Lang => (/\p{Script=Han}/u.test(query) ? 'zh' : query ? 'en' : lang);

/** Results link to the note in the reader's language, whichever bundle matched. */
function noteUrl(slug: string): string {
	return `${base}${lang === 'en' ? '' : 'zh/'}notes/${slug}/`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]) {
	const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let status: HTMLElement;
let list: HTMLOListElement;
let more: HTMLLIElement;
const selects = new Map<string, HTMLSelectElement>();
let latest = 0;
/** The query and filters of the latest search (or clearing). */
let searched = '';
/** Results of the latest search not shown yet. */
let rest: PagefindResult[] = [];
let searching: Promise<unknown> = Promise.resolve();

function build(): HTMLDialogElement {
	input = element('input', { type: 'search', id: 'search-input', placeholder: say('search.placeholder'), autocomplete: 'off' });
	input.setAttribute('aria-controls', 'search-results');
	status = element('p', { className: 'search-status', id: 'search-status' });
	status.setAttribute('role', 'status');
	list = element('ol', { className: 'search-results', id: 'search-results' });
	const moreButton = element('button', { type: 'button' }, say('search.more'));
	moreButton.addEventListener('click', () => void showMore(latest));
	more = element('li', { className: 'search-more' }, moreButton);
	const filters = element('div', { className: 'search-filters' });
	for (const [name, values] of Object.entries(SEARCH_FILTERS) as [keyof SearchFilterValues, string[]][]) {
		const select = element('select', { id: `search-filter-${name}`, name });
		select.append(element('option', { value: '' }, say('search.filter.any')), ...values.map((value) => element('option', { value }, value)));
		select.addEventListener('change', run);
		selects.set(name, select);
		filters.append(element('label', { htmlFor: select.id }, element('span', {}, say(`search.filter.${name}`)), select));
	}
	const close = element('button', { type: 'button', className: 'search-close' }, say('search.close'));
	close.addEventListener('click', () => dialog?.close());
	const form = element(
		'form',
		{ role: 'search', className: 'search-form' },
		element('label', { htmlFor: input.id, className: 'visually-hidden' }, say('search.label')),
		input,
		close,
	);
	form.addEventListener('submit', (event) => event.preventDefault());
	// Not while an input method composes (the field then holds pinyin or kana): when it commits.
	input.addEventListener('input', (event) => (event as InputEvent).isComposing || void run());
	input.addEventListener('compositionend', run);
	const node = element('dialog', { className: 'search-dialog' }, form, filters, status, list, element('p', { className: 'search-hint' }, say('search.hint')));
	node.setAttribute('aria-label', say('search.label'));
	// A click on the backdrop (the dialog itself, outside its content box) closes it.
	node.addEventListener('click', (event) => {
		if (event.target === node) node.close();
	});
	document.body.append(node);
	return node;
}

async function run() {
	// A last word of one Latin letter or digit matches most of the index (and fetches the chunks of
	// every word it starts): the query is searched without it until the next key.
	const query = input.value.trim().replace(/(?:^|\s)[\p{Script=Latin}\p{Nd}]$/u, '').trim();
	const chosen = Object.fromEntries([...selects].filter(([, select]) => select.value).map(([name, select]) => [name, select.value]));
	const asked = JSON.stringify([query, chosen]);
	if (asked === searched) return;
	searched = asked;
	const ticket = ++latest;
	if (!query && Object.keys(chosen).length === 0) {
		list.replaceChildren();
		status.textContent = '';
		return;
	}
	try {
		// One Pagefind search at a time: keys typed while one runs are searched together when it returns
		// (on a large index a search can take longer than the gap between two keys).
		await searching;
		if (ticket !== latest) return;
		const api = await loadPagefind(bundleFor(query));
		const pending = api.search(query || null, { filters: chosen });
		searching = pending.catch(() => undefined);
		const search = await pending;
		if (!search || ticket !== latest) return;
		rest = search.results;
		if (rest.length === 0) {
			list.replaceChildren();
			status.textContent = say('search.noResults', { query });
			return;
		}
		await showMore(ticket, tCount(lang, 'search.results', rest.length));
	} catch {
		if (ticket !== latest) return;
		status.textContent = loadFailed();
		// The next key tries again, even with the same query.
		searched = '';
	}
}

/**
 * The excerpt of the note's section with the most hits. Pagefind's own favours the note's header, where a
 * word of the title weighs most, and so repeats the title the result shows; the header's is kept when
 * nothing else matches (an author's name).
 */
function excerptOf({ excerpt, sub_results }: PagefindResultData): string {
	let best: PagefindSubResult | undefined;
	for (const section of sub_results) {
		if (section.url.includes('#') && section.locations.length > (best?.locations.length ?? 0)) best = section;
	}
	return best?.excerpt ?? excerpt;
}

/** A result as a list item: title (and short name), excerpt with the hits marked. */
function resultItem(result: PagefindResultData): HTMLLIElement {
	const excerpt = element('p', { className: 'search-excerpt' });
	// Pagefind's excerpt is its own escaped text with <mark> around the hits. Its window of words often
	// starts just after a sentence's word, at the comma or full stop that followed it.
	excerpt.innerHTML = excerptOf(result).replace(/^[\s,.;:!?，。、；：！？]+/, '');
	const { short, title = '', slug = '' } = result.meta;
	const heading = short && !title.startsWith(short) ? `${short} · ${title}` : title;
	return element('li', {}, element('a', { href: noteUrl(slug) }, element('span', { className: 'search-title' }, heading), excerpt));
}

/** The next results of search `ticket`, each shown as soon as it and those before it have loaded; a new count when it is a new search. */
async function showMore(ticket: number, count?: string) {
	const loading = rest.splice(0, pageSize).map((result) => result.data());
	more.remove();
	for (const [index, result] of loading.entries()) {
		const item = resultItem(await result);
		if (ticket !== latest) return;
		if (index === 0 && count) {
			status.textContent = count;
			list.replaceChildren();
		}
		list.append(item);
	}
	if (rest.length > 0) list.append(more);
}

/** Opens the dialog, optionally with a query already typed (from the home page's search box). */
function openSearch(query?: string) {
	if (!dialog) {
		dialog = build();
		// Busy until the index is loaded (the benchmark and assistive technology read this).
		const busy = (value: boolean) => dialog!.setAttribute('aria-busy', String(value));
		busy(true);
		status.textContent = say('search.loading');
		loadPagefind()
			.then(() => {
				if (status.textContent === say('search.loading')) status.textContent = '';
			})
			.catch(() => (status.textContent = loadFailed()))
			.finally(() => busy(false));
	}
	if (!dialog.open) dialog.showModal();
	if (query !== undefined) {
		input.value = query;
		void run();
	}
	input.focus();
}

// Loaded because the reader reached for search (opened it, or focused the home page's box): fetch the index now.
void loadPagefind();

// The page script loaded this module with a script element and takes this when it has run.
Object.assign(window, { openSearch });
