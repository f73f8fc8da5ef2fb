import type { TrendReporter } from '../types.js';
export const trend: TrendReporter = () => 'TODO';
