/** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment Fn on Query { me { subject } }` */
export function fragmentBomb(levels: number, spreads: number): string {
  const defs = Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Query { ${Array.from({ length: spreads }, () => `...F${i + 1}`).join(' ')} }`,
  );
  return `{ ...F0 } ${defs.join(' ')} fragment F${levels} on Query { me { subject } }`;
}
