/**
 * The viewer's relationship to the subject from the page's embedded JSON (late
 * Ember `<code>` blocks), for pages whose top card shows no degree badge (out of
 * network). Only the `fsd_memberRelationship` entity of the subject's own member
 * id counts: the same JSON describes other members (sidebars, search leftovers).
 * Read on demand only: the blocks can weigh megabytes.
 */
import type { Degree } from '@/lib/domain/model/snapshot';
import { isMemberIdSlug } from '@/lib/domain/identity/profile-url';
import { PAGE_JSON, PROFILE_URN, RELATION_URN } from '@/lib/content/read/selectors/signals';

type Entity = Record<string, unknown> & { entityUrn: string };

/**
 * The entities (objects with an entityUrn) of every JSON block that mentions `needle`.
 * Only those blocks are parsed: a late-Ember page carries megabytes of JSON.
 */
export function jsonEntities(doc: Document, needle: RegExp): Entity[] {
  const out: Entity[] = [];
  for (const code of Array.from(doc.querySelectorAll(PAGE_JSON))) {
    const text = code.textContent ?? '';
    try {
      if (needle.test(text))
        JSON.parse(text, (_key, value: Entity | null) => {
          if (typeof value?.entityUrn === 'string') out.push(value);
          return value;
        });
    } catch {
      // not JSON
    }
  }
  return out;
}

/** The one value of `found`, or undefined when there are none or several. */
const only = <T>(found: T[]): T | undefined => (new Set(found).size === 1 ? found[0] : undefined);

/** The subject's member id: the URL's own, the card's single one, or the JSON profile whose publicIdentifier is the slug. */
export function subjectMemberId(doc: Document, publicId: string, cardIds: string[]): string | undefined {
  if (isMemberIdSlug(publicId)) return publicId;
  if (cardIds.length) return only(cardIds);
  // The slug is letters, digits, '_' and '-' only (publicIdFromProfileUrl): safe in a RegExp.
  const profiles = jsonEntities(doc, new RegExp(`"${publicId}"`, 'i')).filter(
    (e) => e.entityUrn.startsWith(PROFILE_URN) && String(e.publicIdentifier).toLowerCase() === publicId.toLowerCase(),
  );
  return only(profiles.map((e) => e.entityUrn.slice(PROFILE_URN.length)));
}

/** `{connection}` means 1st; `{noConnection: {memberDistance: "DISTANCE_2"}}` names the distance. */
function distanceOf(entity: Entity): Degree | undefined {
  const union = (entity.memberRelationship ?? entity.memberRelationshipUnion) as Record<string, unknown> | null;
  if (union?.connection || union?.['*connection']) return '1st';
  const distance = String((union?.noConnection as Record<string, unknown> | null)?.memberDistance);
  if (distance === 'OUT_OF_NETWORK') return 'out-of-network';
  return /^DISTANCE_[123]$/.test(distance)
    ? (['1st', '2nd', '3rd'] as const)[Number(distance.slice(-1)) - 1]
    : undefined;
}

/** The subject's degree from the page JSON; undefined when absent, ambiguous or contradictory. */
export function relationFromJson(doc: Document, publicId: string, cardIds: string[]): Degree | undefined {
  const id = subjectMemberId(doc, publicId, cardIds);
  const urn = RELATION_URN + id;
  const found = id ? jsonEntities(doc, new RegExp(urn)).filter((e) => e.entityUrn === urn) : [];
  return only(found.map(distanceOf).filter((d) => d !== undefined));
}
