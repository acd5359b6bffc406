import { act, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { focusTarget, rememberFocus } from '../../../../renderer/components/focusReturn';
import { usePanelFocus } from '../../../../renderer/features/a11y/usePanelFocus';

function Panel({ title, onClose }: { title: string; onClose(): void }) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  usePanelFocus(panel, heading, { contentKey: title, onClose, fallback: () => document.getElementById('fallback') });
  return (
    <section ref={panel} aria-label={title}>
      <h2 ref={heading}>{title}</h2>
      <button type="button">Inside</button>
    </section>
  );
}

function Page({ dropOpener = false }: { dropOpener?: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      {!(dropOpener && open) && (
        <button type="button" onClick={() => setOpen('Conversation')}>
          Opener
        </button>
      )}
      <button type="button" id="fallback">
        Fallback
      </button>
      <button type="button" onClick={() => setOpen('Profile')}>
        Other
      </button>
      {open && <Panel title={open} onClose={() => setOpen(null)} />}
    </>
  );
}

const flush = () => act(() => new Promise<void>((resolve) => queueMicrotask(resolve)));

describe('rememberFocus', () => {
  it('returns focus to the element that had it', () => {
    render(<button type="button">First</button>);
    const first = screen.getByRole('button', { name: 'First' });
    first.focus();
    const restore = rememberFocus();
    first.blur();
    expect(document.activeElement).toBe(document.body);
    expect(restore()).toBe(first);
    expect(document.activeElement).toBe(first);
  });

  it('falls back when the opener has left the page', () => {
    const { rerender } = render(<button type="button">Gone</button>);
    screen.getByRole('button', { name: 'Gone' }).focus();
    const restore = rememberFocus();
    rerender(<button type="button">Still here</button>);
    restore(() => null, () => screen.getByRole('button', { name: 'Still here' }));
    expect(document.activeElement).toHaveTextContent('Still here');
  });

  it('gives up without throwing when nothing is left to focus', () => {
    const restore = rememberFocus();
    expect(restore(() => null)).toBeNull();
  });
});

describe('focusTarget', () => {
  it('makes a heading focusable by script only and focuses it', () => {
    render(<h1>Home</h1>);
    const heading = screen.getByRole('heading', { name: 'Home' });
    expect(focusTarget(heading)).toBe(true);
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(document.activeElement).toBe(heading);
  });
});

describe('usePanelFocus', () => {
  it('moves focus into the panel, closes on Escape and returns focus to the opener', async () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Opener' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Conversation' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside' }), { key: 'Escape' });
    await flush();
    expect(screen.queryByRole('region', { name: 'Conversation' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves Escape to a dialog inside the panel that handled it', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Opener' }));
    const inside = screen.getByRole('button', { name: 'Inside' });
    inside.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(inside, { key: 'Escape' });
    expect(screen.getByRole('region', { name: 'Conversation' })).toBeInTheDocument();
  });

  it('uses the fallback when the opener is gone', async () => {
    render(<Page dropOpener />);
    const opener = screen.getByRole('button', { name: 'Opener' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Conversation' }), { key: 'Escape' });
    await flush();
    expect(document.activeElement).toHaveTextContent('Fallback');
  });
});
