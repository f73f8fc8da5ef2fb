// `list`: the built-in questionnaires, one per row.
import Table from 'cli-table3';
import type { Context } from './context.js';
import { commandText } from '../i18n/commands.js';
import { builtinIds, loadQuestionnaire } from '../questionnaire/builtin.js';
import { localize } from '../i18n/localize.js';
import { oneLine } from '../io/sanitize.js';

export async function list(ctx: Context): Promise<number> {
  const t = commandText[ctx.lang].list;
  const table = new Table({
    head: [t.id, t.title, t.questions, t.languages],
    style: { head: [], border: [] },
    colWidths: [26, 27, 11, 11],
    wordWrap: true,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const id of builtinIds()) {
    const { questionnaire: q } = await loadQuestionnaire(id);
    const count = q.dimensions.reduce((n, d) => n + d.questions.length, 0);
    table.push([q.id, oneLine(localize(q.title, ctx.lang)), String(count), q.languages.join(', ')]);
  }
  ctx.io.stdout(`${table.toString()}\n`);
  return 0;
}
