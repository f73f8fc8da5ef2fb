// Texts of the threshold verdict (report, every format) and of its lines on standard error, per language.

const fr = {
  title: 'Seuils',
  label: {
    components: 'Indice des composantes',
    preconditions: 'Indice des préconditions',
    gate: 'Chaque précondition réunie',
    dimension: (title: string) => title,
  },
  level: { error: 'bloquant', warn: 'avertissement' },
  status: { met: 'atteint', unmet: 'non atteint' },
  head: { assertion: 'Seuil', level: 'Niveau', limit: 'Minimum', value: 'Valeur', status: 'Résultat' },
  /** The headline: how many were checked, how many failed, how many warn. */
  headline: (checked: number, failed: number, warned: number) =>
    failed === 0 && warned === 0
      ? `${checked} seuil${checked > 1 ? 's' : ''} vérifié${checked > 1 ? 's' : ''}, tous atteints.`
      : `${checked} seuil${checked > 1 ? 's' : ''} vérifié${checked > 1 ? 's' : ''} : ${failed} bloquant${failed > 1 ? 's' : ''} non atteint${failed > 1 ? 's' : ''}, ${warned} avertissement${warned > 1 ? 's' : ''}.`,
  /** Lines on standard error. */
  unmet: (label: string, value: string, limit: string) => `seuil non atteint : ${label} ${value}, sous ${limit}`,
  warn: (label: string, value: string, limit: string) => `avertissement : ${label} ${value}, sous ${limit}`,
  gateUnmet: (lowest: string, limit: string) => `seuil non atteint : préconditions pas toutes réunies (la plus basse : ${lowest}, seuil ${limit})`,
  gateWarn: (lowest: string, limit: string) => `avertissement : préconditions pas toutes réunies (la plus basse : ${lowest}, seuil ${limit})`,
  maxWarnings: (n: number, max: number) => `${n} avertissement${n > 1 ? 's' : ''} de seuil, plus que --max-warnings ${max}`,
};

type Texts = typeof fr;

const en: Texts = {
  title: 'Thresholds',
  label: {
    components: 'Components index',
    preconditions: 'Preconditions index',
    gate: 'Each precondition met',
    dimension: (title) => title,
  },
  level: { error: 'error', warn: 'warning' },
  status: { met: 'met', unmet: 'not met' },
  head: { assertion: 'Threshold', level: 'Level', limit: 'Minimum', value: 'Value', status: 'Result' },
  headline: (checked, failed, warned) =>
    failed === 0 && warned === 0
      ? `${checked} threshold${checked === 1 ? '' : 's'} checked, all met.`
      : `${checked} threshold${checked === 1 ? '' : 's'} checked: ${failed} error${failed === 1 ? '' : 's'}, ${warned} warning${warned === 1 ? '' : 's'}.`,
  unmet: (label, value, limit) => `threshold not met: ${label} ${value}, below ${limit}`,
  warn: (label, value, limit) => `warning: ${label} ${value}, below ${limit}`,
  gateUnmet: (lowest, limit) => `threshold not met: not every precondition is met (lowest: ${lowest}, threshold ${limit})`,
  gateWarn: (lowest, limit) => `warning: not every precondition is met (lowest: ${lowest}, threshold ${limit})`,
  maxWarnings: (n, max) => `${n} threshold warning${n === 1 ? '' : 's'}, more than --max-warnings ${max}`,
};

export const verdictText = { fr, en };
