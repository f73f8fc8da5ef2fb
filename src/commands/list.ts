// `list`: the built-in questionnaires, one per row, in the terminal's one table layout (src/io/table.ts).
import type { Context } from './context.js';
import { commandText } from '../i18n/commands.js';
import { builtinIds, loadQuestionnaire } from '../questionnaire/builtin.js';
import { localize } from '../i18n/localize.js';
import { oneLine } from '../io/sanitize.js';
import { fit, GAP, table } from '../io/table.js';

/** The title column wraps; the others take what they need, the whole within 80 columns. */
const WIDTH = 80;

export async function list(ctx: Context): Promise<number> {
  const t = commandText[ctx.lang].list;
  const rows: string[][] = [];
  for (const id of builtinIds()) {
    const { questionnaire: q } = await loadQuestionnaire(id);
    const count = q.dimensions.reduce((n, d) => n + d.questions.length, 0);
    rows.push([q.id, oneLine(localize(q.title, ctx.lang)), String(count), q.languages.join(', ')]);
  }
  const head = [t.id, t.title, t.questions, t.languages];
  const width = (i: number) => fit([head[i]!, ...rows.map((r) => r[i]!)]);
  const [id, questions, languages] = [width(0), width(2), width(3)];
  const title = Math.min(width(1), WIDTH - id - questions - languages - 3 * GAP);
  const columns = [{ width: id }, { width: title }, { width: questions, right: true }, { width: languages }];
  const lines = table(rows, columns, { head: head.map((h) => [h]) });
  lines.splice(1, 0, '─'.repeat(id + title + questions + languages + 3 * GAP));
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
