/** Names typed as one comma-separated line (either comma, or 、), trimmed, blanks and repeats dropped. */
export function splitNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ]
}
