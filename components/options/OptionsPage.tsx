import { useT } from '../i18n';
import { DataSections, type DataSectionsProps } from './DataSections';
import { DwellSection, type DwellSectionProps } from './DwellSection';
import { GlossaryManager, type GlossaryManagerProps } from './GlossaryManager';
import { LookSections, type LookSectionsProps } from './LookSections';
import { SitesSection, type SitesSectionProps } from './SitesSection';

export interface OptionsPageProps {
  sites: SitesSectionProps;
  look: LookSectionsProps;
  dwell: DwellSectionProps;
  data: DataSectionsProps;
  glossaries: GlossaryManagerProps;
  /** Why the last setting could not be stored, if it could not. */
  saveError: string | null;
  /** Opens the privacy policy (the extension's own page) in a new tab. */
  onPrivacy(): void;
}

/** Every setting of Backstory, one section each, in the order a reader meets them. */
export function OptionsPage({ sites, look, dwell, data, glossaries, saveError, onPrivacy }: OptionsPageProps) {
  const t = useT();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {saveError && (
        <p class="message error" role="alert">
          {t('optionsSaveError', saveError)}
        </p>
      )}
      <SitesSection {...sites} />
      <LookSections {...look} />
      <DwellSection {...dwell} />
      <GlossaryManager {...glossaries} />
      <DataSections {...data} />
      <footer class="options-footer">
        <button type="button" class="link-button" onClick={onPrivacy}>
          {t('optionsPrivacy')}
        </button>
      </footer>
    </main>
  );
}
