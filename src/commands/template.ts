// `template`: writes an answer-file skeleton for a consultant to fill in, or (--format html) a paper questionnaire to print.
import type { Context } from './context.js';
import { renderTemplate } from '../answers/template.js';
import { DEFAULT_QUESTIONNAIRE, loadQuestionnaire } from '../questionnaire/builtin.js';
import { UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { writeOutput } from '../io/output.js';
import { closest } from '../core/suggest.js';

export async function template(
  ctx: Context,
  opts: { questionnaire?: string; output?: string; territory?: string; sector?: string; format?: 'yaml' | 'html' },
): Promise<number> {
  const loaded = await loadQuestionnaire(opts.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const { questionnaire } = loaded;
  if (opts.sector !== undefined && !questionnaire.sectors.some((s) => s.id === opts.sector)) {
    const ids = questionnaire.sectors.map((s) => s.id);
    const near = closest(opts.sector, ids);
    throw new UsageError(msg('usage.unknownSector', { value: opts.sector, near, choices: ids }));
  }
  const options = { lang: ctx.lang, territory: opts.territory, sector: opts.sector };
  const text = opts.format === 'html' ? (await import('../reporters/html/paper.js')).paperQuestionnaire(questionnaire, options) : renderTemplate(questionnaire, options);
  // A questionnaire file is an input: `-q ./q.yaml --output q.yaml` must not replace it.
  await writeOutput(ctx, text, opts.output, loaded.builtin ? [] : [loaded.file]);
  return 0;
}
