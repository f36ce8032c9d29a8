import type { RouterInputs, RouterOutputs } from './types';

export type PackOptions = RouterOutputs['packs']['options'];
export type PackCompositionInput = RouterInputs['packs']['generate'];
export type PackSectionChoice = PackCompositionInput['sections'][number];
export type PackPreviewResult = RouterOutputs['packs']['preview'];
export type PackDocumentView = PackPreviewResult['document'];
export type PackSectionView = PackDocumentView['sections'][number];
export type PackBlockView = PackSectionView['blocks'][number];
export type PackSummaryRow = RouterOutputs['packs']['list'][number];
export type StoredPack = RouterOutputs['packs']['get'];
export type PackComparisonView = RouterOutputs['packs']['compare'];
