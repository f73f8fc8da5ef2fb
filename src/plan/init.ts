// plan init: an action plan pre-filled from a report's recommendations (one action per practice), as commented YAML.
import { Document, isMap, isSeq } from 'yaml';
import { UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { planText } from '../i18n/plan.js';
import type { Lang } from '../questionnaire/schema.js';
import { recommendationHeading } from '../reporters/advice.js';
import type { RecommendationResult, Report } from '../scoring/report.js';
import { PLAN_VERSION, type Plan, type PlanAction } from './schema.js';

/** "1,3,4" → [1, 3, 4], each a rank of the report's recommendations; a usage error otherwise. */
export function parsePick(value: string, report: Report): number[] {
  const max = report.recommendations.length;
  const ranks = value.split(',').map((s) => s.trim());
  if (!ranks.every((s) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= max)) throw new UsageError(msg('usage.planPick', { value, max }));
  return [...new Set(ranks.map(Number))];
}

/**
 * The recommendations chosen (all when `pick` is undefined), in the order picked, each with its actions: one per
 * practice (id and text of the practice, aimed at the dimension it is declared under), or, for a recommendation
 * without practices of its own or above, one action named after it.
 */
export function chosenActions(report: Report, pick?: readonly number[]): { recommendation: RecommendationResult; actions: PlanAction[] }[] {
  const chosen = pick ? pick.map((rank) => report.recommendations.find((r) => r.rank === rank)!) : report.recommendations;
  const base = { owner: null, due: null, status: 'todo', notes: null } as const;
  return chosen.map((r) => {
    const actions: PlanAction[] = r.practices.map((p) => ({ id: p.id, title: p.text, challenge: r.challenge, dimensions: [p.dimension], ...base }));
    if (!actions.length && !r.seeAlso.length) {
      const id = r.challenge ?? `${r.reason.rule === 'unmet-precondition' ? 'construire' : 'renforcer'}-${r.reason.dimension}`;
      actions.push({ id, title: recommendationHeading(r, report, report.lang), challenge: r.challenge, dimensions: r.dimensions.map((d) => d.id), ...base });
    }
    return { recommendation: r, actions };
  });
}

export function planFromReport(report: Report, pick?: readonly number[]): Plan {
  return {
    plan: PLAN_VERSION,
    territory: report.territory,
    questionnaire: report.questionnaire.id,
    from: report.dates.to,
    actions: chosenActions(report, pick).flatMap((c) => c.actions),
  };
}

/** The plan as YAML, with how to fill it in on top and each recommendation's heading above its first action. */
export function planYaml(report: Report, lang: Lang, pick?: readonly number[]): string {
  const t = planText[lang].init;
  const chosen = chosenActions(report, pick);
  const doc = new Document(planFromReport(report, pick));
  doc.commentBefore = t.header(report.territory).map((l) => (l ? ` ${l}` : '')).join('\n');
  const seq = doc.get('actions');
  if (isSeq(seq)) {
    for (const node of seq.items) {
      const dims = isMap(node) ? node.get('dimensions') : undefined;
      if (isSeq(dims)) dims.flow = true;
    }
    let i = 0;
    for (const c of chosen) {
      const node = seq.items[i];
      if (isMap(node)) {
        node.commentBefore = ` ${t.recommendation(c.recommendation.rank, recommendationHeading(c.recommendation, report, report.lang))}`;
        node.spaceBefore = i > 0;
      }
      i += c.actions.length;
    }
  }
  // An empty value (owner:, due:) reads better than null to the person filling it in; it is null to the schema.
  return doc.toString({ lineWidth: 0, nullStr: '' });
}
