using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Why a rep left (sales-team report).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DepartureReason>))]
public enum DepartureReason
{
    /// <summary>Still in the team.</summary>
    None,

    /// <summary>Dismissed by the firm (or agent contract ended).</summary>
    Dismissed,

    /// <summary>Quit: low satisfaction drew a departure (§4.5).</summary>
    Quit,
}
