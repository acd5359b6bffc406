import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { MenuProps } from './menuTypes';

/** The real menu (Radix: roving focus, typeahead, Escape, outside click). Loaded on first use. */
export function RadixMenu({ label, trigger, entries, classes, side = 'bottom', align = 'end', defaultOpen }: MenuProps & { defaultOpen: boolean }) {
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger className={classes.trigger} aria-label={label}>
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={classes.content} side={side} align={align} sideOffset={6}>
          {entries.map((entry) => {
            if (entry.kind === 'separator') return <DropdownMenu.Separator key={entry.key} className={classes.separator} />;
            if (entry.kind === 'label') {
              return (
                <DropdownMenu.Label key={entry.key} className={classes.label}>
                  {entry.content}
                </DropdownMenu.Label>
              );
            }
            return (
              <DropdownMenu.Item key={entry.key} className={entry.className ?? classes.item} onSelect={entry.onSelect}>
                {entry.content}
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
