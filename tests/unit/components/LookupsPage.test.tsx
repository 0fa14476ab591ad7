import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LookupsPage, type LookupsPageProps } from '../../../components/lookups/LookupsPage';
import { renderT } from '../../helpers/i18n';
import { onlineModel } from '../../helpers/online-model';

const online = onlineModel;
const props = (over: Partial<LookupsPageProps> = {}): LookupsPageProps => ({
  name: 'Maks Boqaev',
  online: online(false),
  onAllow: vi.fn(),
  onClose: vi.fn(),
  ...over,
});

describe("Backstory's lookups page", () => {
  it('for one name: says what is sent, then asks for the permission or closes', () => {
    const p = props();
    const { container } = renderT(<LookupsPage {...p} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Look up “Maks Boqaev” on Wikipedia');
    expect(container.textContent).toContain('never its text or address');
    expect(container.textContent).toContain("The article's other names are not sent.");
    fireEvent.click(screen.getByRole('button', { name: 'Allow and look up' }));
    expect(p.onAllow).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.onClose).toHaveBeenCalledTimes(1);
    // One name's permission leaves the setting alone.
    expect(p.online.onToggle).not.toHaveBeenCalled();
  });

  it('shows a name as text, whatever it holds', () => {
    const { container } = renderT(<LookupsPage {...props({ name: '<img src=x onerror=alert(1)>' })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('<img src=x');
  });

  it('for every name: the popup’s offer in its words, then that lookups are on, and a way back', () => {
    const p = props({ name: null });
    const { container, rerender } = renderT(<LookupsPage {...p} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Online lookups');
    expect(container.textContent).toContain(
      'Backstory will send the names it finds (never the page text or address) to Wikipedia and Wikidata.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turn on Wikipedia lookups' }));
    expect(p.online.onToggle).toHaveBeenCalledWith(true);
    rerender(<LookupsPage {...p} online={online(false, true)} />);
    expect(screen.getByRole('alert').textContent).toContain('did not allow');
    rerender(<LookupsPage {...p} online={online(true)} />);
    expect(screen.getByRole('status').textContent).toContain('Online lookups are on.');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the article' }));
    expect(p.onClose).toHaveBeenCalledTimes(1);
  });
});
