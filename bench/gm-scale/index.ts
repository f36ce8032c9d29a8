/**
 * A seeded, deterministic generator of a Greater Manchester–scale workspace for benchmarks:
 * ten councils, GM_SCALE rows (times a scale factor), every CHECK, trigger and foreign key satisfied.
 */
export { generateGmScaleWorkspace, type GenerateOptions, type GenerationReport } from './generate';
export { GM_SCALE, GM_SCALE_PASSPHRASE, GM_SCALE_TODAY, GM_SCALE_GENERATOR_VERSION, scaledCounts, type GmScaleCounts } from './scale';
export { contentHashOf, workspaceContentHash, type ContentHash } from './content-hash';
export { COUNCILS } from './geography';
export { COUNCIL_FRAMEWORK_CODE, GMCA_FRAMEWORK_CODE } from './frameworks';
