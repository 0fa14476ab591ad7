import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  class: string;
  /** The accessible name, when the visible text is not enough on its own. */
  label?: string;
  onChange(checked: boolean): void;
  children: ComponentChildren;
}

/** An on/off setting: a native checkbox, so Space toggles it and forms read it, announced as a switch. */
export function Switch({ checked, class: className, label, onChange, children }: SwitchProps) {
  return (
    <label class={`switch ${className}`}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        aria-label={label}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{children}</span>
    </label>
  );
}
