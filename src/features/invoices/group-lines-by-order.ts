/**
 * A monthly invoice's lines by order, in the order they first appear, each group with its
 * subtotal before tax (tax is computed once per rate for the whole invoice, not per order).
 */
export function groupLinesByOrder<Line extends { orderId: string | null; quantity: number; unitPriceYen: number }>(lines: readonly Line[]) {
  const groups: { orderId: string | null; lines: Line[]; subtotalYen: number }[] = [];
  for (const line of lines) {
    let group = groups.find((entry) => entry.orderId === line.orderId);
    if (!group) groups.push((group = { orderId: line.orderId, lines: [], subtotalYen: 0 }));
    group.lines.push(line);
    group.subtotalYen += line.quantity * line.unitPriceYen;
  }
  return groups;
}
