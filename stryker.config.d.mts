// Types for stryker.config.mjs, which vitest.mutation.config.ts reads for an area's tests.
export interface MutationArea {
  name: string;
  mutate: string[];
  tests: string[];
  break: number;
  ignoreStatic?: boolean;
}
export interface ListedMutant {
  file: string;
  mutator: string;
  original: string;
  replacement: string;
  reason: string;
}
export const areas: MutationArea[];
export const equivalentMutants: ListedMutant[];
export const acceptedSurvivors: ListedMutant[];
export function mutationArea(name?: string): MutationArea;
declare const config: Record<string, unknown>;
export default config;
