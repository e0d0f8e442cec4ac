/** Every note's paper in one BibTeX file, `/notes.bib`, sorted by key. */
import type { APIRoute } from 'astro';
import { allBibtex, bibResponse } from '../lib/note-bibtex.ts';

export const GET: APIRoute = async () => bibResponse(await allBibtex());
