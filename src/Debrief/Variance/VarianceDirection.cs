namespace NrcGame.Debrief;

/// <summary>Whether a sales variance is good news: for a sales objective, selling more than planned is favourable.</summary>
public enum VarianceDirection
{
    /// <summary>Réalisé = objectif.</summary>
    None,

    /// <summary>Écart favorable: réalisé &gt; objectif.</summary>
    Favourable,

    /// <summary>Écart défavorable: réalisé &lt; objectif.</summary>
    Unfavourable,
}
