// The word lists a demo shop is made of (src/seed/plan.ts). Emails are on example.com/.net/.org, domains
// reserved for examples (RFC 2606): a demo never names a real mailbox.
/** A small clothing-and-lifestyle shop's tree: top-level categories and the ones below them. */
export const CATEGORY_TREE = [
    {
        name: 'Clothing',
        children: [
            { name: 'T-Shirts', nouns: ['Crew Tee', 'V-Neck Tee', 'Pocket Tee', 'Long Sleeve Tee', 'Graphic Tee'], price: [14, 39], variants: 'colors', weight: 6 },
            { name: 'Hoodies & Sweatshirts', nouns: ['Hoodie', 'Zip Hoodie', 'Crewneck Sweatshirt', 'Half-Zip Pullover'], price: [39, 89], variants: 'colors', weight: 4 },
            { name: 'Jackets', nouns: ['Rain Jacket', 'Denim Jacket', 'Puffer Jacket', 'Field Jacket', 'Bomber Jacket'], price: [69, 229], variants: 'colors', weight: 3 },
            { name: 'Dresses', nouns: ['Wrap Dress', 'Midi Dress', 'Shirt Dress', 'Slip Dress'], price: [45, 139], variants: 'colors', weight: 3 },
            { name: 'Trousers & Jeans', nouns: ['Slim Jeans', 'Straight Jeans', 'Chinos', 'Cargo Trousers', 'Joggers'], price: [39, 119], variants: 'colors', weight: 4 },
        ],
    },
    {
        name: 'Shoes',
        children: [
            { name: 'Sneakers', nouns: ['Low-Top Sneaker', 'High-Top Sneaker', 'Running Shoe', 'Court Sneaker'], price: [59, 159], variants: 'colors', weight: 3 },
            { name: 'Boots', nouns: ['Chelsea Boot', 'Hiking Boot', 'Lace-Up Boot', 'Ankle Boot'], price: [89, 249], variants: 'colors', weight: 2 },
            { name: 'Sandals', nouns: ['Slide Sandal', 'Sport Sandal', 'Strappy Sandal'], price: [25, 79], variants: 'colors', weight: 1 },
        ],
    },
    {
        name: 'Accessories',
        children: [
            { name: 'Bags', nouns: ['Tote Bag', 'Backpack', 'Crossbody Bag', 'Weekender Bag', 'Belt Bag'], price: [19, 179], variants: 'colors', weight: 3 },
            { name: 'Hats & Caps', nouns: ['Baseball Cap', 'Beanie', 'Bucket Hat', 'Sun Hat'], price: [15, 45], variants: 'colors', weight: 2 },
            { name: 'Scarves', nouns: ['Knit Scarf', 'Silk Scarf', 'Blanket Scarf'], price: [19, 69], variants: 'colors', weight: 1 },
            { name: 'Jewelry', nouns: ['Hoop Earrings', 'Pendant Necklace', 'Signet Ring', 'Chain Bracelet', 'Stud Earrings'], price: [19, 149], variants: 'colors', weight: 2 },
            { name: 'Sunglasses', nouns: ['Round Sunglasses', 'Aviator Sunglasses', 'Square Sunglasses'], price: [29, 119], variants: 'colors', weight: 1 },
        ],
    },
    {
        name: 'Home & Living',
        children: [
            { name: 'Mugs & Cups', nouns: ['Ceramic Mug', 'Travel Mug', 'Espresso Cup Set', 'Tumbler'], price: [9, 35], variants: 'colors', weight: 2 },
            { name: 'Candles', nouns: ['Scented Candle', 'Pillar Candle', 'Candle Trio'], price: [14, 49], variants: 'scents', weight: 2 },
            { name: 'Blankets & Throws', nouns: ['Throw Blanket', 'Knit Throw', 'Picnic Blanket'], price: [39, 129], variants: 'colors', weight: 1 },
            { name: 'Posters & Prints', nouns: ['Art Print', 'Botanical Poster', 'City Map Print', 'Photo Print'], price: [15, 79], variants: 'colors', weight: 2 },
            { name: 'Plants & Pots', nouns: ['Planter', 'Hanging Pot', 'Terracotta Pot Set', 'Plant Stand'], price: [12, 89], variants: 'colors', weight: 1 },
        ],
    },
    {
        name: 'Beauty',
        children: [
            { name: 'Skincare', nouns: ['Face Cream', 'Cleanser', 'Serum', 'Lip Balm', 'Hand Cream'], price: [8, 59], variants: 'scents', weight: 2 },
            { name: 'Fragrance', nouns: ['Eau de Parfum', 'Body Mist', 'Solid Perfume'], price: [25, 120], variants: 'scents', weight: 1 },
            { name: 'Bath & Body', nouns: ['Bath Salts', 'Body Wash', 'Soap Bar Set', 'Body Oil'], price: [7, 39], variants: 'scents', weight: 1 },
        ],
    },
];
export const ADJECTIVES = [
    'Classic', 'Everyday', 'Organic', 'Recycled', 'Heavyweight', 'Lightweight', 'Vintage', 'Essential', 'Premium', 'Relaxed',
    'Oversized', 'Handmade', 'Minimal', 'Signature', 'Weekend', 'Nordic', 'Coastal', 'Alpine', 'Urban', 'Studio',
];
export const VARIANTS = {
    colors: ['Black', 'White', 'Navy', 'Sage', 'Sand', 'Charcoal', 'Forest Green', 'Rust', 'Cream', 'Burgundy', 'Sky Blue', 'Olive', 'Terracotta', 'Lavender'],
    scents: ['Bergamot', 'Lavender', 'Cedarwood', 'Rose', 'Citrus', 'Vanilla', 'Sea Salt', 'Fig', 'Sandalwood', 'Eucalyptus', 'Jasmine', 'Amber'],
};
export const DESCRIPTION_LINES = [
    'Made in small batches and checked by hand before it leaves the studio.',
    'Designed to be worn, used and loved for years, not one season.',
    'Our best seller since the day we opened, now in a new finish.',
    'Sustainably sourced materials, packed plastic-free.',
    'Pairs well with the rest of the collection.',
    'Free returns within 30 days if it is not quite right.',
    'Limited run: once it is gone, it is gone.',
    'A gift that always lands: it comes wrapped.',
];
export const FIRST_NAMES = [
    'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Lucas', 'Mia', 'Mateo', 'Amelia', 'Leo', 'Isabella', 'Ethan',
    'Harper', 'Oliver', 'Evelyn', 'Aiden', 'Chloe', 'Samuel', 'Nora', 'Hugo', 'Lea', 'Jonas', 'Ingrid', 'Marta', 'Pablo', 'Sofia',
    'Anna', 'Tomas', 'Elena', 'Matteo', 'Zoe', 'Felix', 'Clara', 'Arjun', 'Priya', 'Kenji', 'Yuki', 'Amara', 'Kofi', 'Laila',
    'Omar', 'Ines', 'Rafael', 'Julia', 'Daniel', 'Maya', 'Viktor', 'Alice',
];
export const LAST_NAMES = [
    'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Lopez', 'Wilson', 'Anderson', 'Thomas',
    'Moore', 'Martin', 'Lee', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Berzins', 'Kalnins', 'Jansen', 'de Vries', 'Muller',
    'Schmidt', 'Rossi', 'Bianchi', 'Dubois', 'Laurent', 'Novak', 'Kowalski', 'Nielsen', 'Larsen', 'Virtanen', 'Silva', 'Santos',
    'Costa', 'Tanaka', 'Sato', 'Kim', 'Park', 'Nguyen', 'Patel', 'Singh', 'Okafor', 'Mensah', 'Haddad', 'Cohen', 'Murphy',
];
export const PLACES = [
    ['New York', 'United States'], ['Austin', 'United States'], ['Portland', 'United States'], ['Chicago', 'United States'],
    ['Toronto', 'Canada'], ['Vancouver', 'Canada'], ['London', 'United Kingdom'], ['Manchester', 'United Kingdom'],
    ['Dublin', 'Ireland'], ['Berlin', 'Germany'], ['Hamburg', 'Germany'], ['Amsterdam', 'Netherlands'], ['Paris', 'France'],
    ['Lyon', 'France'], ['Madrid', 'Spain'], ['Barcelona', 'Spain'], ['Milan', 'Italy'], ['Copenhagen', 'Denmark'],
    ['Stockholm', 'Sweden'], ['Helsinki', 'Finland'], ['Riga', 'Latvia'], ['Vilnius', 'Lithuania'], ['Warsaw', 'Poland'],
    ['Lisbon', 'Portugal'], ['Sydney', 'Australia'], ['Melbourne', 'Australia'], ['Auckland', 'New Zealand'], ['Tokyo', 'Japan'],
];
export const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];
//# sourceMappingURL=catalog.js.map