import type { Alert } from './generated/resolvers.js';

/** An alert as resolvers return it: `rule` resolves from `ruleId` (null once the rule is deleted). */
export type AlertView = Omit<Alert, 'rule'> & { ruleId: string | null };
