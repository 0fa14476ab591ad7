import { DWELL_MAX_MS, DWELL_MIN_MS, DWELL_STEP_MS } from '../../lib/settings/settings';
import { useT } from '../i18n';

export interface DwellSectionProps {
  dwellMs: number;
  onDwell(ms: number): void;
}

/** How long the pointer rests on a name before its card opens. */
export function DwellSection({ dwellMs, onDwell }: DwellSectionProps) {
  const t = useT();
  const value = t('dwellValue', String(dwellMs));
  return (
    <section class="options-section" aria-labelledby="dwell-title">
      <h2 id="dwell-title">{t('dwellTitle')}</h2>
      <p class="hint" id="dwell-hint">
        {t('dwellHint')}
      </p>
      <label class="field dwell">
        <span>{t('dwellLabel')}</span>
        <span class="dwell-control">
          <input
            type="range"
            min={DWELL_MIN_MS}
            max={DWELL_MAX_MS}
            step={DWELL_STEP_MS}
            value={dwellMs}
            aria-valuetext={value}
            aria-describedby="dwell-hint"
            onInput={(e) => onDwell(Number((e.currentTarget as HTMLInputElement).value))}
          />
          <output class="dwell-value">{value}</output>
        </span>
      </label>
    </section>
  );
}
