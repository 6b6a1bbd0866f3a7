/** A country or region code as the viewer's language names it: "Japan (JP)" / 「日本 (JP)」. */
const cache = new Map<string, Intl.DisplayNames | null>();

const namesFor = (locale: string): Intl.DisplayNames | null => {
  let n = cache.get(locale);
  if (n === undefined) {
    try {
      n = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      n = null;
    }
    cache.set(locale, n);
  }
  return n;
};

export const countryName = (code: string, locale: string): string => {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  const upper = code.toUpperCase();
  try {
    const name = namesFor(locale)?.of(upper);
    return name && name !== upper ? `${name} (${upper})` : upper;
  } catch {
    return upper;
  }
};
