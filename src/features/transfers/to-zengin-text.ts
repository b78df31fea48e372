// Full-width katakana → half-width (JIS X 0201), the only kana 全銀 records carry.
const fullWidthKatakana = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const halfWidthKatakana = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
// Banks write small kana large (キュウ → キユウ); ヰヱ as イエ.
const largeKana: Record<string, string> = { ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ッ: 'ツ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ', ヰ: 'イ', ヱ: 'エ' };
/** 全銀's characters for names: digits, capitals, half-width kana with ﾞ ﾟ, space and ( ) . , - / */
const zenginCharacter = /[0-9A-Zｦｱ-ﾟ ().,\-/]/;

export type ZenginTextResult = { ok: true; value: string } | { ok: false; refused: string[] };

/**
 * Text as people type it — hiragana, full- or half-width katakana, letters in either case and
 * width, full-width spaces — in the characters 全銀 transfers allow: half-width katakana (voiced
 * kana as base + ﾞ or ﾟ, small kana made large, ー as -), capital letters, digits, single spaces
 * and ( ) . , - /. Anything else (kanji, ・, &, …) is refused, listed once each.
 */
export function toZenginText(typed: string): ZenginTextResult {
  const folded = typed
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (hiragana) => String.fromCharCode(hiragana.charCodeAt(0) + 0x60))
    .toUpperCase()
    .replace(/[ァィゥェォャュョッヮヵヶヰヱ]/g, (small) => largeKana[small] ?? small)
    .replace(/[ー‐－−–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // Voiced kana split into base + mark, then each base made half-width.
    .normalize('NFD')
    .replace(/\u3099/g, 'ﾞ')
    .replace(/\u309A/g, 'ﾟ')
    .replace(/[\u30A1-\u30FA]/g, (kana) => {
      const index = fullWidthKatakana.indexOf(kana);
      return index >= 0 ? halfWidthKatakana[index]! : kana;
    });
  const refused = [...new Set([...folded].filter((character) => !zenginCharacter.test(character)))];
  return refused.length > 0 ? { ok: false, refused } : { ok: true, value: folded };
}
