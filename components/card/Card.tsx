import { useEffect, useRef } from 'preact/hooks';
import { plural } from '../../lib/i18n';
import { type CardModel, type MentionNavigation, type SiteHiding, TYPE_MESSAGES } from '../../lib/model';
import type { OnlineCard } from '../../lib/online/view';
import { useT } from '../i18n';
import { CardBody } from './CardBody';
import { CardFooter } from './CardFooter';
import { CardHeader } from './CardHeader';
import { CardOnline } from './CardOnline';
import { cycleFocus } from './cycle-focus';
import { MentionNav } from './MentionNav';

export interface CardProps {
  model: CardModel;
  /** Previous and Next over the entity's mentions; without it the card only counts them. */
  navigation?: MentionNavigation;
  /** "Don't highlight <name> on this site" and its Undo; without it the card offers neither. */
  hiding?: SiteHiding;
  /** Escape or the Close button. */
  onClose?: () => void;
  /** Changes each time the card is opened by keyboard: focus then moves to its heading. */
  focusRequest?: number;
  /** What Wikipedia says, once the background answers; absent until then. */
  online?: OnlineCard;
  /** The link from a card's source line to the sources and licences of the offline data in full. */
  onLicences?: () => void;
}

const HEADING_ID = 'backstory-card-name';

/**
 * The background card for one entity. Renders the model as text only. A non-modal dialog: no aria-modal, since the
 * page stays usable around it, but Tab keeps to the card's own controls while focus is in it.
 */
export function Card({ model, navigation, hiding, onClose, focusRequest, online, onLicences }: CardProps) {
  const t = useT();
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusRequest) section.current?.querySelector<HTMLElement>(`#${HEADING_ID}`)?.focus();
  }, [focusRequest]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab' && section.current && cycleFocus(section.current, event.shiftKey)) {
      event.preventDefault();
    }
  };
  const mentioned = plural(t, 'cardMentioned', model.mentions);
  return (
    <section
      ref={section}
      class="card"
      role="dialog"
      aria-label={t('cardLabel', t(TYPE_MESSAGES[model.type].one), model.name)}
      data-type={model.type.toLowerCase()}
      onKeyDown={onKeyDown}
    >
      <CardHeader model={model} headingId={HEADING_ID} onClose={onClose} />
      <CardBody model={model} />
      {online && <CardOnline name={model.name} online={online} hasOffline={!!model.description} />}
      <p class="card-mentions">{mentioned}</p>
      {navigation && navigation.count > 1 && <MentionNav name={model.name} navigation={navigation} />}
      {model.firstMention && (
        <p class="card-first" dir="auto">
          {model.firstMention}
        </p>
      )}
      <CardFooter model={model} hiding={hiding} onLicences={onLicences} />
    </section>
  );
}
