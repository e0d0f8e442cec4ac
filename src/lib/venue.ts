/** Venue series for filtering: "ICLR 2024 Poster" and "ICLR 2023" both belong to "ICLR". */
export function venueSeries(venue: string): string {
	const beforeYear = /^(.*?)[\s'-]*(?:19|20)\d{2}\b/.exec(venue)?.[1]?.trim();
	return beforeYear || venue.trim();
}

// Words that name a journal rather than a conference; IEEE/ACM journals also go by these abbreviations.
const journalWords = /\b(?:journal|transactions|letters|magazine|review|TASLP|TPAMI|JASA|JMLR|TMLR|TACL|CSL|SPL|JSTSP)\b/i;

/** Whether a venue is a journal (citation_journal_title, @article) or a conference (citation_conference_title, @inproceedings). */
export function venueKind(venue: string): 'journal' | 'conference' {
	return journalWords.test(venue) ? 'journal' : 'conference';
}
