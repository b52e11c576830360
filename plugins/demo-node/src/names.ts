/** The hand-written cast of the default world; larger worlds add numbered members. */
export const TEAMS = [
  {
    name: 'team-checkout',
    displayName: 'Checkout',
    people: ['alice', 'bruno', 'chen'],
  },
  {
    name: 'team-payments',
    displayName: 'Payments',
    people: ['dana', 'emeka', 'farah'],
  },
  {
    name: 'team-catalog',
    displayName: 'Catalog',
    people: ['gabriel', 'hana', 'ivan'],
  },
  {
    name: 'team-platform',
    displayName: 'Platform',
    people: ['jade', 'kofi', 'lena'],
  },
] as const;

export const SYSTEMS = [
  {
    name: 'storefront',
    description: 'What shoppers see: browsing, search, cart and checkout',
  },
  {
    name: 'payments',
    description: 'Taking money: payment intents, refunds, invoicing',
  },
  {
    name: 'fulfilment',
    description: 'After the order: stock, shipping and notifications',
  },
] as const;

/** name, team index, system index, description */
export const SERVICES: ReadonlyArray<
  readonly [string, number, number, string]
> = [
  ['checkout-api', 0, 0, 'Turns a cart into an order'],
  ['cart-api', 0, 0, 'Shopping carts and their line items'],
  ['promotions-api', 0, 0, 'Discount codes and campaign pricing'],
  ['payments-api', 1, 1, 'Payment intents against the card processors'],
  ['refunds-worker', 1, 1, 'Processes refunds and chargebacks'],
  ['invoicing-api', 1, 1, 'Issues invoices and credit notes'],
  ['catalog-api', 2, 0, 'Products, variants and prices'],
  ['search-api', 2, 0, 'Full-text product search'],
  ['reviews-api', 2, 0, 'Product reviews and ratings'],
  ['inventory-api', 3, 2, 'Stock levels per warehouse'],
  ['shipping-api', 3, 2, 'Carrier labels and tracking'],
  ['notifications-worker', 3, 2, 'E-mail and SMS to customers'],
];
