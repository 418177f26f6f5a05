/** Minor units to a price people read: "€7.50". */
export function money(minor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
}

export const KIND_LABELS: Record<string, string> = {
  voucher: 'Voucher',
  gift_card: 'Gift card',
  refund: 'Refund',
  discount: 'Discount',
  free_item: 'Free item or service',
  upgrade: 'Upgrade',
  loyalty_points: 'Loyalty points',
  custom: 'Something else',
};
