import { clipText } from '../text.ts';

/** Bidi controls reorder what follows them: U+202E shows "photo\u202Egnp.exe" as "photoexe.png". */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const CONTROLS = /\p{Cc}+/gu;

/**
 * A sender's file name as an item lists it (forms, mail, WeChat): the last segment of a path (a
 * client's C:\Users\… or ../ says nothing about the file), control characters as spaces (a NUL
 * made the whole message unstorable) and no bidi controls (an isolated run in the console still
 * shows a .exe as a .png inside it).
 */
export function listedFileName(name: string | undefined): string {
  const lastSegment = (name ?? '').split(/[\\/]/).pop() ?? '';
  const shown = lastSegment.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').trim();
  return clipText(shown === '' || shown === '.' || shown === '..' ? 'unnamed' : shown, 512);
}
