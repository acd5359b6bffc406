import type { StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';

/** What a post's Reply, Quote, Edit and "Delete and redraft" do: open the composer for it. */
export function useComposerCallbacks(): Pick<StatusCallbacks, 'onReply' | 'onEdit' | 'onQuote' | 'onRedraft'> {
  const openComposer = useAtrium((state) => state.openComposer);
  return {
    onReply: (status) => openComposer({ kind: 'reply', statusId: status.id }),
    onQuote: (status) => openComposer({ kind: 'quote', statusId: status.id }),
    onEdit: (status) => openComposer({ kind: 'edit', statusId: status.id }),
    onRedraft: (deleted) => openComposer({ kind: 'redraft', deleted }),
  };
}
