/** Previews of linked notes, loaded on demand: hovering or focusing a link to a note shows its title, authors and the opening of its abstract from `/notes/<slug>.json`. */

interface Summary {
	title: string;
	authors: Record<string, string>;
	year?: string;
	venue?: string;
	summary: Record<string, string>;
}

const root = document.documentElement;
const lang = root.lang.startsWith('zh') ? 'zh' : 'en';
const base = root.dataset.base ?? '/';
const noteLink = 'a[data-note]';
const summaries = new Map<string, Promise<Summary | undefined>>();
let box: HTMLElement | undefined;
let wanted: HTMLAnchorElement | undefined;
let timer = 0;

/** Each note's summary is fetched once, and only that note's. */
function summaryOf(slug: string): Promise<Summary | undefined> {
	let summary = summaries.get(slug);
	if (!summary) {
		summary = fetch(`${base}notes/${slug}.json`).then((response) => (response.ok ? (response.json() as Promise<Summary>) : undefined)).catch(() => undefined);
		summaries.set(slug, summary);
	}
	return summary;
}

const text = (tag: string, content = '') => Object.assign(document.createElement(tag), { textContent: content });

function previewBox(): HTMLElement {
	if (box) return box;
	box = Object.assign(document.createElement('div'), { id: 'note-preview', className: 'note-preview', hidden: true });
	box.setAttribute('role', 'tooltip');
	// The preview stays while the pointer is on it, so it can be read and its text selected.
	box.addEventListener('pointerenter', () => clearTimeout(timer));
	box.addEventListener('pointerleave', hide);
	document.body.append(box);
	return box;
}

async function show(link: HTMLAnchorElement) {
	clearTimeout(timer);
	wanted = link;
	const data = await summaryOf(link.dataset.note!);
	if (!data || wanted !== link) return;
	const preview = previewBox();
	const meta = [data.authors[lang], data.year, data.venue].filter(Boolean).join(' · ');
	preview.replaceChildren(text('strong', data.title), text('p', meta), text('p', data.summary[lang]));
	document.querySelector('[aria-describedby="note-preview"]')?.removeAttribute('aria-describedby');
	link.setAttribute('aria-describedby', 'note-preview');
	preview.hidden = false;
	const rect = link.getBoundingClientRect();
	preview.style.left = `${scrollX + Math.max(8, Math.min(rect.left, innerWidth - preview.offsetWidth - 8))}px`;
	preview.style.top = `${scrollY + rect.bottom + 6}px`;
}

function hide() {
	wanted = undefined;
	clearTimeout(timer);
	timer = window.setTimeout(() => {
		if (box) box.hidden = true;
		document.querySelector('[aria-describedby="note-preview"]')?.removeAttribute('aria-describedby');
	}, 200);
}

const linkOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(noteLink) : null);
for (const type of ['pointerover', 'focusin'] as const) {
	document.addEventListener(type, (event) => {
		const link = linkOf(event);
		if (link && link !== wanted) void show(link);
	});
}
for (const type of ['pointerout', 'focusout'] as const) {
	document.addEventListener(type, (event) => {
		const link = linkOf(event);
		// Moving within the link (onto a child) is not leaving it.
		if (link && !(event instanceof PointerEvent && link.contains(event.relatedTarget as Node))) hide();
	});
}
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && box && !box.hidden) hide();
});

// The hover or focus that loaded this module.
const first = document.querySelector<HTMLAnchorElement>(`${noteLink}:hover, ${noteLink}:focus`);
if (first) void show(first);
