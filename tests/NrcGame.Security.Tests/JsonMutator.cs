using System.Text;
using System.Text.Json.Nodes;

namespace NrcGame.Security.Tests;

/// <summary>
/// Turns a valid JSON document into random, mostly malformed variants, deterministically from
/// its seed: a field set to a value of the wrong kind or out of any range, a field removed or
/// added, lists blown up, text truncated or corrupted, nesting too deep, plain garbage.
/// </summary>
public sealed class JsonMutator(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>Values of every kind that no field of NRC Game should accept as they are, or only just.</summary>
    private static readonly JsonNode?[] Oddities =
    [
        null, true, false, 0, -1, -0.0001m, 1e-28m, 79228162514264337593543950335m, -79228162514264337593543950335m,
        int.MaxValue, int.MinValue, long.MaxValue, double.MaxValue, double.Epsilon, "", " ", "abc", "NaN", "Infinity", "-1",
        "1e400", "ΩΩΩ", "<script>alert(1)</script>", "'; DROP TABLE grain_state; --", "\u0000", "B2C_GP", new string('x', 5000),
        new JsonArray(), new JsonObject(), new JsonArray(1, 2, 3), new JsonObject { ["a"] = 1 },
    ];

    /// <summary>The leaf paths of <paramref name="document"/>, e.g. <c>pricing.listPrice.B2C_GP</c> or <c>allocation.default[0].share</c>.</summary>
    public static IReadOnlyList<string> LeafPaths(JsonNode document)
    {
        var paths = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj when obj.Count > 0:
                    foreach (var (key, child) in obj) Walk(child, path.Length == 0 ? key : $"{path}.{key}");
                    break;
                case JsonArray array when array.Count > 0:
                    for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]");
                    break;
                default:
                    paths.Add(path);
                    break;
            }
        }
        Walk(document, "");
        return paths;
    }

    /// <summary>One random variant of <paramref name="document"/> as text (the document is not changed).</summary>
    public string Mutate(JsonNode document)
    {
        var kind = random.Next(100);
        if (kind < 6) return Garbage();
        if (kind < 10) return Truncated(document.ToJsonString());
        if (kind < 12) return DeeplyNested();
        var copy = document.DeepClone();
        var mutations = 1 + random.Next(3);
        for (var i = 0; i < mutations; i++) MutateOnce(copy);
        return copy.ToJsonString();
    }

    /// <summary>A random value, odd or plausible.</summary>
    public JsonNode? OddValue() => random.Next(4) == 0 ? random.NextDouble() * Math.Pow(10, random.Next(-3, 12)) * (random.Next(2) == 0 ? -1 : 1) : Oddities[random.Next(Oddities.Length)]?.DeepClone();

    /// <summary>A random path: a real one, a real one bent, or nonsense.</summary>
    public string OddPath(IReadOnlyList<string> realPaths) => random.Next(4) switch
    {
        0 => realPaths[random.Next(realPaths.Count)],
        1 => realPaths[random.Next(realPaths.Count)] + Pick([".x", "[99]", "[-1]", ".", "..", "[", "]", "[0].share.share", ""]),
        2 => string.Join('.', Enumerable.Range(0, 1 + random.Next(5)).Select(_ => Pick(["pricing", "listPrice", "B2C_GP", "__proto__", "$type", "..", "0", "", "ΩΩ", "[0]"]))),
        _ => Garbage(),
    };

    /// <summary>A random whole number, often at the edges.</summary>
    public int OddNumber() => random.Next(6) switch
    {
        0 => int.MaxValue,
        1 => int.MinValue,
        2 => 0,
        3 => -1,
        _ => random.Next(-5, 20),
    };

    /// <summary>Picks one of <paramref name="choices"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    /// <summary>Random text of random length, control and non-ASCII characters included.</summary>
    public string Garbage()
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 200);
        for (var i = 0; i < length; i++) builder.Append((char)Pick<int>([random.Next(0x20, 0x7f), random.Next(0, 0x20), random.Next(0x80, 0x3000), '{', '[', '"', ':', ',']));
        return builder.ToString();
    }

    private void MutateOnce(JsonNode document)
    {
        var containers = Containers(document).ToList();
        if (containers.Count == 0)
        {
            if (document is JsonObject empty) empty[Pick(["inconnu", "turn"])] = OddValue();
            return;
        }
        var (container, key) = containers[random.Next(containers.Count)];
        switch (random.Next(5))
        {
            case 0 when container is JsonObject obj && key is string name:
                obj.Remove(name);
                break;
            case 1 when container is JsonObject obj:
                obj[Pick(["inconnu", "$type", "__proto__", "turn", "firmId"])] = OddValue();
                break;
            case 2 when container is JsonArray array:
                var item = array.Count > 0 ? array[random.Next(array.Count)]?.DeepClone() : OddValue();
                var copies = Pick([2, 50, 500, 3000]);
                for (var i = 0; i < copies; i++) array.Add(item?.DeepClone());
                break;
            default:
                Set(container, key, OddValue());
                break;
        }
    }

    private static void Set(JsonNode container, object key, JsonNode? value)
    {
        if (container is JsonObject obj) obj[(string)key] = value;
        else if (container is JsonArray array) array[(int)key] = value;
    }

    /// <summary>Every (container, key) pair of the document, the root included as a container of its properties.</summary>
    private static IEnumerable<(JsonNode Container, object Key)> Containers(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key);
                    if (child is not null) foreach (var inner in Containers(child)) yield return inner;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is { } child) foreach (var inner in Containers(child)) yield return inner;
                }
                break;
        }
    }

    private string Truncated(string text) => text[..random.Next(text.Length)];

    private string DeeplyNested()
    {
        var depth = Pick([70, 1000, 20000]);
        return new string('[', depth) + new string(']', depth);
    }
}
