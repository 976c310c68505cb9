// Approach rules, template library and rendering, calling days.
export * from './approach-types';
export * from './approach';
export { rankIntroducers } from './approach-introducers';
export * from './calling-days';
export * from './templates';
export * from './render';
export * from './render-placeholders';
export * from './render-values';
export { formatCallingDay } from './render-dates';
export { firstNameOf } from './render-names';

// --- Cadence rules (lib/outreach/cadence*.ts): export lines below this line ---
export * from './cadence';
