using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>Who last changed a field of the draft, and when.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldStamp([property: Id(0)] int Version, [property: Id(1)] string Author, [property: Id(2)] DateTimeOffset At);

/// <summary>
/// The team's shared draft for the open turn: what teammates are editing together, with the
/// draft's version and, per changed field, who changed it last. Last writer wins per field.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DraftView(
    [property: Id(0)] int Turn,
    [property: Id(1)] FirmDecisions Decisions,
    [property: Id(2)] int Version,
    [property: Id(3)] IReadOnlyDictionary<string, FieldStamp> Fields);

/// <summary>One accepted change of the draft, as pushed to teammates.</summary>
[GenerateSerializer, Immutable]
public sealed record DraftChange(
    [property: Id(0)] int Turn,
    [property: Id(1)] string Path,
    [property: Id(2)] string ValueJson,
    [property: Id(3)] int Version,
    [property: Id(4)] string Author,
    [property: Id(5)] DateTimeOffset At);

/// <summary>The answer to a draft edit: the change, or a French reason it was refused (draft unchanged).</summary>
[GenerateSerializer, Immutable]
public sealed record DraftEditResult([property: Id(0)] DraftChange? Change, [property: Id(1)] string? Error);
