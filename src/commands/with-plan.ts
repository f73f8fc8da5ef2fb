// --plan of compare and trend: read the plan, check it is about the same questionnaire, set its follow-up on the model.
import type { Context } from './context.js';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import type { PlanFollowUp } from '../plan/schema.js';

/** Sets `model.plan` (the plan's actions beside each dimension of `model`); returns the plan's path, an input of the output. */
export async function withPlan(ctx: Context, model: { questionnaire: { id: string }; dimensions: readonly { id: string }[]; plan?: PlanFollowUp }, path: string): Promise<string> {
  const [{ readPlan }, { planFollowUp }] = await Promise.all([import('../plan/read.js'), import('../plan/follow-up.js')]);
  const { plan, file } = await readPlan(path, ctx.io.stdin);
  if (plan.questionnaire !== model.questionnaire.id) {
    throw new InputError({ file, ...msg('plan.otherQuestionnaire', { plan: plan.questionnaire, compared: model.questionnaire.id }) });
  }
  model.plan = planFollowUp(plan, model.dimensions);
  return path;
}
