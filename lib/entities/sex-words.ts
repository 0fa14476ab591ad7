/** Words that say a person's sex, from a title (Lady, Sir) or a description (actress, his), for the context gate. */
export type Sex = 'female' | 'male';
const FEMALE = new Set(
  'lady queen princess dame duchess baroness countess empress madam madame mrs ms miss aunt auntie grandma granny sister mother she her woman daughter wife actress'.split(
    ' ',
  ),
);
const MALE = new Set(
  'lord king prince sir duke baron count earl emperor mr uncle grandpa brother father he his him man son husband actor'.split(
    ' ',
  ),
);

/** The sex words say: a title's, or the first of a description's words that says one. */
export function sexOf(words: string[]): Sex | undefined {
  for (const word of words) {
    if (FEMALE.has(word)) return 'female';
    if (MALE.has(word)) return 'male';
  }
  return undefined;
}
