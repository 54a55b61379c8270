namespace NrcGame.Scenarios;

/// <summary>
/// A problem in a scenario file or a parameter change, in French, naming the file, the field and the reason
/// (value and allowed range when there is one).
/// </summary>
/// <param name="File">File name (e.g. <c>marche-b2b.json</c>), or a label for a change made in the console.</param>
/// <param name="Path">Field path in the syntax of <see cref="ParameterPath"/> (e.g. <c>segments[B2B_PRO].referencePrice</c>);
/// header fields are prefixed by nothing (<c>goal</c>, <c>events[RECESSION].concepts[1]</c>); empty for the whole file.</param>
/// <param name="Reason">French reason, e.g. « -5 est hors de la plage autorisée (0,01 – 100 000 €). ».</param>
public sealed record ScenarioError(string File, string Path, string Reason)
{
    /// <summary>The full message: « marche-b2b.json › segments[B2B_PRO].referencePrice : -5 est hors de la plage autorisée (0,01 – 100 000 €). ».</summary>
    public string Message => Path.Length == 0 ? $"{File} : {Reason}" : $"{File} › {Path} : {Reason}";

    /// <inheritdoc cref="Message"/>
    public override string ToString() => Message;
}
