import { startAtrium } from '../e2e/support/atrium';
import { signInThroughBrowser } from '../e2e/support/signIn';
import type { Sandbox } from '../sandbox/index';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';

/** What people type into the directory's search box, one key at a time (the box is cleared between). */
const QUERIES = ['platform', 'lisbon engineer', 'jose', 'sao paulo', 'kowalski', 'support', 'they/them', 'ada'];

/**
 * Opens the directory of the sandbox's organization in Chromium and times each key press in the
 * search box: until the filtered list is in the DOM (`renderMs`), and until the next frame after it
 * (`keyMs`, which also counts whatever else the busy machine runs before that frame).
 */
export async function measureDirectoryFilter(sandbox: Sandbox): Promise<{ people: number; keyMs: number[]; renderMs: number[] }> {
  const atrium = await startAtrium({ secretStore: new MemorySecretStore(), viewport: { width: 1280, height: 860 } });
  try {
    const { page } = atrium;
    await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
    await page.getByRole('button', { name: 'Directory' }).click();
    const box = page.getByRole('searchbox', { name: 'Search the directory' });
    await box.waitFor({ timeout: 120_000 });
    const people = Number(/\d[\d,]*/.exec((await page.getByText(/^\d[\d,]* people$/).first().textContent()) ?? '')?.[0].replace(/,/g, ''));
    // Three rounds of every query typed a key at a time, the box emptied after each ('' is not timed).
    const presses = Array.from({ length: 3 }, () => QUERIES.flatMap((query) => [...Array.from(query, (_, i) => query.slice(0, i + 1)), ''])).flat();
    // No named functions inside: the bundler would wrap them in a helper the page does not have.
    const { keyMs, renderMs } = await page.evaluate(async (values) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!input || !setValue) throw new Error('No search box.');
      const times = { keyMs: [] as number[], renderMs: [] as number[] };
      for (const value of values) {
        const start = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // React handles a typed key at once: the filtered list is in the DOM when the event returns.
        const rendered = performance.now() - start;
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (value === '') continue;
        times.renderMs.push(rendered);
        times.keyMs.push(performance.now() - start);
      }
      return times;
    }, presses);
    return { people, keyMs, renderMs };
  } finally {
    await atrium.close();
  }
}
