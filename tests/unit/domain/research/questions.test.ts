import { describe, expect, it } from 'vitest';
import { questionsFromClips } from '@/lib/domain/research/questions';
import type { ResearchClip } from '@/lib/domain/model';

const clip = (id: string, savedAt: number, title: string, extra: Partial<ResearchClip> = {}): ResearchClip => ({
  id,
  url: `https://example.com/${id}`,
  title,
  readable: true,
  savedAt,
  ...extra,
});

describe('questionsFromClips', () => {
  const clips = [
    clip('a', 1, 'Old news about pipes', { site: 'The Harbour Ledger', company: 'Fernwood Analytics' }),
    clip('b', 3, 'Regional hospitals turn to UX research', {
      site: 'The Harbour Ledger',
      company: 'Northshore Health',
    }),
    clip('c', 2, 'What I learned from twenty coffee chats', { site: 'Notes from the Switch' }),
    clip('d', 4, 'REGIONAL hospitals turn to UX research!', { site: 'Elsewhere' }),
    clip('e', 5, 'https://example.com/e', { readable: false }),
  ];

  it('asks about the newest clips first, one per distinct title, in rotating wording', () => {
    expect(questionsFromClips(clips)).toEqual([
      'I read “REGIONAL hospitals turn to UX research!” (Elsewhere) — how does that match what you see in your work?',
      '“What I learned from twenty coffee chats” (Notes from the Switch) caught my eye — is that something people in your field talk about?',
      'After reading “Old news about pipes” (The Harbour Ledger), I wondered: what does that change for someone starting out at Fernwood Analytics?',
    ]);
  });

  it('uses the person’s company for clips not tied to one, and honours max', () => {
    const questions = questionsFromClips(clips, 2, 'Acme');
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatch(/what you see at Acme\?$/);
    expect(questions[1]).toMatch(/people at Acme talk about\?$/);
  });

  it('is deterministic whatever the input order, and empty for no clips', () => {
    expect(questionsFromClips([...clips].reverse())).toEqual(questionsFromClips(clips));
    expect(questionsFromClips([])).toEqual([]);
    expect(questionsFromClips(clips, 0)).toEqual([]);
  });

  it('shortens very long titles and leaves out a site that repeats the title', () => {
    const [question] = questionsFromClips([
      clip('x', 1, `${'word '.repeat(60)}end`, { site: 'word word' }),
      clip('y', 0, 'Same', { site: 'same' }),
    ]);
    expect(question!.length).toBeLessThan(250);
    expect(question).toMatch(/…” \(word word\)/);
    expect(questionsFromClips([clip('y', 0, 'Same', { site: 'same' })])[0]).toBe(
      'I read “Same” — how does that match what you see in your work?',
    );
  });
});
