/**
 * Characters a reader cannot see that change what text shows: the bidirectional controls
 * (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, the marks U+200E, U+200F
 * and U+061C), which can make a name read backwards ("Balangan" stored, "nagnalaB" shown),
 * and control characters (C0 except tab, line feed and carriage return; DEL; C1), which
 * print as nothing or as boxes. Every text door refuses them (db/schemas.ts), so what is
 * shown on screen and in a briefing pack is what is stored.
 */
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

export interface HiddenCharacter {
  /** "U+202E" */
  code: string
  kind: 'direction' | 'control'
  /** Position in the text, counted from 1 (as a user counts characters). */
  position: number
}

/** The first hidden character in `text`, or null when there is none. Pure. */
export function findHiddenCharacter(text: string): HiddenCharacter | null {
  const match = HIDDEN.exec(text)
  if (!match) return null
  const cp = match[0].charCodeAt(0)
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  const kind = cp <= 0x9f ? 'control' : 'direction'
  return { code, kind, position: match.index + 1 }
}

/**
 * The refusal, Indonesian then English (validation messages are shown as they are in both
 * interface languages; the field is named by the caller: "kolom Nama: …").
 */
export function hiddenCharacterMessage(found: HiddenCharacter): string {
  return found.kind === 'direction'
    ? `berisi karakter tersembunyi pengubah arah teks ${found.code} (karakter ke-${found.position}), sehingga yang tampil berbeda dari yang tersimpan; hapus karakter itu / contains a hidden text-direction character ${found.code} (character ${found.position}), so what is shown differs from what is stored; remove it`
    : `berisi karakter kendali tersembunyi ${found.code} (karakter ke-${found.position}) yang tidak tampil; hapus karakter itu / contains a hidden control character ${found.code} (character ${found.position}) that does not show; remove it`
}

/** The message for `text`, or null when it holds no hidden character. */
export function hiddenCharacterProblem(text: string): string | null {
  const found = findHiddenCharacter(text)
  return found ? hiddenCharacterMessage(found) : null
}
