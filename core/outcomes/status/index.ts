/** Pure rules for an indicator's derived status: periods, RAG, direction of travel, staleness. */
export type * from './types';
export * from './periods';
export * from './rag';
export * from './direction';
export * from './staleness';
export * from './assess';
export { RELATIVE_EPSILON, compareFigures, formatFigure } from './numeric';
