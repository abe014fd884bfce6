/**
 * Sorts `items` by `from` in place, stably, as `items.sort((a, b) => a.from - b.from)` does.
 * Short lists, which are most of them, are insertion-sorted: the built-in sort allocates
 * working storage on each call, and findings are sorted several times per keystroke.
 */
export function sortByFrom<T extends { from: number }>(items: T[]): T[] {
  if (items.length > 32) return items.sort((a, b) => a.from - b.from);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && items[j]!.from > item.from) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
