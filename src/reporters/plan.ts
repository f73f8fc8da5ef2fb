// What the plan's renderings share (plan show, compare --plan, in every format): status marks and words, counts.
import { planText } from '../i18n/plan.js';
import type { PlanFollowUp, PlanStatus } from '../plan/schema.js';
import type { Lang } from '../questionnaire/schema.js';
import { longDate } from './format.js';

/** A mark per status that reads without colour: done ticked, dropped crossed. */
export const STATUS_MARK: Record<PlanStatus, string> = { done: '✓', doing: '◐', todo: '○', dropped: '✗' };

export const statusWord = (s: PlanStatus, lang: Lang) => planText[lang].status[s];

export const countsText = (counts: Record<PlanStatus, number>, lang: Lang) => planText[lang].show.counts(counts);

/** "porteur : Mairie · échéance : 30 juin 2025", the parts filled in; "owner to be named" only for an action still to do or in progress. */
export function ownerDue(a: { owner: string | null; due: string | null; status: PlanStatus }, lang: Lang, esc: (s: string) => string = (s) => s): string {
  const t = planText[lang].show;
  const sep = lang === 'fr' ? ' : ' : ': ';
  const owner = a.owner ? [`${t.owner}${sep}${esc(a.owner)}`] : a.status === 'todo' || a.status === 'doing' ? [t.noOwner] : [];
  return [...owner, ...(a.due ? [`${t.due}${sep}${longDate(a.due, lang)}`] : [])].join(' · ');
}

/** What compare --plan and trend --plan render: the plan's follow-up beside each dimension's change (a Comparison or a Trend). */
export interface FollowedChanges {
  plan?: PlanFollowUp;
  dimensions: readonly { id: string; title: string; change: number | null }[];
}
