// Texts of the progress line shown on standard error during long runs, per language.

const fr = {
  reading: (done: string, total: string) => `Lecture des réponses : ${done} / ${total} fichiers…`,
};

const en: typeof fr = {
  reading: (done, total) => `Reading responses: ${done} / ${total} files…`,
};

export const progressText = { fr, en };
