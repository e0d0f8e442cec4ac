/** The folder of notes, relative to the project root: `notes/`, or `NOTES_DIR` for test fixture sites. */
export const notesDir = process.env.NOTES_DIR ?? 'notes';
