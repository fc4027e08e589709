export interface Subcategory {
    name: string;
    /** What its products are called; an adjective and a variant are added. */
    nouns: readonly string[];
    /** Price range in the shop's currency. */
    price: readonly [number, number];
    variants: 'colors' | 'scents';
    /** How much of the catalogue it holds, relative to the others. */
    weight: number;
}
export interface TopCategory {
    name: string;
    children: readonly Subcategory[];
}
/** A small clothing-and-lifestyle shop's tree: top-level categories and the ones below them. */
export declare const CATEGORY_TREE: readonly TopCategory[];
export declare const ADJECTIVES: readonly ["Classic", "Everyday", "Organic", "Recycled", "Heavyweight", "Lightweight", "Vintage", "Essential", "Premium", "Relaxed", "Oversized", "Handmade", "Minimal", "Signature", "Weekend", "Nordic", "Coastal", "Alpine", "Urban", "Studio"];
export declare const VARIANTS: {
    readonly colors: readonly ["Black", "White", "Navy", "Sage", "Sand", "Charcoal", "Forest Green", "Rust", "Cream", "Burgundy", "Sky Blue", "Olive", "Terracotta", "Lavender"];
    readonly scents: readonly ["Bergamot", "Lavender", "Cedarwood", "Rose", "Citrus", "Vanilla", "Sea Salt", "Fig", "Sandalwood", "Eucalyptus", "Jasmine", "Amber"];
};
export declare const DESCRIPTION_LINES: readonly ["Made in small batches and checked by hand before it leaves the studio.", "Designed to be worn, used and loved for years, not one season.", "Our best seller since the day we opened, now in a new finish.", "Sustainably sourced materials, packed plastic-free.", "Pairs well with the rest of the collection.", "Free returns within 30 days if it is not quite right.", "Limited run: once it is gone, it is gone.", "A gift that always lands: it comes wrapped."];
export declare const FIRST_NAMES: readonly ["Emma", "Liam", "Olivia", "Noah", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mateo", "Amelia", "Leo", "Isabella", "Ethan", "Harper", "Oliver", "Evelyn", "Aiden", "Chloe", "Samuel", "Nora", "Hugo", "Lea", "Jonas", "Ingrid", "Marta", "Pablo", "Sofia", "Anna", "Tomas", "Elena", "Matteo", "Zoe", "Felix", "Clara", "Arjun", "Priya", "Kenji", "Yuki", "Amara", "Kofi", "Laila", "Omar", "Ines", "Rafael", "Julia", "Daniel", "Maya", "Viktor", "Alice"];
export declare const LAST_NAMES: readonly ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson", "Thomas", "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Berzins", "Kalnins", "Jansen", "de Vries", "Muller", "Schmidt", "Rossi", "Bianchi", "Dubois", "Laurent", "Novak", "Kowalski", "Nielsen", "Larsen", "Virtanen", "Silva", "Santos", "Costa", "Tanaka", "Sato", "Kim", "Park", "Nguyen", "Patel", "Singh", "Okafor", "Mensah", "Haddad", "Cohen", "Murphy"];
export declare const PLACES: readonly [readonly ["New York", "United States"], readonly ["Austin", "United States"], readonly ["Portland", "United States"], readonly ["Chicago", "United States"], readonly ["Toronto", "Canada"], readonly ["Vancouver", "Canada"], readonly ["London", "United Kingdom"], readonly ["Manchester", "United Kingdom"], readonly ["Dublin", "Ireland"], readonly ["Berlin", "Germany"], readonly ["Hamburg", "Germany"], readonly ["Amsterdam", "Netherlands"], readonly ["Paris", "France"], readonly ["Lyon", "France"], readonly ["Madrid", "Spain"], readonly ["Barcelona", "Spain"], readonly ["Milan", "Italy"], readonly ["Copenhagen", "Denmark"], readonly ["Stockholm", "Sweden"], readonly ["Helsinki", "Finland"], readonly ["Riga", "Latvia"], readonly ["Vilnius", "Lithuania"], readonly ["Warsaw", "Poland"], readonly ["Lisbon", "Portugal"], readonly ["Sydney", "Australia"], readonly ["Melbourne", "Australia"], readonly ["Auckland", "New Zealand"], readonly ["Tokyo", "Japan"]];
export declare const EMAIL_DOMAINS: readonly ["example.com", "example.net", "example.org"];
