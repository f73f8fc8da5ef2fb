// The default answer-file name: questionnaire, territory and date, e.g. impact-collectif-nanterre-2025-02-04.yaml.

/** Lowercase ASCII letters and digits separated by single hyphens; accents are dropped, not the letters. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u0153\u0152]/g, 'oe') // œ Œ (escaped: the bundle stays ASCII, which Node reads faster)
    .replace(/[\u00e6\u00c6]/g, 'ae') // æ Æ
    .replace(/\u00df/g, 'ss') // ß
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

export function defaultSaveName(questionnaireId: string, territory: string, date: string): string {
  const t = slug(territory);
  return `${questionnaireId}${t ? `-${t}` : ''}-${date}.yaml`;
}

/** name.yaml → name-2.yaml, name-3.yaml… */
export function withSuffix(name: string, n: number): string {
  const m = /^(.*?)(\.ya?ml)?$/i.exec(name)!;
  return `${m[1]}-${n}${m[2] ?? ''}`;
}

/** The local date as YYYY-MM-DD: the day of the session, as the person knows it. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
