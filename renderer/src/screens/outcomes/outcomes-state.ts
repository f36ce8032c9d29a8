/** Which framework version the Outcomes screen shows, and what is remembered between visits. */
import { labelOf } from '../../labels';
import { VERSION_STATUS_LABELS } from '../../outcomes/outcome-labels';
import { EMPTY_TREE_FILTER, type TreeFilter } from './outcomes-tree';

export interface VersionLike {
  id: number;
  label: string;
  status: string;
}

export interface FrameworkLike<V extends VersionLike = VersionLike> {
  id: number;
  code: string;
  title: string;
  versions: readonly V[];
}

/** The version a framework reports against: its published one, else its newest (as core/outcomes/off-track.ts). */
export function currentVersion<V extends VersionLike>(framework: FrameworkLike<V>): V | null {
  const published = [...framework.versions].reverse().find((v) => v.status === 'published');
  return published ?? framework.versions[framework.versions.length - 1] ?? null;
}

/** The framework and version for an id, or the first framework's current version when there is no id (or it is unknown). */
export function resolveVersion<F extends FrameworkLike>(frameworks: readonly F[], versionId: number | null): { framework: F; version: F['versions'][number] } | null {
  if (versionId !== null) {
    for (const framework of frameworks) {
      const version = framework.versions.find((v) => v.id === versionId);
      if (version) return { framework, version };
    }
    return null;
  }
  for (const framework of frameworks) {
    const version = currentVersion(framework);
    if (version) return { framework, version };
  }
  return null;
}

/** "2025/26 Phase I (Published)". */
export function versionOptionLabel(version: VersionLike): string {
  return `${version.label} (${labelOf(VERSION_STATUS_LABELS, version.status)})`;
}

/** The other versions of the same framework, newest first, to compare with. */
export function compareCandidates<V extends VersionLike>(framework: FrameworkLike<V>, versionId: number): V[] {
  return framework.versions.filter((v) => v.id !== versionId).reverse();
}

/** The financial year after "2025/26" ("2026/27"); anything else is returned unchanged. */
export function nextFinancialYear(year: string): string {
  const match = /^(\d{4})\/(\d{2})$/.exec(year);
  if (!match) return year;
  const start = Number(match[1]) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

let lastVersionId: number | null = null;

/** The version last shown, so "Outcomes" in the menu returns to it. */
export function rememberedVersionId(): number | null {
  return lastVersionId;
}

export function rememberVersionId(versionId: number): void {
  lastVersionId = versionId;
}

let rememberedFilter: TreeFilter = EMPTY_TREE_FILTER;
let rememberedFilterVersion: number | null = null;

/** Filters are kept while moving to an indicator and back, but not carried to another version. */
export function rememberedTreeFilter(versionId: number): TreeFilter {
  return rememberedFilterVersion === versionId ? rememberedFilter : EMPTY_TREE_FILTER;
}

export function rememberTreeFilter(versionId: number, filter: TreeFilter): void {
  rememberedFilter = filter;
  rememberedFilterVersion = versionId;
}
