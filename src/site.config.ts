/** Settings a fork changes in one place: where the notes' repository lives. */
export const siteConfig = {
	/** The repository on GitHub; contribution links and "edit this note" point here. */
	repository: (import.meta.env.PUBLIC_REPO_URL as string | undefined) ?? 'https://github.com/speech-paper-notes/paper-notes',
	branch: 'main',
};
