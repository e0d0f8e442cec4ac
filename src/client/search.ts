/** The search dialog, loaded on demand: queries this language's Pagefind bundle merged with the other's. */
import { t, tCount, type Lang, type UIKey } from '../i18n/strings.ts';
import { searchBundles } from '../integrations/search-bundles.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const root = document.documentElement;
const lang: Lang = root.lang.startsWith('zh') ? 'zh' : 'en';
const other: Lang = lang === 'en' ? 'zh' : 'en';
const base = root.dataset.base ?? '/';
const filterNames = ['tag', 'year', 'venue'] as const;
const maxResults = 20;
const say = (key: UIKey, values?: Record<string, string | number>) => t(lang, key, values);

let pagefind: Promise<PagefindApi> | undefined;
/** This language's index first, the other merged in, so that a query in either language finds the note. */
function loadPagefind(): Promise<PagefindApi> {
	pagefind ??= (async () => {
		const api = (await import(/* @vite-ignore */ `${base}${searchBundles[lang].path}/pagefind.js`)) as PagefindApi;
		await api.options({ baseUrl: base, excerptLength: 24 });
		await api.mergeIndex(`${base}${searchBundles[other].path}/`, { baseUrl: base, language: searchBundles[other].language });
		await api.init();
		return api;
	})();
	return pagefind;
}

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
const selects = new Map<string, HTMLSelectElement>();
let latest = 0;

function build(): HTMLDialogElement {
	input = element('input', { type: 'search', id: 'search-input', placeholder: say('search.placeholder'), autocomplete: 'off' });
	input.setAttribute('aria-controls', 'search-results');
	status = element('p', { className: 'search-status', id: 'search-status' });
	status.setAttribute('role', 'status');
	list = element('ol', { className: 'search-results', id: 'search-results' });
	const filters = element('div', { className: 'search-filters' });
	for (const name of filterNames) {
		const select = element('select', { id: `search-filter-${name}`, name });
		select.append(element('option', { value: '' }, say('search.filter.any')));
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
	input.addEventListener('input', run);
	const node = element('dialog', { className: 'search-dialog' }, form, filters, status, list, element('p', { className: 'search-hint' }, say('search.hint')));
	node.setAttribute('aria-label', say('search.label'));
	// A click on the backdrop (the dialog itself, outside its content box) closes it.
	node.addEventListener('click', (event) => {
		if (event.target === node) node.close();
	});
	document.body.append(node);
	return node;
}

async function fillFilters(api: PagefindApi) {
	const available = await api.filters();
	for (const [name, select] of selects) {
		const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
		select.append(...values.map((value) => element('option', { value }, value)));
	}
}

async function run() {
	const query = input.value.trim();
	const chosen = Object.fromEntries([...selects].filter(([, select]) => select.value).map(([name, select]) => [name, select.value]));
	const ticket = ++latest;
	if (!query && Object.keys(chosen).length === 0) {
		list.replaceChildren();
		status.textContent = '';
		return;
	}
	try {
		const api = await loadPagefind();
		const search = await api.search(query || null, { filters: chosen });
		if (!search || ticket !== latest) return;
		const found = await Promise.all(search.results.slice(0, maxResults * 2).map((result) => result.data()));
		if (ticket !== latest) return;
		show(query, found);
	} catch {
		if (ticket === latest) status.textContent = say('search.error');
	}
}

function show(query: string, found: PagefindResultData[]) {
	const seen = new Set<string>();
	const items: HTMLLIElement[] = [];
	for (const result of found) {
		const slug = result.meta.slug;
		if (!slug || seen.has(slug)) continue;
		seen.add(slug);
		const excerpt = element('p', { className: 'search-excerpt' });
		// Pagefind's excerpt is its own escaped text with <mark> around the hits.
		excerpt.innerHTML = result.excerpt;
		const { short, title = '' } = result.meta;
		const heading = short && !title.startsWith(short) ? `${short} · ${title}` : title;
		items.push(element('li', {}, element('a', { href: noteUrl(slug) }, element('span', { className: 'search-title' }, heading), excerpt)));
		if (items.length === maxResults) break;
	}
	list.replaceChildren(...items);
	status.textContent = items.length > 0 ? tCount(lang, 'search.results', items.length) : say('search.noResults', { query });
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
			.then(async (api) => {
				await fillFilters(api);
				if (status.textContent === say('search.loading')) status.textContent = '';
			})
			.catch(() => (status.textContent = say('search.error')))
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
