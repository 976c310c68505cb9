// @vitest-environment jsdom
/**
 * Issue 15 item 2: the introducer changed after the draft was edited. The
 * greeting follows the chosen recipient only when the user says so, and Mark
 * as sent waits for the choice (never records one and greets another).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GreetingCheck, regreet } from '@/components/popup/GreetingCheck';
import type { IntroducerOption } from '@/lib/domain/approach/types';

const option = (name: string, rank: number): IntroducerOption => ({ name, firstName: name.split(' ')[0]!, rank, tier: 'tracked', why: '' });
const laetitia = option('Laetitia', 1);
const clement = option('Clément Roux', 2);

afterEach(cleanup);

describe('regreet', () => {
  it('replaces the old first name, as a whole word, wherever the draft names them', () => {
    const text = 'Hi Laetitia,\n\nLaetitia, would you introduce me? Laetitias and Laetitia-Marie stay.';
    expect(regreet(text, laetitia, clement)).toBe('Hi Clément,\n\nClément, would you introduce me? Laetitias and Clément-Marie stay.');
  });
});

describe('GreetingCheck', () => {
  it('names both and offers to update the greeting or keep the introducer greeted', () => {
    const onUpdate = vi.fn();
    const onKeep = vi.fn();
    render(<GreetingCheck greets={laetitia} chosen={clement} onUpdate={onUpdate} onKeep={onKeep} />);
    expect(screen.getByRole('alert').textContent).toContain('The draft was written to Laetitia, but Clément Roux is now chosen');
    fireEvent.click(screen.getByRole('button', { name: 'Write to Clément Roux instead' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep Laetitia' }));
    expect(onUpdate).toHaveBeenCalledOnce();
    expect(onKeep).toHaveBeenCalledOnce();
  });
});
