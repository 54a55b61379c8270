namespace NrcGame.Market;

/// <summary>One line of the public standings.</summary>
/// <param name="FirmId">Firm id.</param>
/// <param name="Rank">1 = best; equal scores share a rank.</param>
/// <param name="Score">Composite score 0–100.</param>
/// <param name="Components">Its components.</param>
public sealed record Standing(string FirmId, int Rank, double Score, ScoreComponents Components);
