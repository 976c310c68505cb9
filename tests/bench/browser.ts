import type { Measurement } from './measurement';

/** Measurements taken in Chromium with the built extension (grows per issue). */
export async function browserMeasurements(_log: (line: string) => void): Promise<Measurement[]> {
  return [];
}
