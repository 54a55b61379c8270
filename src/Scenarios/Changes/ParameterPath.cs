using System.Text.RegularExpressions;

namespace NrcGame.Scenarios;

/// <summary>
/// The path syntax of parameter changes and error messages: field names in camelCase separated by dots, and
/// selectors in brackets. On a list of objects, <c>[ID]</c> selects the element whose <c>id</c> is ID
/// (<c>segments[B2C_GP]</c>); on a list of numbers, <c>[n]</c> selects the n-th value counted from 1
/// (<c>outlook[3]</c> is turn 3, <c>seasonality[4]</c> quarter 4); on a map, <c>.KEY</c> or <c>[KEY]</c> selects a
/// key (<c>potential.T1</c>); <c>[*]</c> selects every element or key.
/// </summary>
public sealed partial record ParameterPath
{
    private ParameterPath(string text, IReadOnlyList<PathStep> steps) => (Text, Steps) = (text, steps);

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The steps from the market down to the field.</summary>
    public IReadOnlyList<PathStep> Steps { get; }

    /// <summary>Parses <paramref name="text"/>, or returns null when it is not a well-formed path.</summary>
    public static ParameterPath? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Grammar().IsMatch(text)) return null;
        var steps = new List<PathStep>();
        foreach (Match part in Part().Matches(text))
        {
            if (part.Groups["name"].Success) steps.Add(new PathStep(part.Groups["name"].Value, IsSelector: false));
            else steps.Add(new PathStep(part.Groups["selector"].Value, IsSelector: true));
        }
        return new ParameterPath(text, steps);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\[([A-Za-z0-9_.-]+|\*)\])*(\.[A-Za-z0-9_-]+(\[([A-Za-z0-9_.-]+|\*)\])*)*$")]
    private static partial Regex Grammar();

    [GeneratedRegex(@"(?<name>[A-Za-z0-9_-]+)|\[(?<selector>[A-Za-z0-9_.-]+|\*)\]")]
    private static partial Regex Part();
}
