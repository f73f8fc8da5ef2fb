// Which actions of a plan targeted each dimension, for compare --plan and trend --plan. Pure.
import { PLAN_STATUSES, type Plan, type PlanFollowUp, type PlanStatus } from './schema.js';

/**
 * The plan seen from the dimensions being compared: for each (in the order given), the actions that list it
 * among their dimensions, in plan order; the actions that target none of them apart. `trend` calls it with the
 * dimensions of its series.
 */
const followed = (a: Plan['actions'][number]) => ({ id: a.id, title: a.title, status: a.status, owner: a.owner, due: a.due });

export function planFollowUp(plan: Plan, dimensions: readonly { id: string }[]): PlanFollowUp {
  const ids = new Set(dimensions.map((d) => d.id));
  const counts = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as Record<PlanStatus, number>;
  for (const a of plan.actions) counts[a.status]++;
  return {
    counts,
    dimensions: dimensions.map((d) => ({
      id: d.id,
      actions: plan.actions.filter((a) => a.dimensions.includes(d.id)).map(followed),
    })),
    elsewhere: plan.actions.filter((a) => !a.dimensions.some((id) => ids.has(id))).map(followed),
  };
}
