import type { CompanyStatus } from '@/lib/domain/model';
import { labels } from '@/lib/domain/i18n';

export const COMPANY_STATUS_LABELS = /* @__PURE__ */ labels<CompanyStatus>({
  researching: 'companyStatusResearching',
  'reaching-out': 'companyStatusReachingOut',
  paused: 'companyStatusPaused',
  done: 'companyStatusDone',
});
