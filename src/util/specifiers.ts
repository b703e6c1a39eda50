/** Whether an import specifier is a path (`./x`, `../x`, `/abs/x`) rather than a package name. */
export function isPathSpecifier(specifier: string): boolean {
  const first = specifier.charCodeAt(0);
  return first === 46 /* . */ || first === 47; /* / */
}
