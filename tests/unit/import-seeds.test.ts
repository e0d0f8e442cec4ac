import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertOldNote } from '../../src/importer/convert.ts';
import { formatReport } from '../../src/importer/source.ts';

const seedsDir = 'tests/fixtures/import/seeds';
/** The seeds as shared with the team, when this checkout sits next to them. */
const sharedSeeds = '../shared/seeds';

interface HandEdits {
	/** The `tags:` line: tags are chosen by hand. */
	tags: string[];
	/** Venue written by hand (AudioGPT: inferred from the AAAI DOI and the PDF's name). */
	venue?: string;
	/** The `:::zh` block of this section was translated by hand (the seed has the English only). */
	translated?: string;
	/** [as in the note, as in the seed]: a fix by hand (a typo; a link the seed had lost). */
	fixed?: [string, string];
}

// Everything the committed notes have that the importer does not give from the seeds.
const handEdits: Record<string, HandEdits> = {
	audiogpt: { tags: ['audio-llm', 'multimodal', 'audio-understanding', 'audio-generation'], venue: 'AAAI 2024' },
	audiopalm: {
		tags: ['speech-llm', 'multimodal', 'speech-recognition', 'speech-translation', 'speech-generation'],
		translated: 'Abstract: 摘要',
		// The seed kept arXiv's "this https URL" without the link; the address is the note's demo link.
		fixed: ['at [google-research.github.io/seanet/audiopalm/examples](https://google-research.github.io/seanet/audiopalm/examples)', 'at this https URL'],
	},
	salmonn: {
		tags: ['speech-llm', 'audio-llm', 'multimodal', 'audio-understanding'],
		// The seed leaves a space before the closing `***`, so the bold italic never closes.
		fixed: ['Open Neural Network)***', 'Open Neural Network) ***'],
	},
	spectron: { tags: ['speech-llm', 'spoken-question-answering', 'speech-generation'], translated: 'Abstract: 摘要' },
	speechverse: { tags: ['speech-llm', 'audio-llm', 'instruction-tuning', 'speech-recognition'], translated: 'Abstract: 摘要' },
};

/** Takes one exact occurrence of `text` out of `note` (and fails if there is not exactly one). */
function without(note: string, text: string, replacement = ''): string {
	expect(note.split(text), `exactly one ${JSON.stringify(text.slice(0, 60))}`).toHaveLength(2);
	return note.replace(text, replacement);
}

/** The committed note with the hand edits undone: what the importer should give from the seed. */
function undoHandEdits(note: string, edits: HandEdits): string {
	let text = without(note, `tags: [${edits.tags.join(', ')}]\n`);
	if (edits.venue) text = without(text, `venue: ${edits.venue}\n`);
	if (edits.fixed) text = without(text, edits.fixed[0], edits.fixed[1]);
	if (edits.translated) {
		const section = new RegExp(`^## ${edits.translated}\\n\\n:::en\\n[\\s\\S]*?\\n:::\\n(\\n:::zh\\n([\\s\\S]*?)\\n:::\\n)`, 'm').exec(text);
		expect(section, `a :::zh block right after the English of "${edits.translated}"`).not.toBeNull();
		// A translation: Chinese, several sentences.
		expect(section![2]!.match(/\p{Script=Han}/gu)!.length).toBeGreaterThan(100);
		text = without(text, section![1]!);
	}
	return text;
}

describe('the five seed notes', () => {
	it('are copied unchanged into the fixtures', () => {
		expect(readdirSync(seedsDir).sort()).toEqual(Object.keys(handEdits).map((slug) => `${slug}.md`));
		if (!existsSync(sharedSeeds)) return;
		for (const name of readdirSync(sharedSeeds)) {
			expect(readFileSync(`${seedsDir}/${name}`, 'utf8'), name).toBe(readFileSync(`${sharedSeeds}/${name}`, 'utf8'));
		}
		expect(readdirSync(sharedSeeds).sort()).toEqual(readdirSync(seedsDir).sort());
	});

	for (const [slug, edits] of Object.entries(handEdits)) {
		it(`notes/${slug}.md is the importer's output on seeds/${slug}.md plus the hand edits`, () => {
			const converted = convertOldNote(readFileSync(`${seedsDir}/${slug}.md`, 'utf8'), { file: `seeds/${slug}.md` });
			expect(converted.slug).toBe(slug);
			expect(undoHandEdits(readFileSync(`notes/${slug}.md`, 'utf8'), edits)).toBe(converted.text);
		});
	}

	it('reads a seed saved with CRLF line endings and a byte-order mark the same', () => {
		const seed = readFileSync(`${seedsDir}/salmonn.md`, 'utf8');
		const windows = convertOldNote(`\uFEFF${seed.replace(/\n/g, '\r\n')}`, { file: 'seeds/salmonn.md' });
		expect(windows).toEqual(convertOldNote(seed, { file: 'seeds/salmonn.md' }));
	});

	it('reports the local PDF files they list, and the table SALMONN closes with </details>', () => {
		const reports = Object.keys(handEdits).flatMap((slug) =>
			convertOldNote(readFileSync(`${seedsDir}/${slug}.md`, 'utf8'), { file: `seeds/${slug}.md` }).reports.map(formatReport),
		);
		expect(reports.map((line) => line.replace(/ "[^"]*\.pdf"/, ' "….pdf"'))).toEqual([
			'seeds/audiogpt.md:27: 文件: [ArXiv] "….pdf" not imported: local files stay out of notes',
			'seeds/audiogpt.md:28: 文件: [Publication] "….pdf" not imported: local files stay out of notes',
			'seeds/audiopalm.md:44: 文件: [ArXiv] "….pdf" not imported: local files stay out of notes',
			'seeds/salmonn.md:23: 文件: [ArXiv] "….pdf" not imported: local files stay out of notes',
			'seeds/salmonn.md:24: 文件: [Publication] "….pdf" not imported: local files stay out of notes',
			'seeds/salmonn.md:40: <table> closed by </details>: read as the end of the English text, the text after it as its Chinese translation',
			'seeds/spectron.md:24: 文件: [ArXiv] "….pdf" not imported: local files stay out of notes',
			'seeds/spectron.md:25: 文件: [Publication] "….pdf" not imported: local files stay out of notes',
			'seeds/speechverse.md:30: 文件: [ArXiv] "….pdf" not imported: local files stay out of notes',
		]);
	});
});
