import type { Split } from '../data.js';
import type { Judge } from '../judge.js';

export interface RunContext {
  judge: Judge;
  /** The gold and identifier splits selected with --split. */
  splits: Split[];
  /** Most misclassified items kept per public dataset (the project's own sets keep all). */
  errorCap: number;
  /** The shared datasets folder. */
  shared: string;
}
