import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../main/policy/policy';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { seriousViolations } from './support/axe';
import { finishInBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium | undefined;
beforeAll(async () => {
  sandbox = await startSandbox({ staff: 10, posts: 20 });
});
afterAll(() => sandbox.close());
afterEach(async () => {
  await atrium?.close();
  atrium = undefined;
});

describe('the first screen', () => {
  it('boots in Chromium through the bridge and asks for the organization', async () => {
    atrium = await startAtrium({ demoInstanceUrl: sandbox.url });
    const { page } = atrium;
    await page.getByRole('heading', { name: 'Sign in to your organization' }).waitFor();
    await expect(page.getByLabel("Your organization's address").isEditable()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Try the demo organization' }).isVisible()).resolves.toBe(true);
    // The bridge is the page's only way out: the CSP leaves it no network of its own.
    const blocked = await page.evaluate(() => fetch('https://example.com/').then(() => false, () => true));
    expect(blocked).toBe(true);
    await page.screenshot({ path: path.join(docsDir, 'sign-in.png') });
    expect(atrium.pageErrors.filter((message) => !message.includes('Content Security Policy'))).toEqual([]);
  });

  it('locks the instance IT pinned and hides the demo', async () => {
    atrium = await startAtrium({
      demoInstanceUrl: sandbox.url,
      policy: { ...DEFAULT_POLICY, source: '/etc/atrium/policy.json', instanceOrigin: 'https://social.acme.example', allowOtherInstances: false },
    });
    const input = atrium.page.getByLabel("Your organization's address");
    await input.waitFor();
    await expect(input.inputValue()).resolves.toBe('https://social.acme.example');
    await expect(input.getAttribute('readonly')).resolves.not.toBeNull();
    await expect(atrium.page.getByRole('button', { name: 'Try the demo organization' }).count()).resolves.toBe(0);
  });

  it('speaks Spanish on a Spanish desktop, in Home and in what loads on first use (a post’s menu, its dialog)', async () => {
    atrium = await startAtrium({ locale: 'es-ES', demoInstanceUrl: sandbox.url });
    const { page } = atrium;
    await page.getByRole('heading', { name: 'Inicia sesión en tu organización' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await page.getByRole('button', { name: 'Probar la organización de demostración' }).click();
    await finishInBrowser(atrium, sandbox.demoUser);
    const post = page.getByRole('feed', { name: 'Inicio' }).getByRole('article').first();
    await post.getByRole('button', { name: 'Más acciones' }).click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Copiar enlace' }).waitFor();
    // Someone else's post offers a report, your own a delete: either dialog's strings load with it, in Spanish.
    await menu.getByRole('menuitem', { name: /^(Denunciar a la moderación|Eliminar)$/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Denunciar a @/ }).or(page.getByRole('alertdialog', { name: '¿Eliminar esta publicación?' }));
    await dialog.waitFor();
    await expect(dialog.getByRole('button', { name: 'Cancelar' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(docsDir, 'spanish-post-dialog.png') });
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('says plainly when an address is not a Mastodon server', async () => {
    atrium = await startAtrium({});
    // The test host's own web server answers, but it is no Mastodon server.
    const field = atrium.page.getByLabel("Your organization's address");
    await field.fill(atrium.origin);
    const before = await field.boundingBox();
    await atrium.page.getByRole('button', { name: 'Continue' }).click();
    const alert = atrium.page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Mastodon/);
    // The message grows the card downwards: the field being typed in stays where it was.
    expect((await field.boundingBox())?.y).toBe(before?.y);
  });
});
