namespace NrcGame.Market;

/// <summary>
/// SplitMix64 generator (Steele, Lea &amp; Flood 2014) seeded from a stable FNV-1a hash of (game seed, turn, firm,
/// purpose): one independent stream per purpose, so adding a firm never changes another firm's draws
/// (market-model.md §9.16). No global state.
/// </summary>
internal struct SeededRandom
{
    private ulong state;

    private SeededRandom(ulong seed) => state = seed;

    /// <summary>The stream of one (seed, turn, firm, purpose).</summary>
    public static SeededRandom For(ulong seed, int turn, string firm, string purpose)
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, seed);
        hash = Mix(hash, (ulong)turn);
        hash = Mix(hash, firm);
        hash = Mix(hash, purpose);
        return new SeededRandom(hash);
    }

    /// <summary>The stream of one (seed, turn, firm, purpose, key, number), e.g. ("default", "C", vintage turn), without building a string.</summary>
    public static SeededRandom For(ulong seed, int turn, string firm, string purpose, string key, int number = 0)
    {
        var random = For(seed, turn, firm, purpose);
        random.state = Mix(Mix(random.state, key), (ulong)number);
        return random;
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextBits()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform draw in [0, 1).</summary>
    public double NextUniform() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal draw (Box–Muller).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextUniform();
        var u2 = NextUniform();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        for (var shift = 0; shift < 64; shift += 8)
        {
            hash ^= (value >> shift) & 0xFF;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private static ulong Mix(ulong hash, string value)
    {
        foreach (var character in value)
        {
            hash ^= character;
            hash *= 1099511628211UL;
        }
        return Mix(hash, (ulong)value.Length);
    }
}
