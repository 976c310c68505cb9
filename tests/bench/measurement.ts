/** One named benchmark figure; `runs` holds the samples when it is a median. */
export interface Measurement {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'count';
  budget?: number;
  runs?: number[];
  /** A baseline measured in the same run, when the budget is relative to it. */
  baselineName?: string;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

export const passes = (m: Measurement) => m.budget === undefined || m.value <= m.budget;
