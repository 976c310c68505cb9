/**
 * Hybrid logical clock stamps for sync: `<wall ms, 13 digits>.<counter, 10
 * digits>.<device id>`. Every part has a fixed width, so comparing two stamps
 * as strings compares them in time: by wall clock, then counter, then device.
 *
 * The counter never goes down on a device (it grows by one for every stamp
 * and jumps past any counter seen from another device), so a device never
 * issues the same stamp twice, and a change made after seeing another
 * device's change always gets a later stamp, whatever the wall clocks say.
 * Pure.
 */

const WALL_DIGITS = 13;
const COUNTER_DIGITS = 10;
const MAX_WALL = 10 ** WALL_DIGITS - 1;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

/** A device id: 16 lowercase hexadecimal characters (random, made once per device). */
export const DEVICE_ID = /^[0-9a-f]{16}$/;

export interface Clock {
  /** The latest wall time (epoch ms) issued or seen. */
  wall: number;
  /** The latest counter issued or seen. */
  counter: number;
}

export const ZERO_CLOCK: Clock = { wall: 0, counter: 0 };

const pad = (value: number, digits: number) => String(value).padStart(digits, '0');
const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.floor(value)));

export function formatStamp(wall: number, counter: number, device: string): string {
  return `${pad(clamp(wall, MAX_WALL), WALL_DIGITS)}.${pad(clamp(counter, MAX_COUNTER), COUNTER_DIGITS)}.${device}`;
}

const STAMP = /^(\d{13})\.(\d{10})\.([0-9a-f]{16})$/;

export function parseStamp(stamp: string): { wall: number; counter: number; device: string } | undefined {
  const match = STAMP.exec(stamp);
  return match ? { wall: Number(match[1]), counter: Number(match[2]), device: match[3]! } : undefined;
}

export const isStamp = (value: unknown): value is string => typeof value === 'string' && STAMP.test(value);

/**
 * The stamp of a change made on this device now, and the clock after it. A
 * change carried over from before sync was on may be dated by its row
 * (`wallOverride`, e.g. the row's updatedAt): later edits elsewhere then win
 * over it; the clock itself never goes back.
 */
export function nextStamp(clock: Clock, now: number, device: string, wallOverride?: number): { clock: Clock; stamp: string } {
  const wall = Math.max(clock.wall, clamp(now, MAX_WALL));
  const counter = Math.min(MAX_COUNTER, clock.counter + 1);
  const stampWall = wallOverride === undefined ? wall : Math.min(wall, clamp(wallOverride, MAX_WALL));
  return { clock: { wall, counter }, stamp: formatStamp(stampWall, counter, device) };
}

/** The clock after seeing another device's stamp: later local stamps come after it. */
export function observeStamp(clock: Clock, stamp: string): Clock {
  const seen = parseStamp(stamp);
  if (!seen) return clock;
  return { wall: Math.max(clock.wall, seen.wall), counter: Math.max(clock.counter, seen.counter) };
}

/** A new random device id (WebCrypto's random numbers, in every context). */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
