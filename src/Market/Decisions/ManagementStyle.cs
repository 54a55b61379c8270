using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Hersey–Blanchard management style of the sales team (market-model.md §4.4), ordered by rising delegation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ManagementStyle>))]
public enum ManagementStyle
{
    /// <summary>Directif: fits new, unskilled teams.</summary>
    Directive,

    /// <summary>Persuasif.</summary>
    Persuasive,

    /// <summary>Participatif.</summary>
    Participative,

    /// <summary>Délégatif: fits mature, skilled, motivated teams.</summary>
    Delegative,
}
