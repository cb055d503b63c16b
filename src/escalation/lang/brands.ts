/**
 * Food-delivery and quick-commerce apps customers name when they say where they are going instead
 * ("I'm going back to Uber Eats", "me paso a Glovo", "ich bestelle jetzt bei Lieferando"). Brand names
 * are the same in every language, so every pack's `competitor` slot shares them; the pack's own
 * `switchTo` words ("going back to", "me paso a") make the frame.
 */
export const DELIVERY_BRANDS: readonly string[] = [
  'uber eats', 'ubereats', 'doordash', 'door dash', 'deliveroo', 'just eat', 'justeat', 'grubhub', 'postmates', 'glovo', 'wolt',
  'foodpanda', 'food panda', 'swiggy', 'zomato', 'menulog', 'talabat', 'rappi', 'ifood', 'lieferando', 'thuisbezorgd', 'pyszne',
  'yemeksepeti', 'getir', 'trendyol yemek', 'gofood', 'grabfood', 'grab food', 'shopeefood', 'shopee food', 'baemin', 'coupang eats',
  'yogiyo', 'line man', 'lineman', 'didi food', 'skip the dishes', 'skipthedishes', 'instacart', 'gopuff', 'bolt food', 'careem',
  'hungerstation', 'jahez', 'efood', 'foodora', 'takeaway.com',
];
