/**
 * Demonstration outcome frameworks: the GMCA Integrated Settlement outcomes framework, the
 * council's "Progress with Unity" framework and a draft of the national Local Outcomes Framework,
 * with a generator for their illustrative observations.
 */
import { GMCA_IS_FRAMEWORK } from './gmca-is';
import { LOF_FRAMEWORK } from './local-outcomes-framework';
import { PWU_FRAMEWORK } from './progress-with-unity';
import type { DemoFramework } from './types';

export * from './types';
export * from './generate';
export { GMCA_IS_FRAMEWORK, GMCA_IS_FUNDING_LINES, GMCA_IS_INDICATORS, GMCA_IS_PILLARS, IS_SETTLEMENT_SOURCE_TITLE } from './gmca-is';
export { PWU_FRAMEWORK, PWU_INDICATORS } from './progress-with-unity';
export { LOF_FRAMEWORK, LOF_INDICATORS, LOF_SOURCE_URL } from './local-outcomes-framework';

/** Every demonstration framework, in the order they are seeded. */
export const DEMO_FRAMEWORKS: readonly DemoFramework[] = [GMCA_IS_FRAMEWORK, PWU_FRAMEWORK, LOF_FRAMEWORK];
