// A small seeded pseudo-random generator for demo data: the same seed gives the same sequence on every machine
// and Node version (Math.random cannot be seeded). sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
// from PractRand), seeded through splitmix32; not for anything secret.
function splitmix32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x9e3779b9) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
    };
}
export function createRandom(seed) {
    const init = splitmix32(seed);
    let a = init();
    let b = init();
    let c = init();
    let d = 1;
    const next = () => {
        const t = (((a + b) >>> 0) + d) >>> 0;
        d = (d + 1) >>> 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) >>> 0;
        c = ((c << 21) | (c >>> 11)) >>> 0;
        c = (c + t) >>> 0;
        return t / 4_294_967_296;
    };
    // Discard the first outputs, as sfc32's author recommends.
    for (let i = 0; i < 12; i++)
        next();
    const random = {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        chance: (probability) => next() < probability,
        pick: (items) => items[Math.floor(next() * items.length)],
        weighted(items) {
            const total = items.reduce((sum, [, weight]) => sum + weight, 0);
            let at = next() * total;
            for (const [item, weight] of items) {
                at -= weight;
                if (at < 0)
                    return item;
            }
            return items[items.length - 1][0];
        },
    };
    return random;
}
//# sourceMappingURL=random.js.map