import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../e2e/harness';
import { FIXTURES_DIR } from '../e2e/paths';
import { median, type Measurement } from './measurement';

type Call = <T>(page: Page, code: string, fn: string, ...args: unknown[]) => Promise<T>;
type TimeTo = (
  session: ExtensionSession,
  path: string,
  selector: string,
  mark: string,
  runs: number,
) => Promise<number[]>;

const RUNS = 7;
const WARM_UP_RUNS = 2;
const SETTLE_MS = 3_000;

/** Companies: "who do I know at …" and the Companies view over 30,000 connections and 2,000 people; the people-list reader. */
export async function companyMeasurements(
  session: ExtensionSession,
  code: string,
  log: (line: string) => void,
  call: Call,
  timeToSelector: TimeTo,
): Promise<Measurement[]> {
  log('· 30,000 connections at 8,000 companies and 2,000 people: company look-up, Companies view');
  const page = await session.openExtensionPage('blank.html');
  await call(page, code, 'wipe');
  await call(page, code, 'seedCompanies', 30_000, 2_000);
  await page.waitForTimeout(SETTLE_MS);
  await call(page, code, 'companyLookup', WARM_UP_RUNS);
  const lookup = await call<number[]>(page, code, 'companyLookup', RUNS * 3);
  const path = 'sidepanel.html#/companies';
  await timeToSelector(session, path, '[data-testid="company-card"]', 'inroads:companies-shown', WARM_UP_RUNS);
  const view = await timeToSelector(session, path, '[data-testid="company-card"]', 'inroads:companies-shown', RUNS);
  await call(page, code, 'wipe');
  await page.close();

  log('· the people-list reader on a search page of 10 results');
  const searchPath = '/search/results/people/';
  session.linkedinPages.set(
    searchPath,
    readFileSync(`${FIXTURES_DIR}/linkedin/synthetic/2026-sdui-people-search.html`, 'utf8'),
  );
  const search = await session.openLinkedIn(`${searchPath}?keywords=product%20designer`);
  await search.waitForTimeout(300);
  await call(search, code, 'visiblePeople', 5);
  const read = await call<number[]>(search, code, 'visiblePeople', 25);
  await search.close();
  // Each "List people on this page" reads a page once, with code the page has never run: the first read, on fresh pages.
  const first: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const fresh = await session.openLinkedIn(`${searchPath}?keywords=designer-${run}`);
    await fresh.waitForTimeout(300);
    first.push((await call<number[]>(fresh, code, 'visiblePeople', 1))[0]!);
    await fresh.close();
  }
  return [
    { name: 'companyLookupMs', value: median(lookup), unit: 'ms', budget: 20, runs: lookup },
    { name: 'companiesViewFirstPaintMs', value: median(view), unit: 'ms', budget: 300, runs: view },
    { name: 'visiblePeopleReadMs', value: median(read), unit: 'ms', budget: 5, runs: read },
    { name: 'visiblePeopleFirstReadMs', value: median(first), unit: 'ms', runs: first },
  ];
}
