/**
 * Lets seed Markdown sit indented inside the code around it: drops the blank first and last lines
 * and the indentation every line shares, so the stored text starts at column 0.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ""), "");
  const lines = text.replace(/^\s*\n/, "").replace(/\n\s*$/, "").split("\n");
  const indents = lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length);
  const common = Math.min(...indents);
  return lines.map((line) => line.slice(common).trimEnd()).join("\n");
}
