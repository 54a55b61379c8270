using System.Text.RegularExpressions;

namespace NrcGame.Scenarios;

/// <summary>Collects the French errors of one file; every check adds its error and carries on.</summary>
/// <param name="file">File name written in front of every message.</param>
internal sealed partial class ErrorCollector(string file)
{
    private readonly List<ScenarioError> errors = [];

    /// <summary>The file name.</summary>
    public string File => file;

    /// <summary>Errors found so far.</summary>
    public IReadOnlyList<ScenarioError> Errors => errors;

    /// <summary>Adds an error.</summary>
    public void Add(string path, string reason) => errors.Add(new ScenarioError(file, path, reason));

    /// <summary>Checks that <paramref name="value"/> lies in <paramref name="range"/>.</summary>
    public void InRange(string path, double value, NumericRange range)
    {
        if (!range.Contains(value))
            Add(path, $"{FrenchNumbers.Number(value)} est hors de la plage autorisée ({range.Describe()}).");
    }

    /// <summary>Checks that an amount lies in <paramref name="range"/>.</summary>
    public void InRange(string path, decimal value, NumericRange range)
    {
        if (!range.Contains((double)value))
            Add(path, $"{FrenchNumbers.Number(value)} est hors de la plage autorisée ({range.Describe()}).");
    }

    /// <summary>Checks that a whole number lies in <paramref name="range"/>.</summary>
    public void InRange(string path, long value, NumericRange range) => InRange(path, (decimal)value, range);

    /// <summary>Checks that a text is filled in.</summary>
    public void Required(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(path, "ce champ est obligatoire et ne peut pas être vide.");
    }

    /// <summary>Checks a list of ids: filled in, made of letters, digits, « _ » or « - », and unique.</summary>
    /// <returns>The set of ids, for checking references to them.</returns>
    public HashSet<string> Ids(string listPath, IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var id in ids)
        {
            position++;
            if (!IdPattern().IsMatch(id ?? ""))
                Add($"{listPath}[{position}].id", $"« {id} » n'est pas un identifiant valide (lettres sans accent, chiffres, « _ » ou « - », au moins un caractère).");
            else if (!seen.Add(id!))
                Add($"{listPath}[{id}].id", $"l'identifiant « {id} » est utilisé deux fois.");
        }
        return seen;
    }

    /// <summary>Checks that every key of a map refers to a known id.</summary>
    public void KnownKeys(string path, IEnumerable<string> keys, IReadOnlySet<string> known, string what)
    {
        foreach (var key in keys.Where(key => !known.Contains(key)))
            Add($"{path}.{key}", $"{what} « {key} » n'existe pas dans ce marché (connus : {(known.Count == 0 ? "aucun" : string.Join(", ", known.Order(StringComparer.Ordinal)))}).");
    }

    /// <summary>Checks that shares add up to <paramref name="target"/> (± 0,001).</summary>
    public void SumsTo(string path, IEnumerable<double> values, double target, string what)
    {
        var total = values.Sum();
        if (!double.IsFinite(total) || Math.Abs(total - target) > 0.001)
            Add(path, $"la somme {what} vaut {FrenchNumbers.Number(total)} alors qu'elle doit valoir {FrenchNumbers.Number(target)}.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();
}
