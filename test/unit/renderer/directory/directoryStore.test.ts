import { beforeEach, describe, expect, it } from 'vitest';
import { resultsFor, useDirectory } from '../../../../renderer/features/directory/directoryStore';
import type { DirectorySnapshot } from '../../../../shared/directory';
import { fail, ok } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';
import { organization } from './people';

const initial = useDirectory.getState();
const selectResults = ({ index, query }: typeof initial) => resultsFor(index, query);
beforeEach(() => useDirectory.setState(initial, true));

const fresh = (people = organization(12)): DirectorySnapshot => ({ available: true, fetchedAt: new Date().toISOString(), people, complete: true });
const old = (people = organization(8)): DirectorySnapshot => ({ available: true, fetchedAt: '2020-01-01T00:00:00.000Z', people, complete: true });

describe('the directory store', () => {
  it('shows the copy on the device at once and does not refetch a fresh one', async () => {
    const bridge = installFakeBridge({ readDirectory: () => ok(fresh()) });
    await useDirectory.getState().open('me@social.example');
    expect(useDirectory.getState()).toMatchObject({ status: 'ready', refreshing: false });
    expect(useDirectory.getState().index?.size).toBe(12);
    expect(bridge.invoke.mock.calls.map(([call]) => call)).toEqual(['readDirectory']);
  });

  it('refreshes a stale copy behind the one shown, passing progress on', async () => {
    const bridge = installFakeBridge({
      readDirectory: () => ok(old()),
      refreshDirectory: () => {
        bridge.emit('directoryProgress', { accountId: 'me@social.example', phase: 'waiting', loaded: 80, expected: 200, waitSeconds: 4 });
        expect(useDirectory.getState()).toMatchObject({ refreshing: true, progress: { phase: 'waiting', waitSeconds: 4 } });
        expect(useDirectory.getState().index?.size).toBe(8);
        return ok(fresh());
      },
    });
    await useDirectory.getState().open('me@social.example');
    expect(useDirectory.getState().index?.size).toBe(12);
  });

  it('keeps the kept copy when a refresh fails, and says so; without one the view shows the error', async () => {
    installFakeBridge({ readDirectory: () => ok(old()), refreshDirectory: () => fail('network', 'No connection.') });
    await useDirectory.getState().open('me@social.example');
    expect(useDirectory.getState()).toMatchObject({ status: 'ready', error: 'No connection.' });

    useDirectory.setState(initial, true);
    installFakeBridge({ readDirectory: () => ok(null), refreshDirectory: () => fail('network', 'No connection.') });
    await useDirectory.getState().open('me@social.example');
    expect(useDirectory.getState()).toMatchObject({ status: 'error', index: null });
  });

  it('knows a server without a directory', async () => {
    installFakeBridge({ readDirectory: () => ok(null), refreshDirectory: () => ok({ available: false, fetchedAt: new Date().toISOString() }) });
    await useDirectory.getState().open('me@social.example');
    expect(useDirectory.getState().status).toBe('unavailable');
  });

  it('filters by query and facets, and starts afresh for another account', async () => {
    installFakeBridge({ readDirectory: () => ok(fresh()) });
    await useDirectory.getState().open('me@social.example');
    useDirectory.getState().setFilter('team', 'platform');
    expect(selectResults(useDirectory.getState())).toHaveLength(3);
    useDirectory.getState().setText('lisbon');
    expect(selectResults(useDirectory.getState())).toHaveLength(3);
    useDirectory.getState().setFilter('team', null);
    expect(selectResults(useDirectory.getState())).toBe(selectResults(useDirectory.getState()));

    installFakeBridge({ readDirectory: () => ok(fresh(organization(2))) });
    await useDirectory.getState().open('other@social.example');
    expect(useDirectory.getState().query).toEqual({ text: '', filters: {}, sort: 'match' });
    expect(selectResults(useDirectory.getState())).toHaveLength(2);
  });

  it('asks relationships in batches for people not known yet', async () => {
    const asked: string[][] = [];
    installFakeBridge({
      readDirectory: () => ok(fresh()),
      callMastodon: (input) => {
        const ids = ((input as { params: { id: string[] } }).params.id);
        asked.push(ids);
        return ok({ data: ids.map((id) => ({ id, following: id === '1', requested: false })) });
      },
    });
    await useDirectory.getState().open('me@social.example');
    await useDirectory.getState().loadRelationships(['1', '2', '3']);
    await useDirectory.getState().loadRelationships(['2', '3', '4']);
    expect(asked).toEqual([['1', '2', '3'], ['4']]);
    expect(useDirectory.getState().relationships['1']).toEqual({ following: true, requested: false });
  });
});

describe('a refresh that changes nothing', () => {
  it('keeps the index it has (no rebuild, no jolt), and a changed one replaces it', async () => {
    const people = organization(5);
    installFakeBridge({ readDirectory: () => ok(old(people)), refreshDirectory: () => ok(fresh(people)) });
    await useDirectory.getState().open('same@social.example');
    const kept = useDirectory.getState().index;
    await useDirectory.getState().refresh('same@social.example');
    expect(useDirectory.getState().index).toBe(kept);

    installFakeBridge({ refreshDirectory: () => ok(fresh(organization(6))) });
    await useDirectory.getState().refresh('same@social.example');
    expect(useDirectory.getState().index).not.toBe(kept);
    expect(useDirectory.getState().index?.size).toBe(6);
  });
});
