import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftLimits, type Draft } from '../../../../shared/drafts';
import { DraftStore } from '../../../../main/drafts/draftStore';
import { makeDraft } from './draftFixture';

let dir: string;
let problems: string[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-drafts-'));
  problems = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const store = () => new DraftStore(dir, (problem) => problems.push(problem));
const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 12, minute)).toISOString();

const draft = makeDraft;

/** Every file under the drafts folder, with its path relative to it. */
async function filesOnDisk(): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('the draft store', () => {
  it('gives back an account’s drafts, newest first, and nobody else’s', async () => {
    const drafts = store();
    const older = draft({ text: 'older', updatedAt: at(1) });
    const newer = draft({ text: 'newer', updatedAt: at(5) });
    await drafts.save(older);
    await drafts.save(newer);
    await drafts.save(draft({ accountId: '2@social.example', text: 'someone else' }));
    expect((await drafts.list('1@social.example')).map((d) => d.text)).toEqual(['newer', 'older']);
    expect(await drafts.list('3@social.example')).toEqual([]);
  });

  it('keeps a draft across a restart (a new store on the same folder)', async () => {
    const saved = draft({ media: [{ id: '77', type: 'image', previewUrl: null, description: 'A chart', focus: { x: 0.2, y: -0.5 } }] });
    await store().save(saved);
    expect(await store().list(saved.accountId)).toEqual([saved]);
  });

  it('writes no secret and no handle to disk, whatever the caller slipped into the draft', async () => {
    const withSecret = { ...draft(), accessToken: 'secret-token-123', password: 'hunter2' } as Draft;
    await store().save(withSecret);
    const files = await filesOnDisk();
    expect(files).toHaveLength(1);
    expect(files[0]).not.toContain('social.example');
    const text = await readFile(path.join(dir, files[0] as string), 'utf8');
    expect(text).not.toContain('secret-token-123');
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toEqual(draft({ id: withSecret.id, idempotencyKey: withSecret.idempotencyKey }));
  });

  it('skips and reports a damaged file, and keeps the others', async () => {
    const drafts = store();
    const good = draft({ text: 'good' });
    const broken = draft({ text: 'broken' });
    await drafts.save(good);
    await drafts.save(broken);
    const brokenFile = (await filesOnDisk()).find((file) => file.includes(broken.id)) as string;
    await writeFile(path.join(dir, brokenFile), '{"id": "half a dr');
    expect((await drafts.list(good.accountId)).map((d) => d.text)).toEqual(['good']);
    expect(problems).toEqual([`skipped the damaged draft ${broken.id}.json`]);
    // Set aside, so the next listing does not report it again.
    expect(await filesOnDisk()).toContain(`${brokenFile}.damaged`);
    expect((await drafts.list(good.accountId)).map((d) => d.text)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    // Saving it again replaces the damage.
    await drafts.save({ ...broken, updatedAt: at(9) });
    expect((await drafts.list(good.accountId)).map((d) => d.text)).toEqual(['broken', 'good']);
  });

  it('skips a draft file of another account put into this account’s folder', async () => {
    const drafts = store();
    const mine = draft();
    await drafts.save(mine);
    const [file] = await filesOnDisk();
    const foreign = draft({ accountId: '9@elsewhere.example' });
    await writeFile(path.join(dir, path.dirname(file as string), `${foreign.id}.json`), JSON.stringify(foreign));
    expect((await drafts.list(mine.accountId)).map((d) => d.id)).toEqual([mine.id]);
    expect(problems).toHaveLength(1);
  });

  it('leaves the old draft and no temporary file when a write fails', async () => {
    const drafts = store();
    const saved = draft({ text: 'first' });
    await drafts.save(saved);
    const [file] = await filesOnDisk();
    const target = path.join(dir, file as string);
    // Make the rename fail: the draft's name is taken by a folder that is not empty.
    await rm(target);
    await mkdir(path.join(target, 'blocker'), { recursive: true });
    await expect(drafts.save({ ...saved, text: 'second', updatedAt: at(3) })).rejects.toThrow();
    const left = await readdir(path.dirname(target));
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('clears temporary files a crash left behind, but not one a write may still be using', async () => {
    const drafts = store();
    const kept = draft();
    await drafts.save(kept);
    const folder = path.join(dir, path.dirname((await filesOnDisk())[0] as string));
    const stale = path.join(folder, `${kept.id}.json.123.abc.tmp`);
    const fresh = path.join(folder, `${kept.id}.json.456.def.tmp`);
    await writeFile(stale, '{"half": ');
    await writeFile(fresh, '{"half": ');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(stale, longAgo, longAgo);
    expect((await drafts.list(kept.accountId)).map((d) => d.id)).toEqual([kept.id]);
    expect((await readdir(folder)).sort()).toEqual([`${kept.id}.json`, path.basename(fresh)].sort());
  });

  it('never lets an older version replace a newer one, however the saves interleave', async () => {
    const drafts = store();
    const base = draft();
    const versions = [7, 2, 9, 4, 1, 8].map((minute) => ({ ...base, text: `minute ${minute}`, updatedAt: at(minute) }));
    await Promise.all(versions.map((version) => drafts.save(version)));
    expect((await drafts.list(base.accountId)).map((d) => d.text)).toEqual(['minute 9']);
  });

  it('stays readable when two windows’ stores save the same draft at once', async () => {
    const [first, second] = [store(), store()];
    const base = draft();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? first : second).save({ ...base, text: `version ${i}`, updatedAt: at(i) })),
    );
    const [kept] = await first.list(base.accountId);
    expect(kept?.text).toMatch(/^version \d+$/);
    expect(problems).toEqual([]);
    expect((await filesOnDisk()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('does not bring back a deleted draft when a save was still on its way', async () => {
    const drafts = store();
    const posted = draft();
    const lateSave = drafts.save({ ...posted, updatedAt: at(2) });
    const deletion = drafts.delete(posted.accountId, posted.id);
    const laterSave = drafts.save({ ...posted, updatedAt: at(4) });
    await Promise.all([lateSave, deletion, laterSave]);
    expect(await drafts.list(posted.accountId)).toEqual([]);
  });

  it('bounds how many drafts an account keeps and how big one may be', async () => {
    const drafts = store();
    for (let i = 0; i < draftLimits.maxDraftsPerAccount; i += 1) await drafts.save(draft());
    await expect(drafts.save(draft())).rejects.toMatchObject({ code: 'too_many_drafts' });
    const [existing] = await drafts.list('1@social.example');
    // Updating one already kept is still fine.
    await expect(drafts.save({ ...(existing as Draft), text: 'updated', updatedAt: at(30) })).resolves.toBeUndefined();
    await expect(drafts.save(draft({ accountId: '2@social.example', text: 'x'.repeat(draftLimits.maxTextLength + 1) }))).rejects.toMatchObject({ code: 'invalid_draft' });
    // Within every field's limit but too big as a file (characters JSON must escape): refused, not written unreadable.
    const control = (length: number) => '\u0001'.repeat(length);
    const media = Array.from({ length: draftLimits.maxMedia }, (_, i) => ({ id: String(i + 1), type: 'image', previewUrl: null, description: control(draftLimits.maxDescriptionLength), focus: null }));
    const huge = draft({ accountId: '2@social.example', text: control(draftLimits.maxTextLength), spoilerText: control(draftLimits.maxTextLength), media });
    await expect(drafts.save(huge)).rejects.toMatchObject({ code: 'invalid_draft' });
    expect(await drafts.list('2@social.example')).toEqual([]);
  });

  it('forgets every draft of an account that signed out', async () => {
    const drafts = store();
    await drafts.save(draft());
    await drafts.save(draft({ accountId: '2@social.example' }));
    await drafts.removeAccount('1@social.example');
    expect(await drafts.list('1@social.example')).toEqual([]);
    expect(await drafts.list('2@social.example')).toHaveLength(1);
  });
});
