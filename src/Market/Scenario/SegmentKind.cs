using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Kind of customers of a segment (market-model.md §8.1: <c>B2C_GP</c>, <c>B2B_PRO</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SegmentKind>))]
public enum SegmentKind
{
    /// <summary>Grand public: consumers buying through distributors; they see TTC shelf prices.</summary>
    B2C,

    /// <summary>Professionals (artisans, PME) buying direct or through wholesalers; they value payment terms.</summary>
    B2B,
}
