/** The table shape every rule test uses: sign-ins, an optional batch cut, the alerts expected. */
import type { DetectionSettings } from '../../core/detections/compile-rules.js';
import type { Alert } from '../../core/detections/alert.js';
import { runRule, signIn, splitAt, type Spec } from '../rule-test-kit.js';

export interface RuleCase {
  readonly name: string;
  readonly specs: readonly Spec[];
  /** Split the sign-ins into two batches at this index. */
  readonly cut?: number;
  readonly alerts: number;
  /** Evidence count of the first alert. */
  readonly count?: number;
  readonly settings?: DetectionSettings;
}

export const runCase = async (ruleId: string, c: RuleCase): Promise<Alert[]> => {
  const prepared = c.specs.map(signIn);
  return runRule(ruleId, c.cut === undefined ? [prepared] : splitAt(prepared, c.cut), c.settings);
};
