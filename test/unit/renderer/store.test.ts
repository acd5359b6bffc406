import { describe, expect, it } from 'vitest';
import { useAtrium } from '../../../renderer/store/store';
import { status } from './timelines/fixtures';

describe('switching the active account', () => {
  it("drops the previous account's posts, views and side panel, whose flags were that account's", () => {
    useAtrium.setState({ activeAccountId: 'a@social.example' });
    useAtrium.getState().upsertStatuses([status('1', { favourited: true })]);
    useAtrium.getState().openPanel({ kind: 'thread', statusId: '1' });
    useAtrium.setState({ timelines: { 'a@social.example|home': {} as never } });

    useAtrium.setState({ activeAccountId: 'b@social.example' });
    const state = useAtrium.getState();
    expect(state.statuses).toEqual({});
    expect(state.timelines).toEqual({});
    expect(state.sidePanel).toBeNull();
  });

  it('keeps everything when the same account stays active', () => {
    useAtrium.setState({ activeAccountId: 'a@social.example' });
    useAtrium.getState().upsertStatuses([status('1')]);
    useAtrium.setState({ activeAccountId: 'a@social.example', mainView: 'local' });
    expect(Object.keys(useAtrium.getState().statuses)).toEqual(['1']);
  });
});

describe('answers that arrive after a switch', () => {
  it('are not stored, since their flags belong to the account that asked', () => {
    useAtrium.setState({ activeAccountId: 'b@social.example' });
    useAtrium.getState().upsertStatuses([status('7', { favourited: true })], 'a@social.example');
    expect(useAtrium.getState().statuses['7']).toBeUndefined();
    useAtrium.getState().upsertStatuses([status('7')], 'b@social.example');
    expect(useAtrium.getState().statuses['7']).toBeDefined();
  });
});
