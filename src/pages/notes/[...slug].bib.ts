/** The BibTeX entry of one note's paper (`/notes/<slug>.bib`), under `astro dev`; a build writes it with the note's page (see note-companions.ts). */
import type { APIRoute } from 'astro';
import { companionsDir } from '../../lib/companions-dir.ts';
import { bibResponse, noteBibtex } from '../../lib/note-bibtex.ts';
import { noteStaticPaths, type Note } from '../../lib/notes.ts';

export const getStaticPaths = async () => (companionsDir() === undefined ? noteStaticPaths() : []);

export const GET: APIRoute = async ({ props }) => bibResponse((await noteBibtex((props as { note: Note }).note)).entry);
