/** The next best move at a company, in the user's words (next-move.ts decides it). */
import { plural, t } from '@/lib/domain/i18n';
import { DEGREE_LABELS } from '@/lib/domain/labels';
import type { NextMove } from './next-move';

/** "You know 2 people at Northwind Health: ask Ana directly about the design team." */
export function nextMoveText(move: NextMove, company: string, objective?: string): string {
  switch (move.code) {
    case 'ask-met':
      return t('companyMoveAskMet', [move.name, company]);
    case 'ask-direct':
      return objective
        ? plural('companyMoveDirectAbout', move.count, [move.count, company, move.name, objective])
        : plural('companyMoveDirect', move.count, [move.count, company, move.name]);
    case 'introduction':
      return t('companyMoveIntroduction', [move.name, DEGREE_LABELS[move.degree], move.through]);
    case 'cold':
      return t('companyMoveCold', move.name);
    case 'find-people':
      return t('companyMoveFind', company);
  }
}
