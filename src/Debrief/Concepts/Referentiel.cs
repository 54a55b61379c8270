namespace NrcGame.Debrief;

/// <summary>
/// The S5 and S6 sections of the référentiel du BTS NRC quoted by the concept cards, read from the embedded file
/// <c>Concepts/referentiel-extraits.txt</c> — lines copied verbatim from the official référentiel (lines
/// <c># id</c>, <c>titre:</c>, <c>connaissance:</c>, <c>limite:</c>).
/// </summary>
public static class Referentiel
{
    private const string ResourceName = "NrcGame.Debrief.referentiel-extraits.txt";

    private static readonly Lazy<IReadOnlyDictionary<string, ReferentielSection>> Loaded = new(Load);

    /// <summary>Every quoted section by id, in the order of the référentiel.</summary>
    public static IReadOnlyDictionary<string, ReferentielSection> Sections => Loaded.Value;

    /// <summary>The S6 subsections (management commercial) every one of which a concept rule must reach.</summary>
    public static IReadOnlyList<string> ManagementSubsections { get; } =
        ["S61.1", "S61.2", "S62.1", "S62.2", "S62.3", "S63.1", "S63.2", "S63.3", "S63.4"];

    /// <summary>The section <paramref name="id"/>.</summary>
    public static ReferentielSection Section(string id) =>
        Sections.TryGetValue(id, out var section) ? section : throw new KeyNotFoundException($"Section {id} absente des extraits du référentiel.");

    private static IReadOnlyDictionary<string, ReferentielSection> Load()
    {
        using var stream = typeof(Referentiel).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Ressource {ResourceName} introuvable.");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, ReferentielSection>(StringComparer.Ordinal);
        ReferentielSection? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                current = new ReferentielSection(line[2..].Trim(), "", [], []);
                sections[current.Id] = current;
                continue;
            }
            if (current is null || line.Length == 0) continue;
            var separator = line.IndexOf(": ", StringComparison.Ordinal);
            var (kind, text) = (line[..separator], line[(separator + 2)..]);
            current = kind switch
            {
                "titre" => current with { Title = text },
                "connaissance" => current with { Knowledge = [.. current.Knowledge, text] },
                "limite" => current with { Limits = [.. current.Limits, text] },
                _ => throw new InvalidDataException($"Ligne inattendue dans {ResourceName} : « {line} »."),
            };
            sections[current.Id] = current;
        }
        return sections;
    }
}
