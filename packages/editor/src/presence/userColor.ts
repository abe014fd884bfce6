/** Colours with at least 4.5:1 contrast against white text, for caret labels. */
const palette = ["#1d70b8", "#00703c", "#912b88", "#d4351c", "#5694ca", "#6f72af", "#b58840", "#28a197"];

/** A stable colour for a user id. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return palette[Math.abs(hash) % palette.length] ?? "#1d70b8";
}
