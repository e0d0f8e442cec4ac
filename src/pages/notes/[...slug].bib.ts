/** The BibTeX entry of one note's paper (`/notes/<slug>.bib`), under `astro dev`; a build writes it with the note's page (see note-companions.ts). */
import type { APIRoute } from 'astro';
import { bibResponse, noteBibtex } from '../../lib/note-bibtex.ts';
import type { Note } from '../../lib/notes.ts';

export { companionStaticPaths as getStaticPaths } from '../../lib/note-companions.ts';

export const GET: APIRoute = async ({ props }) => bibResponse((await noteBibtex((props as { note: Note }).note)).entry);
