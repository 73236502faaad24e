namespace CorrAnalytics.Sample;

/// <summary>
/// Seeded randomness. Each entity (a facility, a facility-month, …) gets its own generator derived
/// from the run's seed and the entity's keys, so the output does not depend on the order or the
/// thread in which entities are generated.
/// </summary>
public sealed class SampleRandom(int seed)
{
    private readonly Random _random = new(seed);

    public static SampleRandom For(int seed, params object[] keys)
    {
        // FNV-1a over the keys' invariant text: string.GetHashCode is randomised per process.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var key in keys)
            foreach (var c in Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) + "\u001f")
                hash = (hash ^ c) * 16777619u;
        return new SampleRandom((int)(hash & 0x7fffffff));
    }

    public double Uniform(double min, double max) => min + _random.NextDouble() * (max - min);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public int Poisson(double lambda)
    {
        if (lambda <= 0) return 0;
        if (lambda > 30) return Math.Max(0, (int)Math.Round(Normal(lambda, Math.Sqrt(lambda))));
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = _random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= _random.NextDouble();
        }
        return k;
    }

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var x = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Count - 1;
    }

    /// <summary>Splits a positive amount in tiyn into <paramref name="parts"/> random positive parts that add up exactly.</summary>
    public long[] Split(long total, int parts)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 0.2 + _random.NextDouble()).ToArray();
        var sum = weights.Sum();
        var result = weights.Select(w => (long)Math.Floor(total * w / sum)).ToArray();
        result[^1] += total - result.Sum();
        return result;
    }
}
