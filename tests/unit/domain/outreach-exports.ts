// The approach, template and cadence modules in one import, for tests that exercise them together.
export * from '@/lib/domain/approach/types';
export * from '@/lib/domain/approach/approach';
export { rankIntroducers } from '@/lib/domain/approach/introducers';
export * from '@/lib/domain/cadence/calling-days';
export * from '@/lib/domain/templates/built-in';
export * from '@/lib/domain/templates/render';
export * from '@/lib/domain/templates/render/placeholders';
export * from '@/lib/domain/templates/render/values';
export { formatCallingDay } from '@/lib/domain/templates/render/dates';
export { firstNameOf } from '@/lib/domain/templates/render/names';

export * from '@/lib/domain/cadence/cadence';
