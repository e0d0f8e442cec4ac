/** The BibTeX entry of one note's paper, `/notes/<slug>.bib`. */
import type { APIRoute } from 'astro';
import { bibResponse, noteBibtex } from '../../lib/note-bibtex.ts';
import type { Note } from '../../lib/notes.ts';

export { noteStaticPaths as getStaticPaths } from '../../lib/notes.ts';

export const GET: APIRoute = async ({ props }) => bibResponse((await noteBibtex((props as { note: Note }).note)).entry);
