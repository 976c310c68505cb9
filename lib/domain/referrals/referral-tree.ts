/**
 * The referral map: who led to whom, from the user outward. Pure.
 *
 * Level 0 is the user. Level 1 holds the people the user reached on their
 * own (nobody in Inroads referred them) who went on to refer someone. Level
 * n+1 holds the people referred by someone at level n (Person.referredById).
 *
 * - A referrer who was deleted survives as Person.referredByName on the people
 *   they referred: they appear as a placeholder node (no link), one per name.
 * - A referredById pointing at no one and without a name becomes the
 *   placeholder "Someone no longer in Inroads".
 * - A self-reference (A referred A) is ignored.
 * - A loop (A referred B referred A) has no starting point: the earliest-added
 *   person of the loop is placed at level 1, marked `loopStart`, and the link
 *   back to them is dropped. Every person is placed exactly once.
 */
import { plural, t } from '@/lib/domain/i18n';
import type { Person, Stage } from '@/lib/domain/model';

export type ReferralPerson = Pick<Person, 'id' | 'name' | 'stage' | 'referredById' | 'referredByName' | 'createdAt'>;

export interface ReferralNode {
  /** The person's id, or "missing:<name or id>" for a referrer no longer in Inroads. */
  key: string;
  /** Set for people in Inroads (link to them); absent for a deleted referrer. */
  personId?: string;
  name: string;
  stage?: Stage;
  /** 1 = reached directly by the user. */
  level: number;
  children: ReferralNode[];
  /** Placed here to break a referral loop (A referred B referred A). */
  loopStart?: boolean;
}

export interface ReferralTree {
  roots: ReferralNode[];
  /** levelCounts[0] is level 1 (people, including deleted referrers shown as placeholders). */
  levelCounts: number[];
  /** Everyone on the map. */
  total: number;
}

/** Read once, when the module loads (the side panel's language does not change while it is open). */
export const UNKNOWN_REFERRER = t('referralsUnknownReferrer');

const byNameThenKey = (a: ReferralNode, b: ReferralNode) =>
  a.name.localeCompare(b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The key of whoever referred this person, or undefined when nobody (or themselves) did. */
function parentKeyOf(p: ReferralPerson, known: Map<string, ReferralPerson>): string | undefined {
  const id = p.referredById;
  if (id && id !== p.id) return known.has(id) ? id : `missing:${p.referredByName?.trim() || id}`;
  if (!id && p.referredByName?.trim()) return `missing:${p.referredByName.trim()}`;
  return undefined;
}

export function buildReferralTree(people: readonly ReferralPerson[]): ReferralTree {
  const known = new Map(people.map((p) => [p.id, p]));
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  const placeholderNames = new Map<string, string>();
  for (const p of known.values()) {
    const parent = parentKeyOf(p, known);
    if (!parent) continue;
    parentOf.set(p.id, parent);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), p.id]);
    if (parent.startsWith('missing:') && !placeholderNames.has(parent)) {
      const named = p.referredByName?.trim();
      placeholderNames.set(parent, p.referredById && !named ? UNKNOWN_REFERRER : (named ?? UNKNOWN_REFERRER));
    }
  }

  const placed = new Set<string>();
  const nodeOf = (key: string, level: number, loopStart = false): ReferralNode => {
    placed.add(key);
    const person = known.get(key);
    const node: ReferralNode = person
      ? { key, personId: person.id, name: person.name, stage: person.stage, level, children: [] }
      : { key, name: placeholderNames.get(key) ?? UNKNOWN_REFERRER, level, children: [] };
    if (loopStart) node.loopStart = true;
    return node;
  };
  /** Breadth-first, so each person sits at the shallowest level reachable. */
  const grow = (roots: ReferralNode[]) => {
    let frontier = roots;
    while (frontier.length > 0) {
      const next: ReferralNode[] = [];
      for (const node of frontier) {
        for (const childKey of childrenOf.get(node.key) ?? []) {
          if (placed.has(childKey)) continue;
          const child = nodeOf(childKey, node.level + 1);
          node.children.push(child);
          next.push(child);
        }
        node.children.sort(byNameThenKey);
      }
      frontier = next;
    }
  };

  const rootKeys = [...childrenOf.keys()].filter((key) => !parentOf.has(key));
  const roots = rootKeys.map((key) => nodeOf(key, 1));
  grow(roots);

  // Whoever is still unplaced sits in (or below) a loop: walk up to the loop
  // and start it at its earliest-added member.
  const byAdded = (a: string, b: string) =>
    (known.get(a)?.createdAt ?? 0) - (known.get(b)?.createdAt ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  for (const key of [...parentOf.keys()].sort(byAdded)) {
    if (placed.has(key)) continue;
    const chain: string[] = [];
    const seen = new Set<string>();
    let at: string | undefined = key;
    while (at !== undefined && !seen.has(at)) {
      chain.push(at);
      seen.add(at);
      at = parentOf.get(at);
    }
    const loop = at === undefined ? chain : chain.slice(chain.indexOf(at));
    const start = [...loop].sort(byAdded)[0] ?? key;
    const root = nodeOf(start, 1, true);
    roots.push(root);
    grow([root]);
  }

  roots.sort(byNameThenKey);
  const levelCounts: number[] = [];
  const count = (node: ReferralNode) => {
    levelCounts[node.level - 1] = (levelCounts[node.level - 1] ?? 0) + 1;
    node.children.forEach(count);
  };
  roots.forEach(count);
  return { roots, levelCounts, total: placed.size };
}

/** "Level 1: 4 people · Level 2: 7 · Level 3: 2". */
export function levelSummary(levelCounts: readonly number[]): string {
  return levelCounts
    .map((n, i) => (i === 0 ? plural('referralsLevelFirst', n) : t('referralsLevel', [i + 1, n])))
    .join(' · ');
}
