import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDefinition {
  id: string;
  label: string;
  render: () => ReactNode;
}

interface ProgrammeTabsProps {
  tabs: readonly TabDefinition[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move between tabs, Home/End jump to the ends,
 * only the selected tab is in the tab order, and only its panel is rendered.
 */
export function ProgrammeTabs({ tabs, selected, onSelect, label }: ProgrammeTabsProps) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const selectedIndex = Math.max(0, tabs.findIndex((tab) => tab.id === selected));
  const current = tabs[selectedIndex];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (selectedIndex + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (selectedIndex - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    buttons.current[next]?.focus();
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => {
          const isSelected = index === selectedIndex;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              className="tabs__tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {current && (
        <div role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0} className="tabs__panel">
          {current.render()}
        </div>
      )}
    </div>
  );
}
