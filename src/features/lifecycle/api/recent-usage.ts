import { productNames, type Product } from '../../products/api/product-queries';
import type { ProductUsage } from './lifecycle-queries';

const numberFormat = new Intl.NumberFormat();

/**
 * "Work Analytics: 1,204 calls in the last 7 days", one line per product of `productIds` that was
 * called in the last 7 days: what an admin should know before cutting it off.
 */
export function recentUsageLines(
  usage: readonly ProductUsage[] | undefined,
  productIds: readonly string[],
  catalog: readonly Product[] | undefined,
): string[] {
  return (usage ?? [])
    .filter((entry) => productIds.includes(entry.productId) && entry.callsLast7Days > 0)
    .map((entry) => {
      const [name] = productNames([entry.productId], catalog);
      const calls = entry.callsLast7Days;
      return `${name}: ${numberFormat.format(calls)} ${calls === 1 ? 'call' : 'calls'} in the last 7 days`;
    });
}

export function formatCount(count: number): string {
  return numberFormat.format(count);
}
